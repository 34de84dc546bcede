import type { Lexicon } from './lexicon.js';
import { forms, words } from './words.js';

const weekdays = 'monday tuesday wednesday thursday friday saturday sunday';

/** Words that judge what was said untrue: after "called" they dispute it. */
const untrue = 'exaggerated|false|untrue|misleading|baseless|unfounded|nonsense|inaccurate|incorrect';

export const english: Lexicon = {
  language: 'en',
  grammar: { verbSecond: false, nounsCapitalised: false, pluralVerbEnding: null, compoundsHeadLast: false, participleEnding: 'ing', pluralEndings: ['s', 'es'], genitiveEndings: ["'s", '’s', "s'", 's’'] },
  functionWords: words('the a an and of in is that on to be with for not this it as at by from but or he she they was were has have had been which who said says will would its their there'),
  cues: [
    { kind: 'CLAIMS', form: 'sourceBefore', phrase: 'according to' },
    {
      kind: 'CLAIMS', form: 'verb', phrase: [
        forms('say', '', 's', 'ing'), 'said', forms('stat', 'e', 'es', 'ed'), forms('claim', '', 's', 'ed', 'ing'), 'wrote', forms('write', '', 's'),
        'told', forms('tell', '', 's'), forms('announc', 'e', 'es', 'ed'), forms('add', '', 's', 'ed', 'ing'), forms('warn', '', 's', 'ed', 'ing'),
        forms('insist', '', 's', 'ed', 'ing'), forms('argu', 'e', 'es', 'ed', 'ing'), forms('maintain', '', 's', 'ed'), forms('threaten', '', 's', 'ed'),
        forms('believ', 'e', 'es', 'ed'), forms('tweet', 's', 'ed'), forms('explain', '', 's', 'ed', 'ing'), forms('not', 'e', 'es', 'ed', 'ing'),
        forms('stress', '', 'es', 'ed', 'ing'), forms('emphasi', 'se', 'ses', 'sed', 'ze', 'zes', 'zed'), forms('predict', '', 's', 'ed'),
        forms('estimat', 'e', 'es', 'ed'), forms('recall', '', 's', 'ed'), forms('reiterat', 'e', 'es', 'ed'), forms('testifi', 'es', 'ed'),
        forms('conclud', 'e', 'es', 'ed'), 'countered', forms('repl', 'ied', 'ies'), forms('remark', 's', 'ed'), forms('observ', 'es', 'ed'),
        forms('contend', 's', 'ed'), forms('assert', 's', 'ed'), forms('fear', 's', 'ed'), forms('report', 's', 'ed'), forms('suggest', 's', 'ed'),
        forms('caution', '', 's', 'ed'), forms('reveal', '', 's', 'ed'), forms('promis', 'e', 'es', 'ed'), forms('complain', '', 's', 'ed'),
        forms('disclos', 'e', 'es', 'ed'), forms('pledg', 'e', 'es', 'ed'),
      ].join('|'),
    },
    { kind: 'CLAIMS', form: 'verb', phrase: 'posted on' },
    // "called it "a careful piece of work"": a characterisation in quotes; "called the police" reports nothing.
    { kind: 'CLAIMS', form: 'verb', phrase: 'call|calls|called … >"|“|‘' },
    // "found that …": a finding reported with its clause; "found the body" reports nothing.
    { kind: 'CLAIMS', form: 'verb', phrase: 'find|finds|found >that' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'point|points|pointed out' },
    // "expects that …", "thought that …": with their clause; "expected to" tells no statement.
    { kind: 'CLAIMS', form: 'verb', phrase: 'expect|expects|expected|think|thinks|thought >that' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'is|are|was|were convinced >that' },
    // "vowed that …", "vowed to fight on": a promise with its clause; "demanded that …", "hoped that …" with theirs.
    { kind: 'CLAIMS', form: 'verb', phrase: 'vow|vows|vowed >that|to' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'demand|demands|demanded|hope|hopes|hoped >that' },
    // "responded that …": not "responded to the fire", which reports nothing said.
    { kind: 'CLAIMS', form: 'verb', phrase: 'respond|responds|responded >that|,' },
    { kind: 'CLAIMS', form: 'verb', phrase: 'describe|describes|described … as' },
    { kind: 'CONFIRMS', form: 'verb', phrase: 'agree|agrees|agreed >that' },
    // "questioned whether …", "doubted that …"; "questioned two men" reports nothing.
    { kind: 'DISPUTES', form: 'verb', phrase: 'question|questions|questioned|doubt|doubts|doubted >whether|if' },
    { kind: 'DISPUTES', form: 'verb', phrase: 'doubt|doubts|doubted >that' },
    { kind: 'CONFIRMS', form: 'verb', phrase: 'accept|accepts|accepted >that' },
    { kind: 'DISPUTES', form: 'verb', phrase: forms('downplay', '', 's', 'ed') },
    {
      kind: 'CONFIRMS', form: 'verb', phrase: [
        forms('confirm', '', 's', 'ed', 'ing'), forms('acknowledg', 'e', 'es', 'ed', 'ing'), forms('admit', '', 's', 'ted', 'ting'), 'verified',
        forms('conced', 'e', 'es', 'ed'), forms('corroborat', 'e', 'es', 'ed'),
      ].join('|'),
    },
    {
      kind: 'DISPUTES', form: 'verb', phrase: [
        forms('den', 'y', 'ies', 'ied', 'ying'), forms('dismiss', '', 'es', 'ed'), forms('disput', 'e', 'es', 'ed'), forms('reject', '', 's', 'ed', 'ing'),
        forms('refut', 'e', 'es', 'ed'), forms('rebut', '', 's', 'ted'), forms('contest', 's', 'ed'), forms('disagree', '', 's', 'd'),
      ].join('|'),
    },
    { kind: 'DISPUTES', form: 'verb', phrase: 'see|sees|saw it differently' },
    { kind: 'DISPUTES', form: 'verb', phrase: 'is|are|was|were at odds with' },
    { kind: 'DISPUTES', form: 'verb', phrase: 'take|takes|took issue with' },
    { kind: 'DISPUTES', form: 'verb', phrase: 'cast|casts doubt on' },
    // "called the figures exaggerated": a judgement that what was said is untrue.
    { kind: 'DISPUTES', form: 'verb', phrase: `call|calls|called … ${untrue}` },
    { kind: 'DISPUTES', form: 'verb', phrase: forms('defend', '', 's', 'ed', 'ing') },
    { kind: 'DISPUTES', form: 'verb', phrase: 'pushed|pushes back' },
    { kind: 'BLAMES', form: 'verb', phrase: 'blame|blames|blamed|blaming {target} >for|over' },
    // "The council blamed the contractor, the mayor said": a blame whose reason is not given ends its clause.
    { kind: 'BLAMES', form: 'verb', phrase: 'blame|blames|blamed|blaming {target} >,' },
    { kind: 'BLAMES', form: 'verb', phrase: 'accuse|accuses|accused|accusing {target} >of' },
    { kind: 'BLAMES', form: 'verb', phrase: 'hold|holds|held|holding {target} responsible' },
    { kind: 'BLAMES', form: 'verb', phrase: 'point|points|pointed the finger at {target} >for|over|,' },
    { kind: 'BLAMES', form: 'verb', phrase: 'put|puts|laid|lays|pinned|pins the blame on {target} >for|over|,' },
    { kind: 'BLAMES', form: 'verb', phrase: 'fault|faults|faulted {target} >for' },
    { kind: 'DISPUTES', form: 'verb', phrase: 'slam|slams|slammed|condemn|condemns|condemned|lambast|lambasts|lambasted', criticises: true },
    { kind: 'BLAMES', form: 'verb', phrase: `${forms('critici', 'se', 'ses', 'sed', 'sing', 'ze', 'zes', 'zed', 'zing')} {target} >for|over`, criticises: true, blamesOnlyParties: true },
    { kind: 'DISPUTES', form: 'verb', phrase: forms('critici', 'se', 'ses', 'sed', 'sing', 'ze', 'zes', 'zed', 'zing'), criticises: true },
  ],
  hedges: ['reportedly', 'allegedly', 'supposedly', 'would have', 'is said to', 'are said to', 'reported to'],
  negations: words('not never nobody neither nor cannot refuse refuses refused declined declines'),
  negationEndings: ["n't", 'n’t'],
  untrueVerdicts: ['is not true', 'is untrue', 'is … false', 'is not correct', 'is … incorrect', 'is … wrong'],
  // Past: "the council is responsible for roads" is a duty, "was responsible for the breakdowns" a blame.
  responsibilityPredicates: ['was|were responsible for', 'has|have|had been responsible for', 'is|was|are|were to blame'],
  refusals: [
    'declined to comment', 'refused to comment', 'would not comment', 'did not respond', 'did not immediately respond',
    'could not be reached', 'had no comment', 'no comment', 'did not return', 'declined to say', 'would not say', 'refused to say',
  ],
  reportNouns: words('reports claims accounts allegations statements'),
  actNouns: words(`plan plans decision decisions proposal proposals report reports policy policies law laws bill move moves attack
    attacks strike strikes measure measures rule rules scheme schemes deal budget cuts reform reforms ruling verdict statement
    remarks comments idea approach handling response closure closures increase increases changes advice study research letter
    figures data`),
  documentNouns: words('report study survey poll review audit analysis figures data documents'),
  credibilityWords: words('plausible credible accurate correct true'),
  anonymityMarkers: ['on condition of anonymity', 'who asked not to be named', 'who declined to be named', 'speaking anonymously', 'who spoke anonymously', 'familiar with'],
  calendarWords: words(`${weekdays} january february march april may june july august september october november december`),
  personTitles: words(`
    president prime minister secretary chancellor governor mayor commander colonel general lieutenant major captain
    spokesman spokeswoman spokesperson chief executive director chairman chairwoman chair head senator congressman
    congresswoman mp lawmaker analyst expert professor researcher lawyer attorney judge prosecutor founder king queen
    ambassador diplomat official leader boss mr mrs ms dr sir lord ceo cfo coach manager councillor councilor economist
    scientist doctor nurse teacher headteacher principal inspector detective sergeant officer trainer player captain
    striker goalkeeper witness resident author editor reporter correspondent activist campaigner owner landlord tenant
    chairperson deputy vice-president treasurer superintendent commissioner auditor ombudsman physician surgeon
    pharmacist epidemiologist virologist historian curator referee umpire pilot farmer driver engineer consultant
    champion sprinter athlete cyclist swimmer runner constable
    solicitor barrister mother father parent daughter son wife husband widow haulier
  `),
  genderedTitles: {
    spokesman: 'masculine', spokeswoman: 'feminine', chairman: 'masculine', chairwoman: 'feminine', king: 'masculine', queen: 'feminine',
    mr: 'masculine', mrs: 'feminine', ms: 'feminine', sir: 'masculine', lord: 'masculine', congressman: 'masculine', congresswoman: 'feminine',
    mother: 'feminine', father: 'masculine', daughter: 'feminine', son: 'masculine', wife: 'feminine', husband: 'masculine', widow: 'feminine',
  },
  ageEndings: ['-year-old'],
  titlePrefixes: ['ex-', 'former-'],
  titleModifiers: words('foreign defence defense health interior justice finance economy home deputy acting former retired chief senior junior head assistant'),
  spokespersonTitles: words('spokesman spokeswoman spokesperson'),
  organisationWords: words(`
    ministry department administration government cabinet army military police agency service office bureau company firm corporation
    organisation organization institute union party newspaper broadcaster university hospital group coalition alliance
    council commission committee court battalion brigade regiment centre center parliament authority authorities
    kremlin pentagon nations international motors holdings industries airlines airways systems technologies energy media pharmaceuticals watch foundation association federation board fund bank trust network
    inspectorate regulator club league team school college airline railway railways insurer insurers inc ltd plc llc
    corp press agency senate congress tribunal charity society supplier operator carrier opposition prosecution jury
    retailer chain manufacturer producer publisher watchdog inquiry panel church contractor developer builder
  `),
  descriptorEndings: [],
  groupNouns: words(`
    officials analysts experts residents witnesses sources diplomats researchers scientists critics unions doctors
    brokers investigators activists observers lawmakers authorities campaigners parents teachers workers employees staff
    prosecutors lawyers economists scholars locals people insiders negotiators employers politicians councillors
    supporters fans students pupils retailers shopkeepers passengers travellers consumers
    nurses officers volunteers families neighbours
  `),
  referringHeads: words('company firm corporation organisation organization institute group insurer supplier developer contractor builder operator carrier retailer chain manufacturer publisher agency regulator watchdog'),
  organisationSorts: [
    words('company firm corporation supplier developer contractor builder operator carrier retailer chain manufacturer publisher insurer inc ltd plc llc corp holdings industries'),
    words('regulator watchdog agency inspectorate authority ombudsman'),
  ],
  nationalityAdjectives: words(`
    american british english french german dutch belgian russian ukrainian chinese japanese polish spanish italian
    european irish scottish welsh turkish iranian israeli palestinian syrian indian canadian australian norwegian
    swedish danish finnish greek portuguese swiss austrian hungarian czech romanian serbian african western eastern
  `),
  adjectiveEndings: ['ian', 'ish', 'ese', 'ean', 'ic'],
  determiners: words('the a an this that these those'),
  demonstratives: words('this that'),
  definiteDeterminers: words('the'),
  indefiniteDeterminers: words('a an'),
  possessives: words('his her their its'),
  numerals: words('one two three four five six seven eight nine ten several some many both'),
  nameParticles: words('van der den de ter ten von da di du le la bin al'),
  phraseConnectors: words('of for from at in'),
  pronouns: {
    he: { number: 'singular', gender: 'masculine', refersTo: 'person' },
    him: { number: 'singular', gender: 'masculine', refersTo: 'person' },
    she: { number: 'singular', gender: 'feminine', refersTo: 'person' },
    her: { number: 'singular', gender: 'feminine', refersTo: 'person' },
    it: { number: 'singular', gender: null, refersTo: 'organisation' },
    they: { number: 'plural', gender: null, refersTo: 'any' },
    them: { number: 'plural', gender: null, refersTo: 'any' },
  },
  adverbialStarts: words(`according asked after before during however meanwhile last earlier later on at when while if in then also still yet
    ${weekdays}`),
  addresseeVerbs: words('tell tells told telling'),
  speechActPronouns: words('i me my mine we us our ours you your yours'),
  phraseStops: words(`that which who whom what where because as and or but so also not has have had is was were are be been
    will would could should can may might to on`),
  conjunctions: words('and'),
  clauseConjunctions: words('and but'),
  complementisers: words('that'),
  relativePronouns: words('which who whose'),
  personalRelativePronouns: words('who whom'),
  modals: words('will would could should can may might must shall'),
  passiveAuxiliaries: words('was were is are be been being'),
  agentPrepositions: words('by'),
  blameReasons: words('for over'),
  prepositions: words('on in at from of to for with by after before during about over under via through'),
  tagExtensions: words(`on in at from of to the a an ${weekdays} reporters journalists video statement interview briefing
    conference told morning afternoon evening night yesterday today`),
};
