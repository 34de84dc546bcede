/*
 * Word lists for both languages. They are matched lowercased; the speaker reader uses the union of the
 * two, because Dutch articles quote English titles and the reverse, and the lists hardly collide.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));

/** Words that say what a person is; kept out of the speaker's name. */
export const personTitles = words(`
  minister premier president vicepresident vice-president burgemeester wethouder gedeputeerde gouverneur
  commandant opperbevelhebber bevelhebber kolonel oud-kolonel generaal luitenant-generaal majoor kapitein
  dijkgraaf woordvoerder woordvoerster directeur topman topvrouw voorzitter senator kamerlid europarlementariër
  analist expert professor prof. hoogleraar onderzoeker advocaat rechter procureur ceo cfo baas leider
  oprichter kanselier koning koningin ambassadeur diplomaat staatssecretaris secretaris-generaal pendelaar
  reiziger bewoner ooggetuige journalist correspondent militair-expert econoom politicus fractievoorzitter
  partijleider dokter arts
  president prime minister secretary chancellor governor mayor commander colonel general lieutenant major
  captain spokesman spokeswoman spokesperson chief executive director chairman chairwoman chair head
  senator congressman congresswoman mp lawmaker analyst expert professor researcher lawyer judge prosecutor
  founder king queen ambassador diplomat official leader boss mr mrs ms dr sir lord
  oud- ex- voormalig voormalige gewezen
`);

/** Words that narrow a title or an organisation ("defence minister", "health ministry") without being one. */
export const titleModifiers = words('foreign defence defense health interior justice finance economy home deputy acting former retired chief');

/** Titles that speak for an organisation: "a spokesman for X" is X speaking. */
export const spokespersonTitles = words('woordvoerder woordvoerster spokesman spokeswoman spokesperson');

/** Heads of noun phrases that name organisations ("het Russische ministerie", "the defence ministry"). */
export const organisationHeads = words(`
  ministerie departement regering kabinet leger krijgsmacht politie brandweer justitie parket rechtbank
  gemeente provincie provinciebestuur waterschap bedrijf onderneming firma organisatie instituut instelling
  agentschap dienst inlichtingendienst bureau partij vakbond bond krant omroep zender universiteit ziekenhuis
  groep coalitie alliantie bataljon brigade regiment legertop generale staf kremlin pentagon
  ministry department government cabinet army military police agency service office bureau company firm
  corporation organisation organization institute union party newspaper broadcaster university hospital
  group coalition alliance council commission committee court battalion brigade regiment centre center
  parliament authority authorities kremlin pentagon
`);

/** Word endings that make a compound an organisation or a description ("werkgeversorganisatie", "oppositiepartij"). */
export const descriptorEndings = ['organisatie', 'partij', 'vakbond', 'bond', 'bedrijf', 'krant', 'omroep', 'groep', 'minister', 'woordvoerder', 'woordvoerster'];

/** Plural nouns for groups that speak together ("westerse analisten", "union officials"). */
export const groupNouns = words(`
  analisten experts deskundigen bewoners getuigen ooggetuigen bronnen diplomaten ambtenaren functionarissen
  onderzoekers wetenschappers critici vakbonden bonden artsen inwoners omwonenden militairen soldaten
  officials analysts experts residents witnesses sources diplomats researchers scientists critics unions
  doctors brokers investigators activists observers lawmakers authorities
`);

export const determiners = words('de het een the a an dit deze dat die this that these those');
export const possessives = words('zijn haar hun z\'n his her their its');
export const numerals = words('twee drie vier vijf zes zeven acht negen tien enkele verschillende meerdere two three four five six seven eight nine ten several some many');

/** Words that join name parts: "Patrick van der Broeck", "Ursula von der Leyen". */
export const nameParticles = words('van der den de ter ten von da di du le la bin al');

/** Prepositions that continue a speaker phrase into its organisation: "een woordvoerder van het waterschap". */
export const phraseConnectors = words('van uit bij of for from at in');

export const personPronouns = words('hij zij ze hem haar he she him her');
export const pluralPronouns = words('zij ze hen hun they them');
export const organisationPronouns = words('it het');
export const allPronouns = words('hij zij ze hem haar hen he she him her they them it');

/** Words that start a fronted adverbial in Dutch, after which the subject follows the verb. */
export const frontedAdverbialStarts = words(`
  in op tijdens na voor volgens bij met via tegen sinds vanaf om ook nochtans toch daarom dan toen nu later
  eerder gisteren vandaag morgen vorige afgelopen maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
  daarna intussen inmiddels vervolgens bovendien wel
  according asked after before during however meanwhile last earlier later on at when while if
`);

/** Words that cannot be inside a speaker phrase. */
export const phraseStops = words(`
  dat die wie welke wat waar omdat als zoals en of maar want dus ook nog niet wel al zich er
  that which who whom what where because as and or but so also not has have had is was were are be been
  will would could should can may might to on
`);

/** Organisation heads general enough that "het bedrijf" or "the company" points back to one named before. */
export const referringHeads = words('bedrijf onderneming firma organisatie instituut instelling groep company firm corporation organisation organization institute group');
