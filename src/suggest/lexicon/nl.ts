import type { Lexicon } from './lexicon.js';
import { words } from './words.js';

const weekdays = 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag';

/** Words that judge what was said untrue: after "noemt" or "vindt" they dispute it. */
const untrue = 'overdreven|onjuist|onwaar|onzin|misleidend|ongegrond|incorrect';

/** The finite forms of a verb: present singular, present plural, past singular, past plural, and the participle. */
const verb = (...formsOfVerb: string[]): string => formsOfVerb.join('|');

export const dutch: Lexicon = {
  language: 'nl',
  grammar: { verbSecond: true, nounsCapitalised: false, pluralVerbEnding: 'en', compoundsHeadLast: true, participleEnding: null, pluralEndings: ['s', 'en'], genitiveEndings: ["'s", '’s'] },
  functionWords: words('de het een en van in is dat op te zijn met voor niet die aan er ook als bij om maar uit dan zich nog wel naar hij zij ze wordt werd heeft hebben was waren door over deze dit geen volgens zegt zei'),
  cues: [
    { kind: 'CLAIMS', form: 'sourceBefore', phrase: 'volgens' },
    { kind: 'CLAIMS', form: 'sourceAfter', phrase: 'aldus' },
    {
      kind: 'CLAIMS', form: 'verb', phrase: [
        verb('zegt', 'zeggen', 'zei', 'zeiden', 'gezegd'), verb('stelt', 'stellen', 'stelde', 'stelden', 'gesteld'), verb('meldt', 'melden', 'meldde', 'meldden', 'gemeld'),
        verb('claimt', 'claimen', 'claimde', 'claimden', 'geclaimd'), verb('schrijft', 'schrijven', 'schreef', 'schreven', 'geschreven'),
        verb('verklaart', 'verklaren', 'verklaarde', 'verklaarden', 'verklaard'), verb('benadrukt', 'benadrukken', 'benadrukte', 'benadrukten'),
        verb('waarschuwt', 'waarschuwen', 'waarschuwde', 'waarschuwden', 'gewaarschuwd'), verb('dreigt', 'dreigen', 'dreigde', 'dreigden'),
        verb('beweert', 'beweren', 'beweerde', 'beweerden', 'beweerd'), verb('meent', 'menen', 'meende', 'meenden'),
        verb('beschouwt', 'beschouwen', 'beschouwde', 'beschouwden'), verb('tweet', 'tweeten', 'tweette', 'tweetten'), verb('twittert', 'twitterde', 'twitterden'),
        verb('vertelt', 'vertellen', 'vertelde', 'vertelden', 'verteld'), verb('vindt', 'vinden', 'vond', 'vonden'), verb('denkt', 'denken', 'dacht', 'dachten'),
        verb('verwacht', 'verwachten', 'verwachtte', 'verwachtten'), verb('vreest', 'vrezen', 'vreesde', 'vreesden'),
        verb('concludeert', 'concluderen', 'concludeerde', 'concludeerden', 'geconcludeerd'), verb('onderstreept', 'onderstrepen', 'onderstreepte', 'onderstreepten'),
        verb('schat', 'schatten', 'schatte'), verb('rapporteert', 'rapporteren', 'rapporteerde', 'rapporteerden', 'gerapporteerd'),
        verb('oordeelt', 'oordelen', 'oordeelde', 'oordeelden'), verb('antwoordt', 'antwoorden', 'antwoordde', 'antwoordden', 'geantwoord'),
        verb('reageert', 'reageren', 'reageerde', 'reageerden', 'gereageerd'), verb('betoogt', 'betogen', 'betoogde', 'betoogden', 'betoogd'),
        verb('belooft', 'beloven', 'beloofde', 'beloofden', 'beloofd'), verb('vermoedt', 'vermoeden', 'vermoedde', 'vermoedden'),
        verb('voorspelt', 'voorspellen', 'voorspelde', 'voorspelden', 'voorspeld'), verb('onthult', 'onthullen', 'onthulde', 'onthulden', 'onthuld'),
        verb('herhaalt', 'herhalen', 'herhaalde', 'herhaalden', 'herhaald'), verb('klaagt', 'klagen', 'klaagde', 'klaagden', 'geklaagd'),
        verb('verzekert', 'verzekeren', 'verzekerde', 'verzekerden'), verb('constateert', 'constateren', 'constateerde', 'constateerden', 'geconstateerd'), verb('noemt', 'noemen', 'noemde', 'noemden'), 'bekendgemaakt',
      ].join('|'),
    },
    { kind: 'CLAIMS', form: 'verb', phrase: 'laat|laten|liet|lieten {speaker} weten' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'eist|eisen|eiste|eisten|hoopt|hopen|hoopte|hoopten >dat' },
    { kind: 'DISPUTES', form: 'verb', phrase: 'twijfelt|twijfelen|twijfelde|twijfelden {speaker} eraan|aan' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'maakt|maken|maakte|maakten {speaker} zich sterk' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'legt|leggen|legde|legden {speaker} uit' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'maakt|maken|maakte|maakten {speaker} bekend' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'voegt|voegen|voegde|voegden {speaker} eraan? toe' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'wijst|wijzen|wees|wezen {speaker} erop' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'houdt|houden|hield|hielden {speaker} vol' },
    // Separable verbs that report: the particle ends the clause or stands before what was said.
    { kind: 'CLAIMS', form: 'verb', phrase: 'geeft|geven|gaf|gaven {speaker} aan >dat|,' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'kondigt|kondigen|kondigde|kondigden {speaker} aan >dat|,' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'merkt|merken|merkte|merkten {speaker} op >dat|,' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'deelt|delen|deelde|deelden {speaker} mee >dat|,' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'aangegeven|aangekondigd|opgemerkt|meegedeeld' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'laat|laten|liet|lieten {speaker} optekenen' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'gaat|gaan|ging|gingen {speaker} ervan uit' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'is|zijn|was|waren {speaker} ervan overtuigd' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'sluit|sluiten|sloot|sloten {speaker} niet uit' },
    // "haalt uit naar het kabinet": criticism, which blames only with what for ("… vanwege de bezuinigingen").
    { kind: 'BLAMES', form: 'verb', phrase: 'haalt|halen|haalde|haalden … uit naar {target} >voor|vanwege|omdat', criticises: true, blamesOnlyParties: true },
    { kind: 'DISPUTES', form: 'verb', phrase: 'haalt|halen|haalde|haalden … uit naar', criticises: true },
    // "spreekt van een schande": names what something is.
    { kind: 'CLAIMS', form: 'verb', phrase: 'spreekt|spreken|sprak|spraken van >een|„|"|“|,' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'is|zijn|was|waren het er|erover|daarover|hierover? over? met? elkaar? eens' },
    // "is het ermee eens dat …", "is het met de bond eens": agrees with what another said; "met elkaar" above is agreement.
    { kind: 'CONFIRMS', form: 'verb', phrase: 'is|zijn|was|waren het ermee|daarmee|hiermee eens' },
    { kind: 'CONFIRMS', form: 'verb', phrase: 'is|zijn|was|waren het met … eens' },
    // "Dat blijkt uit cijfers van het CBS", "Uit onderzoek van de NOS blijkt dat …": who a finding is from speaks.
    { kind: 'CLAIMS', form: 'verb', phrase: 'blijkt|bleek|blijken|bleken uit {speaker} >,' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'uit {speaker} blijkt|bleek|blijken|bleken' },
    { kind: 'CONFIRMS', form: 'verb', phrase: verb('bevestigt', 'bevestigen', 'bevestigde', 'bevestigden', 'bevestigd', 'erkent', 'erkennen', 'erkende', 'erkenden', 'erkend', 'beaamt', 'beamen', 'beaamde', 'beaamden', 'beaamd') },
    { kind: 'CONFIRMS', form: 'verb', phrase: 'geeft|geven|gaf|gaven {speaker} toe' },
    {
      kind: 'DISPUTES', form: 'verb', phrase: [
        verb('ontkent', 'ontkennen', 'ontkende', 'ontkenden', 'ontkend'), verb('betwist', 'betwisten', 'betwistte', 'betwistten'),
        verb('verwerpt', 'verwerpen', 'verwierp', 'verwierpen', 'verworpen'), verb('weerlegt', 'weerleggen', 'weerlegde', 'weerlegden', 'weerlegd'),
        verb('bestrijdt', 'bestrijden', 'bestreed', 'bestreden'), verb('ontkracht', 'ontkrachten', 'ontkrachtte', 'ontkrachtten'),
        verb('verdedigt', 'verdedigen', 'verdedigde', 'verdedigden', 'verdedigd'), verb('bagatelliseert', 'bagatelliseren', 'bagatelliseerde', 'bagatelliseerden'), verb('weerspreekt', 'weerspreken', 'weersprak', 'weerspraken', 'weersproken'),
      ].join('|'),
    },
    { kind: 'DISPUTES', form: 'verb', phrase: 'spreekt|spreken|sprak|spraken {speaker} dat|dit|die|het? tegen' },
    { kind: 'DISPUTES', form: 'verb', phrase: 'tegengesproken' },
    // "noemt dat cijfer overdreven", "vond de kritiek onjuist": a judgement that what was said is untrue.
    { kind: 'DISPUTES', form: 'verb', phrase: `${verb('noemt', 'noemen', 'noemde', 'noemden', 'vindt', 'vinden', 'vond', 'vonden')} … ${untrue}` },
    { kind: 'DISPUTES', form: 'verb', phrase: 'gelooft|geloven|geloofde|geloofden {speaker} er|dat|dit|het? niet' },
    { kind: 'DISPUTES', form: 'verb', phrase: 'ziet|zien|zag|zagen dat|dit|het anders' },
    { kind: 'DISPUTES', form: 'verb', phrase: 'is|zijn|was|waren het daar|er? niet mee eens' },
    { kind: 'DISPUTES', form: 'verb', phrase: 'is|zijn|was|waren het … oneens' },
    { kind: 'DISPUTES', form: 'verb', phrase: 'is|zijn|was|waren het niet eens met' },
    { kind: 'DISPUTES', form: 'verb', phrase: 'trekt|trekken|trok|trokken … in twijfel' },
    { kind: 'DISPUTES', form: 'verb', phrase: 'zet|zetten|zette {speaker} vraagtekens bij' },
    { kind: 'DISPUTES', form: 'verb', phrase: 'heeft|hebben|had|hadden {speaker} kritiek op' },
    { kind: 'DISPUTES', form: 'verb', phrase: 'wijst|wijzen|wees|wezen … van de hand' },
    { kind: 'DISPUTES', form: 'verb', phrase: 'wijst|wijzen|wees|wezen … af >,' },
    { kind: 'BLAMES', form: 'verb', phrase: 'beschuldigt|beschuldigen|beschuldigde|beschuldigden {target} >ervan|van|dat|voor|,' },
    { kind: 'BLAMES', form: 'verb', phrase: 'geeft|geven|gaf|gaven {target} de schuld' },
    { kind: 'BLAMES', form: 'verb', phrase: 'geeft|geven|gaf|gaven de schuld aan {target} >van|voor|omdat|,' },
    { kind: 'BLAMES', form: 'verb', phrase: 'legt|leggen|legde|legden de schuld|verantwoordelijkheid juist|vooral|ook? bij {target} >voor|van|,' },
    { kind: 'BLAMES', form: 'verb', phrase: 'wijst|wijzen|wees|wezen daarbij|daarmee|ook|vooral|opnieuw|nadrukkelijk? met? de? vinger? naar {target} >voor|vanwege|omdat|als|,', blamesOnlyParties: true },
    // "heeft de scheidsrechter de schuld gegeven": the blamed party before the participle at the end. Not a finite verb:
    // in "omdat de bond de schuld geeft aan …" the phrase before it is the subject.
    { kind: 'BLAMES', form: 'verb', phrase: '{target} de schuld gegeven', targetFirst: true },
    { kind: 'BLAMES', form: 'verb', phrase: '{target} opnieuw? met de vinger wijst|wijzen|wees|wezen', targetFirst: true },
    // "wijst voor de chaos naar het kabinet": what the blame is for may stand before "naar".
    { kind: 'BLAMES', form: 'verb', phrase: 'wijst|wijzen|wees|wezen voor|vanwege|op … naar {target} >voor|vanwege|omdat|als|,', blamesOnlyParties: true },
    // "De aannemer krijgt van de gemeente de schuld": the subject is blamed, and who blames follows "van".
    { kind: 'BLAMES', form: 'verb', phrase: '{target} krijgt|krijgen|kreeg|kregen van {speaker} de schuld', targetFirst: true },
    { kind: 'BLAMES', form: 'verb', phrase: 'verwijt|verwijten|verweet|verweten {target} >dat|het|de|een|te|,' },
    { kind: 'BLAMES', form: 'verb', phrase: 'houdt|houden|hield|hielden {target} verantwoordelijk' },
    { kind: 'BLAMES', form: 'verb', phrase: 'neemt|nemen|nam|namen {target} kwalijk' },
    { kind: 'BLAMES', form: 'verb', phrase: 'bekritiseert|bekritiseren|bekritiseerde|bekritiseerden {target} >om|vanwege|omdat', criticises: true, blamesOnlyParties: true },
    { kind: 'BLAMES', form: 'verb', phrase: 'hekelt|hekelen|hekelde|hekelden {target} >om|vanwege|omdat', criticises: true, blamesOnlyParties: true },
    { kind: 'DISPUTES', form: 'verb', phrase: verb('bekritiseert', 'bekritiseren', 'bekritiseerde', 'bekritiseerden', 'bekritiseerd', 'hekelt', 'hekelen', 'hekelde', 'hekelden', 'gehekeld'), criticises: true },
  ],
  hedges: ['zou', 'zouden', 'naar verluidt', 'vermoedelijk', 'mogelijk'],
  negations: words('niet nooit niemand geen'),
  negationEndings: [],
  untrueVerdicts: ['klopt … niet', 'klopt volgens … niet', 'is … niet waar', 'is … onjuist', 'niet juist'],
  responsibilityPredicates: [
    // Past: "de gemeente is verantwoordelijk voor het onderhoud" is a duty, "was verantwoordelijk voor de chaos" a blame.
    'verantwoordelijk was|waren', 'was|waren verantwoordelijk voor', 'was|waren {target} verantwoordelijk',
    // Not "heeft de minister de schuld gegeven aan …", which says whom the minister blamed.
    'de schuld heeft|had|hebben|hadden', 'heeft|had|hebben|hadden de schuld >van|,', 'heeft|had|hebben|hadden {target} de schuld >van|,',
  ],
  refusals: [
    'wilde … niet reageren', 'wilde … geen commentaar', 'weigerde … te reageren', 'weigerde … commentaar', 'gaf geen commentaar',
    'reageerde niet', 'was niet bereikbaar', 'geen commentaar', 'kon niet worden bereikt', 'wil … niet reageren',
    'wilde … niet zeggen', 'wil … niet zeggen', 'weigerde te zeggen',
  ],
  reportNouns: words('berichten beweringen claims meldingen verklaringen'),
  actNouns: words(`plan plannen besluit besluiten beslissing beslissingen voorstel voorstellen rapport beleid wet wetsvoorstel aanval
    aanvallen staking stakingen maatregel maatregelen regel regels regeling akkoord begroting bezuinigingen hervorming
    hervormingen uitspraak vonnis verklaring uitlatingen opmerkingen idee aanpak reactie sluiting verhoging wijzigingen advies adviezen onderzoek studie brief cijfers`),
  documentNouns: words('rapport studie peiling analyse cijfers gegevens documenten evaluatie'),
  credibilityWords: words('aannemelijk geloofwaardig plausibel correct juist kloppen klopt'),
  anonymityMarkers: ['op voorwaarde van anonimiteit', 'die anoniem wil blijven', 'die anoniem wilde blijven', 'die niet bij naam genoemd wil worden', 'die niet met naam genoemd wil worden', 'ingewijden', 'anonieme bron', 'anonieme bronnen'],
  calendarWords: words(`${weekdays} januari februari maart april mei juni juli augustus september oktober november december`),
  personTitles: words(`
    minister premier president vicepresident vice-president burgemeester wethouder gedeputeerde gouverneur
    commandant opperbevelhebber bevelhebber kolonel generaal luitenant-generaal majoor kapitein
    dijkgraaf woordvoerder woordvoerster directeur topman topvrouw voorzitter senator kamerlid europarlementariër
    analist expert professor prof. hoogleraar onderzoeker advocaat rechter procureur officier ceo cfo baas leider
    oprichter kanselier koning koningin ambassadeur diplomaat staatssecretaris secretaris-generaal
    reiziger bewoner ooggetuige getuige journalist correspondent econoom politicus fractievoorzitter
    partijleider dokter arts huisarts verpleegkundige trainer coach speler aanvoerder keeper manager eigenaar
    verhuurder huurder docent leraar lerares schooldirecteur rector inspecteur agent rechercheur wetenschapper
    bioloog ecoloog historicus conservator curator bestuurder ondernemer boer visser raadslid gemeenteraadslid
    penningmeester secretaris ombudsman psychiater psycholoog apotheker epidemioloog viroloog hoofdredacteur
    directrice bestuursvoorzitter officier-van-justitie scheidsrechter piloot chauffeur ingenieur adviseur aanklager
    politicoloog socioloog jurist criminoloog notaris griffier ambtenaar militair soldaat commissaris korpschef
    vicepremier minister-president lijsttrekker fractieleider voorzitster deskundige specialist klant vrijwilliger
    zanger zangeres acteur actrice schrijver schrijfster auteur kunstenaar architect dominee predikant pastoor imam
    buurman buurvrouw inwoner omwonende winkelier student leerling medewerker werknemer coördinator wielrenner atleet
    bewoonster kampioen meteoroloog moeder vader ouder dochter zoon weduwe juf
  `),
  genderedTitles: {
    woordvoerster: 'feminine', woordvoerder: 'masculine', koning: 'masculine', koningin: 'feminine', topvrouw: 'feminine', topman: 'masculine',
    directrice: 'feminine', lerares: 'feminine', voorzitster: 'feminine', zangeres: 'feminine', actrice: 'feminine', schrijfster: 'feminine',
    buurman: 'masculine', buurvrouw: 'feminine', bewoonster: 'feminine', moeder: 'feminine', vader: 'masculine', dochter: 'feminine', zoon: 'masculine',
    weduwe: 'feminine', juf: 'feminine',
  },
  ageEndings: ['-jarige'],
  titlePrefixes: ['oud-', 'ex-', 'voormalig-'],
  titleModifiers: words('adjunct- waarnemend waarnemende voormalig voormalige gewezen oud- ex-'),
  spokespersonTitles: words('woordvoerder woordvoerster'),
  organisationWords: words(`
    ministerie departement regering kabinet leger krijgsmacht politie brandweer justitie parket rechtbank
    gemeente provincie provinciebestuur waterschap bedrijf onderneming firma organisatie instituut instelling
    agentschap dienst inlichtingendienst bureau partij vakbond bond krant omroep zender universiteit ziekenhuis
    groep coalitie alliantie bataljon brigade regiment legertop generale staf kremlin pentagon raad commissie
    stichting vereniging federatie fonds bank inspectie autoriteit toezichthouder club school hogeschool
    gemeenteraad directie bestuur college kamer senaat vakcentrale koepel verzekeraar netwerk platform
    ggz-instelling zorgverzekeraar woningcorporatie corporatie museum omroepen bv nv leverancier exploitant vervoerder
    oppositie verdediging jury concern keten maatschappij holding fabrikant producent winkel supermarkt uitgeverij
    hof tribunaal fractie veiligheidsregio kerk unie overheid rijksoverheid korps douane marechaussee academie
    ondernemingsraad medezeggenschapsraad ministerraad adviesraad aannemer projectontwikkelaar fonds
  `),
  descriptorEndings: [
    'organisatie', 'partij', 'vakbond', 'bond', 'bedrijf', 'krant', 'omroep', 'groep', 'minister', 'woordvoerder', 'woordvoerster', 'instelling', 'vereniging',
    'stichting', 'leider', 'voorzitter', 'directeur', 'fonds', 'corporatie', 'maatschappij', 'verzekeraar', 'bank', 'instituut',
  ],
  groupNouns: words(`
    analisten experts deskundigen bewoners getuigen ooggetuigen bronnen diplomaten ambtenaren functionarissen
    onderzoekers wetenschappers critici vakbonden bonden artsen inwoners omwonenden militairen soldaten
    ouders leraren docenten werknemers medewerkers personeel huurders boeren vissers ingewijden buurtbewoners
    actievoerders demonstranten economen juristen advocaten werkgevers politici kamerleden bestuurders supporters fans
    studenten leerlingen ondernemers winkeliers reizigers passagiers consumenten verpleegkundigen
    huisartsen agenten vrijwilligers
    nabestaanden buren betrokkenen kenners
  `),
  referringHeads: words('bedrijf onderneming firma organisatie instituut instelling groep stichting vereniging verzekeraar leverancier exploitant vervoerder concern keten maatschappij holding fabrikant producent uitgeverij aannemer projectontwikkelaar koepel'),
  organisationSorts: [
    words('bedrijf onderneming firma concern keten maatschappij holding fabrikant producent uitgeverij leverancier exploitant vervoerder verzekeraar aannemer projectontwikkelaar bv nv'),
    words('toezichthouder inspectie autoriteit agentschap ombudsman'),
  ],
  nationalityAdjectives: words(`
    nederlandse nederlands belgische belgisch russische russisch oekraïense oekraïens amerikaanse amerikaans britse brits
    duitse duits franse frans chinese chinees poolse pools spaanse spaans italiaanse italiaans europese europees
    vlaamse vlaams friese fries limburgse limburgs turkse turks israëlische israëlisch westerse westers
  `),
  adjectiveEndings: ['sche', 'se', 'ische', 'ense'],
  determiners: words('de het een dit deze dat die'),
  demonstratives: words('dat dit'),
  definiteDeterminers: words('de het'),
  indefiniteDeterminers: words('een'),
  possessives: words("zijn haar hun z'n"),
  numerals: words('twee drie vier vijf zes zeven acht negen tien enkele verschillende meerdere beide'),
  nameParticles: words('van der den de ter ten von da di du le la bin al el'),
  phraseConnectors: words('van uit bij rond binnen'),
  pronouns: {
    hij: { number: 'singular', gender: 'masculine', refersTo: 'person' },
    hem: { number: 'singular', gender: 'masculine', refersTo: 'person' },
    zij: { number: 'either', gender: null, refersTo: 'any' },
    ze: { number: 'either', gender: null, refersTo: 'any' },
    haar: { number: 'singular', gender: 'feminine', refersTo: 'person' },
    hen: { number: 'plural', gender: null, refersTo: 'any' },
  },
  adverbialStarts: words(`
    in op tijdens na voor volgens bij met via tegen tegenover sinds vanaf om ook nochtans toch daarom dan toen nu later
    eerder gisteren vandaag morgen vorige afgelopen daarna intussen inmiddels vervolgens bovendien wel daarop zo
    desondanks evenwel echter verder daarmee daardoor daarbij daarin daarvoor daarnaast hiermee hierdoor hierbij ${weekdays}
  `),
  addresseeVerbs: words('vertelt vertellen vertelde vertelden'),
  speechActPronouns: words('ik mij me mijn wij we ons onze jij je jou jouw u uw jullie'),
  phraseStops: words('dat die wie welke wat waar omdat als zoals en of maar want dus ook nog niet wel al zich er'),
  conjunctions: words('en'),
  clauseConjunctions: words('en maar'),
  complementisers: words('dat'),
  relativePronouns: words('die dat wier wiens waarvan'),
  personalRelativePronouns: words('wie wier wiens'),
  modals: words('zal zullen kan kunnen moet moeten mag mogen wil willen'),
  passiveAuxiliaries: words('werd werden worden wordt is zijn'),
  agentPrepositions: words('door'),
  blameReasons: words('vanwege om omdat'),
  prepositions: words('op in tijdens van aan tegen tegenover met bij na voor over onder via namens tot uit rond binnen'),
  tagExtensions: words(`op in tijdens van de het een aan tegen ${weekdays} journalisten video verklaring mededeling interview
    persconferentie ochtend middag avond gisteren vandaag`),
};
