export type Language = 'nl' | 'en';

export type AttributionKind = 'CLAIMS' | 'CONFIRMS' | 'DISPUTES' | 'BLAMES';

/**
 * How a cue finds its speaker: a speech verb has a subject before or after it; "volgens X" and
 * "according to X" name the source right after them, with the content around; "…, aldus X" names it
 * after the content.
 */
export type CueForm = 'verb' | 'sourceBefore' | 'sourceAfter';

/**
 * A cue as a phrase of words, read by `cues.ts`: words apart by spaces; `a|b` either word; a word ending in `?` may be
 * left out; `{speaker}` a speaker inside the cue ("laat de minister weten"); `{target}` the party blamed; `>a|b` the
 * words or quotation marks that must follow without being part of the cue, where `,` stands for the end of the clause;
 * `…` up to three words.
 */
export type CueEntry = Readonly<{
  kind: AttributionKind;
  form: CueForm;
  phrase: string;
  /** The blamed party comes before the verb, as in a Dutch subordinate clause ("dat hij de bank met de vinger wijst"). */
  targetFirst?: boolean;
  /**
   * A verb of criticism ("criticised", "bekritiseerd"): its passive with a reason blames its subject ("was criticised by
   * the judge for …"). A denial or a defence with a reason blames no one ("was denied by the ministry over …"). Criticism
   * of an act rather than a party ("criticised the plan for its cost") disputes it.
   */
  criticises?: boolean;
  /**
   * A blame only when what follows is a party: "wijst naar het kabinet" blames, "wijst naar een advies van …" points to
   * evidence; "criticised the plan" criticises an act.
   */
  blamesOnlyParties?: boolean;
}>;

export type Pronoun = Readonly<{
  number: 'singular' | 'plural' | 'either';
  gender: Gender | null;
  /** A person, an organisation, or either ("they"). */
  refersTo: 'person' | 'organisation' | 'any';
}>;

export type Gender = 'masculine' | 'feminine';

/**
 * Everything the rules know of one language: its words, each with its class, and the properties of its grammar the rules
 * read. A rule never names a word; it asks the lexicon of the text's language. A third language is a lexicon and its tests.
 */
