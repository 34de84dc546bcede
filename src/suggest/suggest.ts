import { confidenceOf, type ConfidenceSignals } from './confidence.js';
import { findContent, endorsement, minimumClauseWords, type Evidence } from './content.js';
import { Discourse } from './coreference.js';
import { findCues, type Cue } from './cues.js';
import { hedgesIn, isAnonymous, isHedged, isRefusal, isUntrueVerdict } from './hedges.js';
import { normaliseLanguage } from './language.js';
import { lexiconOf } from './lexicon/lexicons.js';
import { firstAtOrAfter } from './positions.js';
import { findQuotations, type Quotation } from './quotes.js';
import { masked, quotedIn, read, tokenAt, type Reading } from './reading.js';
import { isGroupNoun } from './mentions.js';
import { findParagraphs, segmentUnits, type Unit } from './sentences.js';
import { expandConjunction, findSpeaker, namedBeforeApposition, toSpeakers, voiceOf } from './speaker.js';
import { spanOf, spansOverlap, trimmedSpan, type TextSpan } from './spans.js';
import { blamedIn, responsibleIn } from './targets.js';
import { lastWordOf } from './tokens.js';

/*
 * The rules, as stages a linguist would recognise, each in its own module:
 *   segment (sentences.ts: paragraphs, sentences, headline and dateline apart) → quotations and cues (quotes.ts, cues.ts,
 *   hedges.ts) → the speaker's mention (mentions.ts, speaker.ts) → coreference (coreference.ts, reading.ts) → kind and
 *   target (speaker.ts, targets.ts) → spans (content.ts).
 * Every word they read is in the lexicon of the text's language (lexicon/).
 */

export type { TextSpan } from './spans.js';
import type { AttributionKind } from './lexicon/lexicon.js';
export type { AttributionKind };

export type SuggestedAttribution = Readonly<{
  kind: AttributionKind;
  speakerName: string;
  speaker: TextSpan;
  speakerKind: 'Person' | 'Organisation' | null;
  /** Whether nothing in the words around the speaker says their kind: it was guessed from the name's shape. */
  speakerKindUncertain: boolean;
  /** "a spokesman for the ministry", "officials said on condition of anonymity": the organisation speaks, the person is not named. */
  unnamed: boolean;
  cue: TextSpan | null;
  content: TextSpan;
  /** The rest of a quote that the speaker tag interrupts: "“…,” she said, “…”". */
  contentContinuation: TextSpan | null;
  target: TextSpan | null;
  targetName: string | null;
  hedged: boolean;
  /** How likely the suggestion is right, 0 to 1, from the evidence the rules saw (confidence.ts). */
  confidence: number;
  /** How the suggestion was found: a quote, reported speech, a source phrase, or the speaker of the sentence before. */
  evidence: Evidence;
}>;

/** A suggestion with the evidence its confidence was scored from. */
export type ScoredAttribution = SuggestedAttribution & Readonly<{ signals: ConfidenceSignals }>;

export function suggestAttributions(text: string, options?: { language?: string }): { language: string; suggestions: SuggestedAttribution[] } {
  const { language, suggestions } = suggestWithSignals(text, options);
  return { language, suggestions: suggestions.map(({ signals: _signals, ...suggestion }) => suggestion) };
}

/** The suggestions with the evidence behind each confidence, for the evaluation to calibrate the weights on. */
export function suggestWithSignals(text: string, options?: { language?: string }): { language: string; suggestions: ScoredAttribution[] } {
  const language = normaliseLanguage(options?.language, text);
  const quotations = findParagraphs(text).flatMap((paragraph) => findQuotations(text, paragraph.start, paragraph.end));
  const lexicon = lexiconOf(language);
  const units = segmentUnits(text, language, quotations);
  const quoted = units.map((unit) => quotedIn(text, quotations, unit));
  const frame = masked(text, quoted.flatMap((inUnit) => inUnit.direct));
  const hedgedIn = hedgesIn(text, language);
  const discourse = new Discourse(lexicon);
  const recurs = recurrenceIn(text);
  const suggestions: ScoredAttribution[] = [];
  let previousUnitSuggestions: ScoredAttribution[] = [];
  let previousUnit: Unit | null = null;
  let previousReading: Reading | null = null;

  for (const [index, unit] of units.entries()) {
    const reading = read(lexicon, text, frame, hedgedIn, unit, previousUnit, quoted[index]!, discourse);
    const refusal = isRefusal(frame.slice(unit.start, unit.end), language);
    let found = refusal ? [] : coordinatedApart(text, reading, withoutNestedClaims(text, reportedByTrailingTag(text, reading, findCues(reading.frame, unit.start, unit.end, language).flatMap((cue) => fromCue(text, reading, cue, discourse, recurs)))));
    if (found.length === 0 && !refusal) found = colonTagged(text, reading, discourse, recurs);
    if (found.length === 0 && previousUnit && previousUnitSuggestions.length > 0 && !refusal) {
      found = carriedOver(text, reading, previousUnitSuggestions, unit.paragraph === previousUnit.paragraph);
    }
    if (found.length === 0 && previousReading && previousUnitSuggestions.length === 0 && unit.paragraph === previousReading.unit.paragraph) {
      found = introducedQuote(text, reading, previousReading, recurs);
    }
    const merged = mergeWithinUnit(text, found);
    suggestions.push(...merged);
    previousUnitSuggestions = merged;
    previousUnit = unit;
    previousReading = reading;
  }
  return { language, suggestions: withAcronymsSpelledOut(text, withFullNames(suggestions)) };
}

/**
 * "Northern Heat Partnerships (NHP) said …. NHP rejected that.", "het Openbaar Ministerie …. Het OM laat weten": an
 * acronym names the organisation whose capitalised words it abbreviates, or that it stands in brackets after; the
 * speaker is given that full name, so that both are one speaker.
 */
function withAcronymsSpelledOut(text: string, suggestions: readonly ScoredAttribution[]): ScoredAttribution[] {
  const acronyms = new Set(suggestions.map((suggestion) => suggestion.speakerName).filter((name) => acronymShape.test(name)));
  if (acronyms.size === 0) return [...suggestions];
  const fullNames = new Map<string, string>();
  // Runs of capitalised words, with the lowercase connectors of names inside them ("Vereniging van Nederlandse Gemeenten").
  for (const run of text.matchAll(capitalisedRun)) {
    const words = run[0].split(/\s+/u);
    const capitals = words.filter((word) => /^\p{Lu}/u.test(word));
    if (capitals.length < 2) continue;
    const after = text.slice(run.index + run[0].length, run.index + run[0].length + 16);
    const bracketed = /^\s*\((\p{Lu}[\p{L}-]{1,11})\)/u.exec(after)?.[1];
    for (let from = 0; from < words.length - 1; from += 1) {
      if (!/^\p{Lu}/u.test(words[from]!)) continue;
      const name = words.slice(from).join(' ');
      const initials = words.slice(from).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
      if (acronyms.has(initials) && !fullNames.has(initials)) fullNames.set(initials, name);
      if (bracketed && acronyms.has(bracketed) && bracketed[0] === words[from]![0] && !fullNames.has(bracketed)) fullNames.set(bracketed, name);
    }
  }
  return suggestions.map((suggestion) => {
    const full = fullNames.get(suggestion.speakerName);
    return full ? { ...suggestion, speakerName: full } : suggestion;
  });
}

/** An acronym: two to six capitals, perhaps with lowercase letters after the first two ("AOb"). */
const acronymShape = /^\p{Lu}{2}[\p{Lu}\p{Ll}]{0,4}$/u;
/** Up to eight capitalised words and the short lowercase words between them, as one run. */
const capitalisedRun = /\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Ll}{1,4}\s+){0,2}\p{Lu}[\p{L}’'-]*){1,7}/gu;

/**
 * Whether a speaker's name occurs more than once in the whole text, by its last word (a surname, or the full name's,
 * which `withFullNames` later puts in its place): a one-off capitalised word is often no name at all.
 */
function recurrenceIn(text: string): (speakerName: string) => boolean {
  const counts = new Map<string, number>();
  for (const word of text.toLocaleLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) counts.set(word[0], (counts.get(word[0]) ?? 0) + 1);
  return (speakerName) => {
    const lastWord = speakerName.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu)?.at(-1);
    return lastWord !== undefined && (counts.get(lastWord) ?? 0) >= 2;
  };
}