export type Lexicon = Readonly<{
  language: Language;
  grammar: Readonly<{
    /** After a fronted adverbial the finite verb comes second and the subject after it ("Volgens mij zegt hij…"). */
    verbSecond: boolean;
    /** Every noun starts with a capital (German): a capital then says nothing of a name. */
    nounsCapitalised: boolean;
    /** The ending of a plural finite verb, which makes an ambiguous pronoun plural ("ze zeggen"); null when verbs do not tell. */
    pluralVerbEnding: string | null;
    /** The ending of a participle that continues the subject of the clause before it ("…, saying …"). */
    participleEnding: string | null;
    /** Compounds are written as one word and end in their head ("landbouwhoogleraar", "actiegroep", "Twente-trainer"). */
    compoundsHeadLast: boolean;
    /** Endings that make a plural of a noun ("engineers", "moeders"): the plural of a title is a group. */
    pluralEndings: readonly string[];
    /** Endings of a possessive name ("Eastfield's"): before a title it says whose the person is, and names no one. */
    genitiveEndings: readonly string[];
  }>;
  /** The most frequent function words, by which a text's language is told. */
  functionWords: ReadonlySet<string>;
  cues: readonly CueEntry[];
  /** Words that report at second hand or conditionally ("reportedly", "zou"). */
  hedges: readonly string[];
  /** Verdicts that what was said is untrue ("klopt … niet", "is not true"): a source phrase with one disputes. */
  untrueVerdicts: readonly string[];
  /** Words that negate a verb ("not", "niemand"), and endings that do ("didn't"): a negated blame blames no one. */
  negations: ReadonlySet<string>;
  negationEndings: readonly string[];
  /** Predicates that say the subject of a reported clause is to blame ("was responsible for"), as cue phrases without slots. */
  responsibilityPredicates: readonly string[];
  /** Refusals to say anything ("declined to comment"), as cue phrases without slots. */
  refusals: readonly string[];
  /** Words for reports and words that vouch for them: "the reports are credible". */
  reportNouns: ReadonlySet<string>;
  /** Nouns for what is done, decided or written ("plan", "besluit", "advies"): no party, so nothing a blame can name. */
  actNouns: ReadonlySet<string>;
  credibilityWords: ReadonlySet<string>;
  /** Documents that report findings and may be a source ("according to a study", "volgens het rapport"). */
  documentNouns: ReadonlySet<string>;
  /** Phrases that say a source is not named ("on condition of anonymity"). */
  anonymityMarkers: readonly string[];
  /** Names of days and months, which are capitalised without naming anyone. */
  calendarWords: ReadonlySet<string>;
  /** Words that say what a person is ("minister", "spokesman"); kept out of the speaker's name. */
  personTitles: ReadonlySet<string>;
  /** Titles that say the person is a woman or a man ("spokeswoman", "koning"). */
  genderedTitles: Readonly<Record<string, Gender>>;
  /** Endings of words that describe a person by age ("62-jarige", "62-year-old"): as a description they refer to the last person named. */
  ageEndings: readonly string[];
  /** Prefixes that make a title of a former office ("oud-", "ex-"). */
  titlePrefixes: readonly string[];
  /** Words that narrow a title or organisation without being one ("defence minister", "deputy"). */
  titleModifiers: ReadonlySet<string>;
  /** Titles that speak for an organisation: "a spokesman for X" is X speaking. */
  spokespersonTitles: ReadonlySet<string>;
  /** Nouns that head a phrase naming an organisation ("ministry", "gemeente"), or a word in an organisation's name ("Nations"). */
  organisationWords: ReadonlySet<string>;
  /** Endings of compounds that name an organisation or a role ("werkgeversorganisatie"). */
  descriptorEndings: readonly string[];
  /** Plural nouns for groups that speak together ("officials", "bewoners"). */
  groupNouns: ReadonlySet<string>;
  /** Organisation heads general enough that "the company" points back to the one named before. */
  referringHeads: ReadonlySet<string>;
  /**
   * Organisation words by sort, each sort's words interchangeable: "the regulator" is not the "company" or "Ltd" named
   * before, nor "the company" the "regulator". A word of no sort says nothing of one.
   */
  organisationSorts: readonly ReadonlySet<string>[];
  /** Adjectives of nationality and place ("Russian", "Nederlandse"), and the endings that make more of them. */
  nationalityAdjectives: ReadonlySet<string>;
  adjectiveEndings: readonly string[];
  determiners: ReadonlySet<string>;
  /** "Dat", "this" opening a sentence: it points back to what the sentence before said. */
  demonstratives: ReadonlySet<string>;
  definiteDeterminers: ReadonlySet<string>;
  /** "a", "een": someone introduced, not named ("a solicitor said"). */
  indefiniteDeterminers: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  numerals: ReadonlySet<string>;
  /** Words that join name parts: "van der", "von der". */
  nameParticles: ReadonlySet<string>;
  /** Prepositions that continue a speaker phrase into its organisation: "a spokesman for the ministry". */
  phraseConnectors: ReadonlySet<string>;
  pronouns: Readonly<Record<string, Pronoun>>;
  /** Words that start a fronted adverbial, after which a verb-second language puts the subject after the verb. */
  adverbialStarts: ReadonlySet<string>;
  /** Cue verbs whose first object is whom they address, not what was said ("told MPs the NHS was improving"). */
  addresseeVerbs: ReadonlySet<string>;
  /** Pronouns of the first and second person ("we", "ik"): inside a quote they are the speaker or the listener, never a third party named. */
  speechActPronouns: ReadonlySet<string>;
  /** Words that cannot be inside a speaker phrase. */
  phraseStops: ReadonlySet<string>;
  /** Words that join two speakers ("and"), and those that join two clauses of one subject ("but"). */
  conjunctions: ReadonlySet<string>;
  clauseConjunctions: ReadonlySet<string>;
  /** "that", "dat": the start of a reported clause. */
  complementisers: ReadonlySet<string>;
  /** Pronouns that open a relative clause (", which …,"). */
  relativePronouns: ReadonlySet<string>;
  /** Relative pronouns that only refer to people ("who"). */
  personalRelativePronouns: ReadonlySet<string>;
  /** Modal verbs: a cue verb right after one tells what may be said, not what was ("would write to the board"). */
  modals: ReadonlySet<string>;
  /** Auxiliaries of the passive ("was", "werd"), and the preposition before its agent ("by", "door"). */
  passiveAuxiliaries: ReadonlySet<string>;
  agentPrepositions: ReadonlySet<string>;
  /** Prepositions that give what someone is blamed for: "was criticised by the judge for …". */
  blameReasons: ReadonlySet<string>;
  /** Prepositions: a phrase after a speaker tag that starts with one says how or where it was said ("…, meldt de NOS op basis van …"). */
  prepositions: ReadonlySet<string>;
  /** Words that may follow a speaker tag at the end of a sentence without starting a new clause: "…, she said on Monday". */
  tagExtensions: ReadonlySet<string>;
}>;