/** The suggestion with its confidence scored from its signals. */
function scored(suggestion: Omit<ScoredAttribution, 'confidence'>): ScoredAttribution {
  return { ...suggestion, confidence: confidenceOf(suggestion.signals) };
}

/**
 * Reporters name a person in full once and by surname after: "Roger Housen" then "Housen". A one-word name takes the
 * full name of the last person named before it with that surname, so that both are one speaker.
 */
function withFullNames(suggestions: readonly ScoredAttribution[]): ScoredAttribution[] {
  const fullNameBySurname = new Map<string, string>();
  return suggestions.map((suggestion) => {
    if (suggestion.speakerKind !== 'Person') return suggestion;
    if (/\s/u.test(suggestion.speakerName)) {
      fullNameBySurname.set(lastWordOf(suggestion.speakerName), suggestion.speakerName);
      return suggestion;
    }
    const full = fullNameBySurname.get(suggestion.speakerName.toLowerCase());
    return full ? { ...suggestion, speakerName: full } : suggestion;
  });
}

function fromCue(text: string, reading: Reading, given: Cue, discourse: Discourse, recurs: (speakerName: string) => boolean): ScoredAttribution[] {
  const { lexicon } = reading;
  const voice = voiceOf(reading, given);
  if (voice.voice === 'noun' || voice.voice === 'modal') return [];
  // "The trustees were criticised by the judge for …": a passive of criticism with a reason blames its subject, unless
  // it is an act ("The plan was criticised …"); "was defended by the minister for its savings", "werd ontkend door het
  // ministerie omdat …" blame no one.
  const blamedSubject = voice.voice === 'passive' && voice.blamesSubject && given.criticises && !headedByAct(reading, reading.unit.start, voice.subjectEnd);
  // "criticised the plan for its cost": criticism of an act disputes it; "wijst naar een advies van …" points to
  // evidence and blames no one.
  const actBlamed = given.kind === 'BLAMES' && given.blamesOnlyParties && given.target !== null && headedByAct(reading, given.target.start, given.target.end);
  if (actBlamed && !given.criticises) return [];
  const criticisedAct = actBlamed && given.criticises;
  // "…, klopt volgens X niet": a source phrase in a verdict that something is untrue disputes it.
  const disputedBySource = given.form !== 'verb' && given.kind === 'CLAIMS' && isUntrueVerdict(reading.frame.slice(reading.unit.start, reading.unit.end), lexicon.language);
  const cue: Cue = blamedSubject ? { ...given, kind: 'BLAMES', target: { start: reading.unit.start, end: voice.subjectEnd } }
    : disputedBySource || criticisedAct ? { ...given, kind: 'DISPUTES' } : given;
  // A blame says whom it blames: "blamed" with no one after it, nor a passive subject, is not read as one.
  if (cue.kind === 'BLAMES' && !cue.target) return [];
  // "did not blame anyone", "geeft niemand de schuld", "geven de gemeente niet de schuld": a negated blame blames no one.
  if (cue.kind === 'BLAMES' && negated(reading, cue)) return [];
  const found = voice.voice === 'passive' ? voice.agent : findSpeaker(reading, cue);
  const subject = found && namedBeforeApposition(text, reading, found);
  if (!subject) return [];
  const speakers = expandConjunction(text, reading, subject).flatMap((one) => toSpeakers(text, lexicon, one));
  if (speakers.length === 0) return [];
  const content = findContent(text, reading, cue, subject.mention, voice);
  if (!content) return [];
  if (subject.entity) discourse.markSpeaker(subject.entity);
  const anonymous = isAnonymous(text.slice(reading.unit.start, reading.unit.end), lexicon.language);
  // "said the board was responsible for the breakdowns": a claim that a party is to blame blames it.
  const responsible = cue.kind === 'CLAIMS' && (content.evidence === 'reported' || content.evidence === 'source') ? responsibleIn(lexicon, content.span) : null;
  const kind = responsible ? 'BLAMES' : cue.kind;
  const blamed = responsible ?? cue.target;
  const targets = kind === 'BLAMES' && blamed ? blamedIn(lexicon, text, blamed) : [null];
  const cueSpan = spanOf(text, cue.start, cue.end);
  const results: ScoredAttribution[] = [];
  const speakerReach = subject.mention.pronoun ? 'pronoun' : subject.mention.description ? 'description' : 'name';
  for (const [speaker, target] of speakers.flatMap((speaker) => targets.map((target) => [speaker, target] as const))) {
    // No one blames themselves by name: "It blamed the ministry" read as the ministry's own blame has misread "it".
    if (target && (spansOverlap(target, speaker.span) || target.text.toLowerCase() === speaker.name.toLowerCase())) continue;
    const hedged = reading.hedgedIn(content.span.start, content.span.end) || isHedged(reading.frame.slice(cue.start, cue.end), lexicon.language);
    const signals: ConfidenceSignals = {
      kind, evidence: content.evidence, speakerReach: speaker.viaReference ? speakerReach : 'name', unnamed: speaker.unnamed || anonymous,
      shared: speakers.length > 1, speakerKindUncertain: speaker.kind === null || !speaker.kindCertain, speakerRecurs: recurs(speaker.name),
      targetFound: target !== null, hedged, derived: false, shortContent: content.short,
    };
    const suggestion = scored({
      kind, speakerName: speaker.name, speaker: speaker.span, speakerKind: speaker.kind,
      speakerKindUncertain: signals.speakerKindUncertain, unnamed: signals.unnamed, cue: cueSpan,
      content: content.span, contentContinuation: content.continuation, target, targetName: target?.text ?? null,
      hedged, evidence: content.evidence, signals,
    });
    results.push(suggestion);
    const before = cue.kind === 'CLAIMS' && content.evidence === 'reported' ? clauseBeforeMidTag(text, reading, cue, subject.mention, content.span) : null;
    if (before) results.push(scored({ ...suggestion, content: before }));
    const endorsed = cue.kind === 'CLAIMS' && content.evidence !== 'quote' ? endorsement(text, reading, cue, content.span) : null;
    if (endorsed) results.push(scored({ ...suggestion, kind: 'CONFIRMS', content: endorsed, signals: { ...signals, kind: 'CONFIRMS', derived: true } }));
    const quoteAfterColon = cue.kind !== 'CLAIMS' ? quoteAfterColonFrom(reading, cue.end) : undefined;
    if (quoteAfterColon && !spansOverlap(quoteAfterColon.content, content.span)) {
      results.push(scored({
        ...suggestion, kind: 'CLAIMS', content: quoteAfterColon.content, target: null, targetName: null, evidence: 'quote',
        signals: { ...signals, kind: 'CLAIMS', evidence: 'quote', derived: true, targetFound: false },
      }));
    }
  }
  return results;
}

/**
 * "Footage was missing in 301 of them, the inspectorate said, and in 44 the camera was off": a tag between commas in the
 * middle of a sentence reports the clause before it as well as the one after.
 */
function clauseBeforeMidTag(text: string, reading: Reading, cue: Cue, speaker: Readonly<{ start: number; end: number }>, content: TextSpan): TextSpan | null {
  const tagStart = Math.min(cue.start, speaker.start);
  const tagEnd = Math.max(cue.end, speaker.end);
  if (content.start < tagEnd || !/^\s*,/u.test(reading.frame.slice(tagEnd, content.start)) || !/,\s*$/u.test(reading.frame.slice(reading.unit.start, tagStart))) return null;
  const before = trimmedSpan(text, reading.unit.start, tagStart);
  if (!before || before.text.split(/\s+/u).length < minimumClauseWords || reading.direct.some((quotation) => quotation.open < tagStart)) return null;
  // "blamed the board for losing a file that, he said, held the proof": a tag inside what another cue reports adds nothing.
  if (findCues(reading.frame, reading.unit.start, tagStart, reading.lexicon.language).length > 0) return null;
  return before;
}

/**
 * Whether the phrase in a range is headed by a noun for an act ("the plan", "het besluit", "een advies van de raad"): its
 * head is its last word before a preposition that opens a phrase of its own.
 */
function headedByAct(reading: Reading, start: number, end: number): boolean {
  const words = reading.tokens.filter((token) => token.isWord && token.start >= start && token.end <= end);
  const opensPhrase = words.findIndex((word, index) => index > 0 && reading.lexicon.prepositions.has(word.lower));
  const head = opensPhrase > 0 ? words[opensPhrase - 1] : words.at(-1);
  return head !== undefined && reading.lexicon.actNouns.has(head.lower);
}

/** A negation in the words of a cue, or in the three words of its clause before it ("did not blame"). */
function negated(reading: Reading, cue: Cue): boolean {
  const { tokens, lexicon } = reading;
  const isNegation = (lower: string): boolean => lexicon.negations.has(lower) || lexicon.negationEndings.some((ending) => lower.endsWith(ending));
  const first = tokenAt(tokens, cue.start);
  for (let index = first - 1; index >= Math.max(0, first - 3) && tokens[index]!.isWord; index -= 1) {
    if (isNegation(tokens[index]!.lower)) return true;
  }
  for (let index = first; tokens[index] && tokens[index]!.start < cue.end; index += 1) {
    if (isNegation(tokens[index]!.lower)) return true;
  }
  return false;
}

/**
 * "Directeur Ruud Smit: „Tiel is pas het begin.”", "Prime Minister Anna Berg: "We will not give in."": a speaker and a
 * colon before a quote are a tag without a verb, when the sentence holds nothing else before the quote.
 */
function colonTagged(text: string, reading: Reading, discourse: Discourse, recurs: (speakerName: string) => boolean): ScoredAttribution[] {
  const tagged = reading.afterColon[0];
  const first = reading.mentions[0];
  // "De wethouder: „…”": a description names whom it refers to, and a pronoun too ("Hij is duidelijk: „…”").
  if (!tagged || !first || first.mention.isAdjective || ((first.mention.description || first.mention.pronoun) && !first.entity)) return [];
  // "Ook premier Rutte is kritisch: „…”", "The mayor was blunt: "…"": the subject, after at most an adverb that opens the
  // sentence, and a short predicate without a comma before the colon.
  const [opening, second] = reading.tokens;
  const opensSentence = first.mention.start === opening?.start || (first.mention.start === second?.start && reading.lexicon.adverbialStarts.has(opening!.lower));
  if (!opensSentence || !shortPredicate(reading.frame.slice(first.mention.end, tagged.colon))) return [];
  // "Residents were warned: "…"": a cue in the predicate that gave no suggestion says the subject is not who speaks.
  if (findCues(reading.frame, first.mention.end, tagged.colon, reading.lexicon.language).length > 0) return [];
  const speakers = toSpeakers(text, reading.lexicon, { ...first, index: 0 });
  if (first.entity) discourse.markSpeaker(first.entity);
  return speakers.map((speaker) => {
    const signals: ConfidenceSignals = {
      kind: 'CLAIMS', evidence: 'quote', speakerReach: speaker.viaReference ? 'description' : 'name', unnamed: speaker.unnamed, shared: speakers.length > 1,
      speakerKindUncertain: speaker.kind === null || !speaker.kindCertain, speakerRecurs: recurs(speaker.name), targetFound: false,
      hedged: false, derived: false, shortContent: false,
    };
    return scored({
      kind: 'CLAIMS', speakerName: speaker.name, speaker: speaker.span, speakerKind: speaker.kind, speakerKindUncertain: signals.speakerKindUncertain,
      unnamed: speaker.unnamed, cue: null, content: tagged.quotation.content, contentContinuation: null, target: null, targetName: null,
      hedged: false, evidence: 'quote', signals,
    });
  });
}

/** At most a few words, with no comma or other clause mark among them: "is kritisch", "reageerde fel", "was blunt". */
function shortPredicate(between: string): boolean {
  return !/[,;:.!?\uE000]/u.test(between) && between.trim().split(/\s+/u).filter((word) => word !== '').length <= maxPredicateWords;
}

const maxPredicateWords = 4;

/**
 * "Jan Bos woont al dertig jaar in de wijk. „Het is hier nooit zo druk geweest.”": a sentence that is a quote and nothing
 * else, right after a sentence of the same paragraph that opens with a person's name and reports nothing, is that person's.
 */
function introducedQuote(text: string, reading: Reading, previous: Reading, recurs: (speakerName: string) => boolean): ScoredAttribution[] {
  const quote = reading.direct[0];
  if (!quote || reading.frame.slice(reading.unit.start, quote.open).trim() !== '' || !/^[\s.!?]*$/u.test(reading.frame.slice(quote.end, reading.unit.end))) return [];
  if (previous.direct.length > 0) return [];
  const first = previous.mentions[0];
  if (!first || first.mention.pronoun || first.mention.description || first.mention.isAdjective || first.mention.unnamed) return [];
  if (first.mention.start !== previous.tokens[0]?.start || (first.entity?.kind ?? first.mention.kind) !== 'Person') return [];
  return toSpeakers(text, reading.lexicon, { ...first, index: 0 }).map((speaker) => {
    const signals: ConfidenceSignals = {
      kind: 'CLAIMS', evidence: 'carried', speakerReach: 'name', unnamed: false, shared: false,
      speakerKindUncertain: speaker.kind === null || !speaker.kindCertain, speakerRecurs: recurs(speaker.name), targetFound: false,
      hedged: false, derived: false, shortContent: false,
    };
    return scored({
      kind: 'CLAIMS', speakerName: speaker.name, speaker: speaker.span, speakerKind: speaker.kind, speakerKindUncertain: signals.speakerKindUncertain,
      unnamed: false, cue: null, content: quote.content, contentContinuation: null, target: null, targetName: null,
      hedged: false, evidence: 'carried', signals,
    });
  });
}

/** The first direct quotation after a position whose text from there to the quote ends with a colon. */
function quoteAfterColonFrom(reading: Reading, position: number): Quotation | undefined {
  const { afterColon } = reading;
  for (let index = firstAtOrAfter(afterColon, position + 1, (entry) => entry.quotation.open); index < afterColon.length; index += 1) {
    if (afterColon[index]!.colon >= position) return afterColon[index]!.quotation;
  }
  return undefined;
}

/**
 * A sentence without a cue of its own still belongs to the speaker before it when it is a quote that
 * continues theirs, or conditional wording ("zouden", "reportedly") that passes their account on.
 */
function carriedOver(text: string, reading: Reading, previous: readonly ScoredAttribution[], sameParagraph: boolean): ScoredAttribution[] {
  const source = previous.find((suggestion) => suggestion.kind === 'CLAIMS') ?? previous[0]!;
  const unitText = text.slice(reading.unit.start, reading.unit.end);
  const leadingQuote = reading.direct[0];
  if (leadingQuote && reading.frame.slice(reading.unit.start, leadingQuote.open).trim() === '') {
    const hedged = isHedged(leadingQuote.content.text, reading.lexicon.language);
    return [scored({
      ...source, kind: 'CLAIMS', cue: null, content: leadingQuote.content, contentContinuation: null, target: null, targetName: null, hedged, evidence: 'carried',
      signals: { ...source.signals, kind: 'CLAIMS', evidence: 'carried', hedged, derived: false, targetFound: false, shortContent: false },
    })];
  }
  if (sameParagraph && isHedged(unitText, reading.lexicon.language) && reading.quotations.length === 0) {
    const span = trimmedSpan(text, reading.unit.start, reading.unit.end);
    if (span) {
      return [scored({
        ...source, kind: 'CLAIMS', cue: null, content: span, contentContinuation: null, target: null, targetName: null, hedged: true, evidence: 'carried',
        signals: { ...source.signals, kind: 'CLAIMS', evidence: 'carried', hedged: true, derived: false, targetFound: false, shortContent: false },
      })];
    }
  }
  return [];
}

/**
 * "The council blamed the contractor for the delays, the mayor said", "De gemeente geeft de aannemer de schuld, zegt
 * wethouder Jan Bos": a tag after the clause says who said it, and what the clause's cue reports ends before the tag. A
 * person, or a spokesperson, in the tag speaks for the organisation that is the clause's subject; a person who is the
 * subject ("Smith blamed the referee, his coach said") speaks for themself, and so does a group. The tag's own claim
 * over the clause is then the same statement, and goes. `found` is in cue order.
 */
function reportedByTrailingTag(text: string, reading: Reading, found: readonly ScoredAttribution[]): ScoredAttribution[] {
  const tags = found.filter((suggestion) => isTrailingTag(text, suggestion));
  if (tags.length === 0) return [...found];
  const within = (suggestion: ScoredAttribution, tag: ScoredAttribution): boolean =>
    suggestion.cue !== null && tag.cue !== null && suggestion.cue.start >= tag.content.start && suggestion.cue.end <= tag.content.end;
  const told = new Set<ScoredAttribution>();
  const results: ScoredAttribution[] = [];
  for (const suggestion of found) {
    const byTags = tags.filter((tag) => tag !== suggestion && within(suggestion, tag));
    if (byTags.length === 0) {
      results.push(suggestion);
      continue;
    }
    for (const tag of byTags) told.add(tag);
    // "The ministry denied the report, a spokesman said": a bare phrase is no statement; the clause the tag reports is.
    const before = trimmedSpan(text, suggestion.content.start, Math.min(suggestion.content.end, byTags[0]!.content.end));
    const content = before && before.text.split(/\s+/u).length >= minimumClauseWords ? before : byTags[0]!.content;
    const speaksFor = suggestion.speakerKind !== 'Person' && !isGroup(reading, suggestion.speakerName);
    const tellers = byTags.filter((tag) => speaksFor && (tag.speakerKind === 'Person' || tag.unnamed));
    if (tellers.length === 0) {
      results.push({ ...suggestion, content });
      continue;
    }
    for (const tag of tellers) {
      if (suggestion.target && spansOverlap(suggestion.target, tag.speaker)) continue;
      results.push(scored({
        ...suggestion, content, speakerName: tag.speakerName, speaker: tag.speaker, speakerKind: tag.speakerKind,
        speakerKindUncertain: tag.speakerKindUncertain, unnamed: tag.unnamed,
        signals: {
          ...suggestion.signals, speakerReach: tag.signals.speakerReach, unnamed: tag.signals.unnamed, speakerKindUncertain: tag.signals.speakerKindUncertain,
          speakerRecurs: tag.signals.speakerRecurs, shared: tellers.length > 1,
        },
      }));
    }
  }
  return results.filter((suggestion) => !told.has(suggestion));
}

/** A claim whose content is the clause before its tag: "…, the mayor said", "…, zegt wethouder Jan Bos", "…, aldus X". */
function isTrailingTag(text: string, suggestion: ScoredAttribution): boolean {
  const { cue, content, kind, evidence } = suggestion;
  return kind === 'CLAIMS' && cue !== null && (evidence === 'reported' || evidence === 'source') && content.end <= cue.start && commaAfter.test(text.slice(content.end, cue.start));
}

const commaAfter = /^\s*,/u;

/** "Residents", "de bewoners": a group speaks for itself, not through whoever reports what it said. */
function isGroup(reading: Reading, name: string): boolean {
  return isGroupNoun(reading.lexicon, lastWordOf(name));
}

/**
 * "Sophie Reid said her committee had warned that …", "De Boer ontkende dat haar partij dat heeft gezegd": a claim reported
 * inside what another cue reports is the outer speaker's account of it, not a statement of its own. `found` is in cue order.
 */
function withoutNestedClaims(text: string, found: readonly ScoredAttribution[]): ScoredAttribution[] {
  // From the end of a cue to the end of what it reports, and who reports it. The same speaker's second cue is a
  // clause of its own ("blamed the league and said …", "confirmed …, but stressed that …").
  let governed = { start: 0, end: -1, speakerName: '' };
  return found.filter((suggestion) => {
    const { cue, content, speakerName } = suggestion;
    // A source phrase there ("…, die volgens hem …") or a tag between commas ("a sample that, he said, could …") only
    // repeats who speaks.
    const nested = cue !== null && suggestion.kind === 'CLAIMS' && cue.start >= governed.start && cue.end <= governed.end
      && (speakerName !== governed.speakerName || suggestion.evidence === 'source' || tagBetweenCommas(text, cue));
    if (cue && suggestion.evidence === 'reported' && content.end > governed.end && content.end > cue.end) governed = { start: cue.end, end: content.end, speakerName };
    return !nested;
  });
}

/** Whether a cue and at most three words before it stand between commas: ", he said,", ", zegt de minister,". */
function tagBetweenCommas(text: string, cue: TextSpan): boolean {
  let after = cue.end;
  while (after < text.length && after < cue.end + 8 && /\s/u.test(text[after]!)) after += 1;
  return text[after] === ',' && commaAndFewWords.test(text.slice(Math.max(0, cue.start - 40), cue.start));
}

const commaAndFewWords = /,\s*(?:[\p{L}\p{N}’'-]+\s+){0,3}$/u;

/**
 * "said the decision was correct, but added that the rules were unclear": a cue that a clause conjunction joins to the one
 * before it starts a statement of its own, so what the first cue reports ends before the conjunction. `found` is in cue order.
 */
function coordinatedApart(text: string, reading: Reading, found: readonly ScoredAttribution[]): ScoredAttribution[] {
  const { tokens, lexicon } = reading;
  return found.map((suggestion, index) => {
    const { cue, content } = suggestion;
    if (!cue) return suggestion;
    let next = index + 1;
    while (found[next] && found[next]!.cue?.start === cue.start) next += 1;
    const following = found[next]?.cue;
    if (!following || found[next]!.speakerName !== suggestion.speakerName || following.start <= content.start || following.start >= content.end) return suggestion;
    let before = tokenAt(tokens, following.start) - 1;
    const conjunction = tokens[before];
    if (!conjunction || !lexicon.clauseConjunctions.has(conjunction.lower)) return suggestion;
    if (tokens[before - 1]?.text === ',') before -= 1;
    const trimmed = trimmedSpan(text, content.start, tokens[before]!.start);
    return trimmed ? { ...suggestion, content: trimmed } : suggestion;
  });
}

/** Two cues in one sentence that give the same speaker the same kind make one suggestion, over both contents. */
function mergeWithinUnit(text: string, found: readonly ScoredAttribution[]): ScoredAttribution[] {
  const merged: ScoredAttribution[] = [];
  const mergedAt = new Map<string, number>();
  for (const suggestion of found) {
    const key = JSON.stringify([suggestion.kind, suggestion.speakerName.toLowerCase(), suggestion.kind === 'BLAMES' ? suggestion.targetName : null]);
    const same = mergedAt.get(key) ?? -1;
    if (same < 0) { mergedAt.set(key, merged.length); merged.push(suggestion); continue; }
    const other = merged[same]!;
    if (spansOverlap(other.content, suggestion.content)) {
      const start = Math.min(other.content.start, suggestion.content.start);
      const end = Math.max(other.content.end, suggestion.content.end);
      const keep = other.confidence >= suggestion.confidence ? other : suggestion;
      merged[same] = { ...keep, content: spanOf(text, start, end) };
    } else {
      merged.push(suggestion);
    }
  }
  return merged;
}
