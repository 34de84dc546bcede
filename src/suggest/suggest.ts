import { findCues, type AttributionKind, type Cue } from './cues.js';
import { hedgesIn, isEndorsement, isHedged, isNoComment } from './hedges.js';
import { normaliseLanguage, type Language } from './language.js';
import { Discourse, type Entity } from './pronouns.js';
import { findQuotations, type Quotation } from './quotes.js';
import { firstAtOrAfter } from './positions.js';
import { findParagraphs, segmentUnits, type Unit } from './sentences.js';
import { findMentions, readMention, type Mention, type SpeakerKind } from './speakers.js';
import { spanOf, spansOverlap, trimmedSpan, type TextSpan } from './spans.js';
import { frontedAdverbialStarts } from './lexicon.js';
import { quotationMask, tokenize, type Token } from './tokens.js';

export type { TextSpan } from './spans.js';
export type { AttributionKind } from './cues.js';

export type SuggestedAttribution = Readonly<{
  kind: AttributionKind;
  speakerName: string;
  speaker: TextSpan;
  speakerKind: 'Person' | 'Organisation' | null;
  cue: TextSpan | null;
  content: TextSpan;
  /** The rest of a quote that the speaker tag interrupts: "“…,” she said, “…”". */
  contentContinuation: TextSpan | null;
  target: TextSpan | null;
  targetName: string | null;
  hedged: boolean;
  confidence: number;
  /** How the suggestion was found: a quote, reported speech, a source phrase, or the speaker of the sentence before. */
  evidence: 'quote' | 'reported' | 'source' | 'carried';
}>;

type Speaker = Readonly<{ name: string; span: TextSpan; kind: SpeakerKind; viaReference: boolean }>;

/** A unit's quotations, and those of them that are direct speech (masked in the frame). */
type Quoted = Readonly<{ quotations: readonly Quotation[]; direct: readonly Quotation[] }>;

/**
 * One sentence being read: its frame (direct quotes masked), tokens and speaker phrases with what they refer to, and
 * what the cues in it look up, found once: every list is in text order, for binary searches.
 */
type Reading = Readonly<{
  unit: Unit;
  frame: string;
  tokens: readonly Token[];
  /** For each token, the first of the run of words that ends just before it. */
  wordRunStarts: readonly number[];
  /** Frame mentions only: sorted, and apart, so their ends are in order too. */
  mentions: ReadonlyArray<Readonly<{ mention: Mention; entity: Entity | null }>>;
  quotations: readonly Quotation[];
  direct: readonly Quotation[];
  /** Direct quotations after a colon, with the colon's position. */
  afterColon: ReadonlyArray<Readonly<{ quotation: Quotation; colon: number }>>;
  /** ", which …," and ", die …," in the frame of the unit. */
  relativeClauses: ReadonlyArray<Readonly<{ start: number; end: number }>>;
  /** Where a clause ends: each `;`, `:` and masked character of the unit's frame. */
  clauseStops: readonly number[];
  /** Whether a range of the text is hedged (`isHedged`), found from the hedges of the whole text. */
  hedgedIn: (start: number, end: number) => boolean;
}>;

const leadingWords = /^(?:the|de|het|een|a|an|twee|two|zijn|haar|hun|his|her|their|its)\s+/iu;

export function suggestAttributions(text: string, options?: { language?: string }): { language: string; suggestions: SuggestedAttribution[] } {
  const language = normaliseLanguage(options?.language, text);
  const quotations = findParagraphs(text).flatMap((paragraph) => findQuotations(text, paragraph.start, paragraph.end));
  const units = segmentUnits(text, language, quotations);
  const quoted = units.map((unit) => quotedIn(text, quotations, unit));
  const frame = masked(text, quoted.flatMap((inUnit) => inUnit.direct));
  const hedgedIn = hedgesIn(text);
  const discourse = new Discourse();
  const suggestions: SuggestedAttribution[] = [];
  let previousUnitSuggestions: SuggestedAttribution[] = [];
  let previousUnit: Unit | null = null;

  for (const [index, unit] of units.entries()) {
    const reading = read(text, frame, hedgedIn, unit, quoted[index]!, discourse, language);
    let found = isNoComment(frame.slice(unit.start, unit.end))
      ? []
      : findCues(reading.frame, unit.start, unit.end, language).flatMap((cue) => fromCue(text, reading, cue, language, discourse));
    if (found.length === 0 && previousUnit && previousUnitSuggestions.length > 0 && !isNoComment(text.slice(unit.start, unit.end))) {
      found = carriedOver(text, reading, previousUnitSuggestions, unit.paragraph === previousUnit.paragraph);
    }
    const merged = mergeWithinUnit(text, found);
    suggestions.push(...merged);
    previousUnitSuggestions = merged;
    previousUnit = unit;
  }
  return { language, suggestions: withFullNames(suggestions) };
}

/**
 * Reporters name a person in full once and by surname after: "Roger Housen" then "Housen". A one-word name takes the
 * full name of the last person named before it with that surname, so that both are one speaker.
 */
function withFullNames(suggestions: readonly SuggestedAttribution[]): SuggestedAttribution[] {
  const fullNameBySurname = new Map<string, string>();
  return suggestions.map((suggestion) => {
    if (suggestion.speakerKind !== 'Person') return suggestion;
    if (/\s/u.test(suggestion.speakerName)) {
      fullNameBySurname.set(suggestion.speakerName.toLocaleLowerCase().split(/\s+/u).at(-1)!, suggestion.speakerName);
      return suggestion;
    }
    const full = fullNameBySurname.get(suggestion.speakerName.toLocaleLowerCase());
    return full ? { ...suggestion, speakerName: full } : suggestion;
  });
}

/** The quotations inside a unit, of `quotations` in text order, and which of them are direct speech. */
function quotedIn(text: string, quotations: readonly Quotation[], unit: Unit): Quoted {
  const inUnit: Quotation[] = [];
  for (let index = firstAtOrAfter(quotations, unit.start, (quotation) => quotation.open); quotations[index] && quotations[index]!.open < unit.end; index += 1) {
    if (quotations[index]!.end <= unit.end) inUnit.push(quotations[index]!);
  }
  const direct: Quotation[] = [];
  for (const quotation of inUnit) {
    if (introducesQuote(text, direct.at(-1)?.end ?? unit.start, quotation.open)) direct.push(quotation);
  }
  return { quotations: inUnit, direct };
}

/** Whether the text in [from, open), trimmed, is nothing, ends with ":" or ",", or is a lone ".". */
function introducesQuote(text: string, from: number, open: number): boolean {
  const last = lastNonSpace(text, from, open);
  if (last < from) return true;
  if (text[last] === ':' || text[last] === ',') return true;
  return text[last] === '.' && lastNonSpace(text, from, last) < from;
}

/** The last position in [from, to) that is not whitespace, or from - 1. */
function lastNonSpace(text: string, from: number, to: number): number {
  let position = to - 1;
  while (position >= from && whitespace.test(text[position]!)) position -= 1;
  return position;
}

const whitespace = /\s/u;

/** The text with each direct quotation masked, built once, so that cue and speaker rules do not read inside them. */
function masked(text: string, direct: readonly Quotation[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const quotation of direct) {
    parts.push(text.slice(at, quotation.open), quotationMask.repeat(quotation.end - quotation.open));
    at = quotation.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function read(text: string, frame: string, hedgedIn: Reading['hedgedIn'], unit: Unit, { quotations: inUnit, direct }: Quoted, discourse: Discourse, language: Language): Reading {
  const tokens = tokenize(frame, unit.start, unit.end);
  const sentenceStarts = new Set([tokens[0]?.start ?? unit.start]);
  const quotedMentions = direct.flatMap((quotation) => findMentions(text, tokenize(text, quotation.content.start, quotation.content.end), new Set([quotation.content.start])));
  const frameMentions = findMentions(text, tokens, sentenceStarts);
  const quotedOnly = new Set(quotedMentions);
  const ordered = [...frameMentions, ...quotedMentions].sort((first, second) => first.start - second.start);
  const resolved: Array<{ mention: Mention; entity: Entity | null }> = [];
  for (const [index, mention] of ordered.entries()) {
    const named = ordered[index - 1];
    // An apposition describes the one just named: "Jevgeni Prigozjin, de baas van de Wagnergroep, …".
    const described = mention.description && named && !named.pronoun && !named.description && isApposition(text, named, mention);
    const entity = (described && resolved.at(-1)?.mention === named ? resolved.at(-1)!.entity : null) ?? resolve(mention, tokens, discourse, language);
    if (entity) discourse.remember(entity);
    if (!quotedOnly.has(mention)) resolved.push({ mention, entity });
  }
  const wordRunStarts: number[] = [];
  tokens.forEach((_, index) => wordRunStarts.push(index > 0 && tokens[index - 1]!.isWord ? wordRunStarts[index - 1]! : index));
  const afterColon = direct.flatMap((quotation) => {
    const colon = lastNonSpace(text, unit.start, quotation.open);
    return text[colon] === ':' ? [{ quotation, colon }] : [];
  });
  const unitFrame = frame.slice(unit.start, unit.end);
  const relativeClauses = [...unitFrame.matchAll(relativeClause)].map((match) => ({ start: unit.start + match.index, end: unit.start + match.index + match[0].length }));
  const clauseStops = [...unitFrame.matchAll(clauseStop)].map((match) => unit.start + match.index);
  return { unit, frame, tokens, wordRunStarts, mentions: resolved, quotations: inUnit, direct, afterColon, relativeClauses, clauseStops, hedgedIn };
}

const relativeClause = /,\s*(?:which|who|whose|die|dat|wier|wiens|waarvan)(?![\p{L}])[^,]*,/giu;
const clauseStop = /[;:]|\uE000/gu;

/** The first token at or after a position, or undefined. */
function tokenAt(tokens: readonly Token[], position: number): number {
  return firstAtOrAfter(tokens, position, (token) => token.start);
}

function resolve(mention: Mention, tokens: readonly Token[], discourse: Discourse, language: Language): Entity | null {
  if (mention.pronoun) {
    let index = tokenAt(tokens, mention.end);
    while (tokens[index] && !tokens[index]!.isWord) index += 1;
    const next = tokens[index];
    const pluralVerb = language === 'nl' && next !== undefined && /en$/u.test(next.lower);
    return discourse.resolvePronoun(mention.pronoun, pluralVerb);
  }
  if (mention.description) {
    return discourse.resolveDescription(mention.description.head, mention.description.isTitle) ?? discourse.entityFor(mention);
  }
  return discourse.entityFor(mention);
}

function fromCue(text: string, reading: Reading, cue: Cue, language: Language, discourse: Discourse): SuggestedAttribution[] {
  if (isPassive(reading, cue)) return [];
  const found = findSpeaker(reading, cue, language);
  const subject = found && namedBeforeApposition(text, reading, found);
  if (!subject) return [];
  const speakers = expandConjunction(text, reading, subject).map((found) => toSpeaker(text, found)).filter((speaker): speaker is Speaker => speaker !== null);
  if (speakers.length === 0) return [];
  const content = findContent(text, reading, cue, subject.mention);
  if (!content) return [];
  if (subject.entity) discourse.markSpeaker(subject.entity);
  const targets = cue.target ? blamedIn(text, cue.target) : [null];
  const cueSpan = spanOf(text, cue.start, cue.end);
  const results: SuggestedAttribution[] = [];
  for (const [speaker, target] of speakers.flatMap((speaker) => targets.map((target) => [speaker, target] as const))) {
    if (target && spansOverlap(target, speaker.span)) continue;
    const confidence = (content.evidence === 'quote' ? 0.9 : content.evidence === 'reported' ? 0.85 : 0.75) - (speaker.viaReference ? 0.1 : 0) - (speakers.length > 1 ? 0.1 : 0);
    results.push({
      kind: cue.kind, speakerName: speaker.name, speaker: speaker.span, speakerKind: speaker.kind, cue: cueSpan,
      content: content.span, contentContinuation: content.continuation, target, targetName: target?.text ?? null,
      hedged: reading.hedgedIn(content.span.start, content.span.end) || isHedged(reading.frame.slice(cue.start, cue.end)), confidence: round(confidence), evidence: content.evidence,
    });
    const endorsed = cue.kind === 'CLAIMS' && content.evidence !== 'quote' ? endorsement(text, reading, cue, content.span) : null;
    if (endorsed) results.push({ ...results.at(-1)!, kind: 'CONFIRMS', content: endorsed, confidence: round(confidence - 0.2) });
    const quoteAfterColon = cue.kind !== 'CLAIMS' ? quoteAfterColonFrom(reading, cue.end) : undefined;
    if (quoteAfterColon && !spansOverlap(quoteAfterColon.content, content.span)) {
      results.push({ ...results.at(-1)!, kind: 'CLAIMS', content: quoteAfterColon.content, target: null, targetName: null, evidence: 'quote', confidence: round(confidence - 0.05) });
    }
  }
  return results;
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
 * Who a blame names: each party of "minister van Defensie Sergej Sjojgoe en de Russische legertop" on its own, by
 * name with titles and articles left out, as speakers are read; the whole phrase where it names no one that way.
 */
function blamedIn(text: string, phrase: Readonly<{ start: number; end: number }>): TextSpan[] {
  const mentions = findMentions(text, tokenize(text, phrase.start, phrase.end), new Set([phrase.start])).filter(
    (mention) => !mention.pronoun && !mention.isAdjective,
  );
  if (mentions.length === 0) {
    const whole = trimmedSpan(text, phrase.start, phrase.end);
    if (!whole) return [];
    const bare = whole.text.replace(leadingWords, '');
    return [spanOf(text, whole.end - bare.length, whole.end)];
  }
  return mentions.map((mention) => spanOf(text, mention.nameStart, mention.nameEnd));
}

/** The part of a claim, before any quote it introduces, that vouches for earlier reports. */
function endorsement(text: string, reading: Reading, cue: Cue, content: TextSpan): TextSpan | null {
  const next = reading.direct[firstAtOrAfter(reading.direct, content.start, (quotation) => quotation.open)];
  const firstQuote = next && next.open < content.end ? next : undefined;
  const end = firstQuote ? firstQuote.open : content.end;
  const start = Math.min(cue.start, content.start);
  return isEndorsement(text.slice(start, end)) ? trimmedSpan(text, start, end) : null;
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}

/** "was confirmed", and nouns that look like verbs ("the claims"), name no speaker by themselves. */
function isPassive(reading: Reading, cue: Cue): boolean {
  if (cue.form !== 'verb') return false;
  // Only the word before the cue matters: the space before it, the longest listed word (6 letters) and one more character.
  const wordEnd = lastNonSpace(reading.frame, reading.unit.start, cue.start) + 1;
  const before = reading.frame.slice(Math.max(reading.unit.start, wordEnd - 7), cue.start);
  if (/(?<![\p{L}])(?:the|a|an|its|their|his|her|these|those|de|het|een|die|deze)\s+$/iu.test(before) && !cue.targetFirst) return true;
  return /(?<![\p{L}])(?:was|were|is|are|be|been|being|werd|werden|worden|wordt|is|zijn)\s+$/iu.test(before);
}

type FoundSpeaker = Readonly<{ mention: Mention; entity: Entity | null; index: number }>;

/** "Jevgeni Prigozjin, de baas van de Wagnergroep, zegt …": the speaker is the one named, not the apposition that describes them. */
function namedBeforeApposition(text: string, reading: Reading, found: FoundSpeaker): FoundSpeaker {
  const previous = reading.mentions[found.index - 1];
  if (!previous || previous.mention.pronoun || previous.mention.description) return found;
  return isApposition(text, previous.mention, found.mention) ? { ...previous, index: found.index - 1 } : found;
}

/** Whether `second` stands between commas right after `first`: "first, second, …". */
function isApposition(text: string, first: Mention, second: Mention): boolean {
  return matchEnd(commaBetween, text, first.end) === second.start && matchEnd(commaAfter, text, second.end) >= 0;
}

const commaBetween = /\s*,\s*/uy;
const commaAfter = /\s*,/uy;

/** Where a sticky pattern's match at a position ends, or -1: a look at one place, never a search onward. */
function matchEnd(pattern: RegExp, text: string, position: number): number {
  pattern.lastIndex = position;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

function findSpeaker(reading: Reading, cue: Cue, language: Language): FoundSpeaker | null {
  const { mentions, tokens } = reading;
  const entryAt = (index: number): FoundSpeaker | null => (mentions[index] ? { ...mentions[index]!, index } : null);
  if (cue.speakerRange) {
    const range = cue.speakerRange;
    const index = firstAtOrAfter(mentions, range.start, (entry) => entry.mention.start);
    return mentions[index] && mentions[index]!.mention.end <= range.end ? entryAt(index) : null;
  }
  const afterCue = (): FoundSpeaker | null => {
    const index = tokenAt(tokens, cue.end);
    const next = tokens[index];
    if (!next) return null;
    const at = firstAtOrAfter(mentions, next.start, (entry) => entry.mention.start);
    if (mentions[at]?.mention.start === next.start) return entryAt(at);
    // The mention list was read left to right and may have started a phrase elsewhere; read here afresh.
    const fresh = readMention(reading.frame, tokens, index, false);
    if (!fresh) return null;
    const overlapping = firstAtOrAfter(mentions, fresh.mention.start + 1, (entry) => entry.mention.end);
    return mentions[overlapping] && spansOverlap(mentions[overlapping]!.mention, fresh.mention) ? entryAt(overlapping) : null;
  };
  if (cue.form === 'sourceBefore' || cue.form === 'sourceAfter') return afterCue();

  const firstFromCue = tokenAt(tokens, cue.start);
  const cueToken = firstFromCue < tokens.length ? firstFromCue : -1;
  const clauseStart = cueToken > 0 ? reading.wordRunStarts[cueToken]! : cueToken;
  const clauseLength = cueToken - clauseStart;
  const lastBefore = clauseLength > 0 ? tokens[cueToken - 1] : undefined;
  const isParticiple = /ing$/u.test(tokens[cueToken]?.lower ?? '') && clauseLength === 0;
  if ((lastBefore && /^(?:en|and|maar|but)$/u.test(lastBefore.lower)) || isParticiple) {
    return entryAt(0);
  }
  const inverted = clauseLength === 0 || (language === 'nl' && frontedAdverbialStarts.has(tokens[clauseStart]!.lower));
  if (inverted) {
    const found = afterCue();
    if (found && (language === 'nl' || endsClause(reading, found.mention.end))) return found;
  }
  const clauseStartPosition = tokens[clauseStart]?.start ?? reading.unit.start;
  const candidate = lastCandidateBefore(reading, cue.start);
  if (candidate && candidate.mention.start >= clauseStartPosition) return candidate;
  if (language === 'nl' && !inverted) {
    const found = afterCue();
    if (found) return found;
  }
  if (!candidate) return null;
  const between = reading.frame.slice(candidate.mention.end, cue.start);
  return isAtMostOneCommaClause(between) && !between.includes(quotationMask) ? candidate : null;
}

/**
 * The last mention that ends before a position and may be a speaker: not a lone adjective, and not inside a relative
 * clause (", die …,") that closes before the position.
 */
function lastCandidateBefore(reading: Reading, position: number): FoundSpeaker | null {
  const { mentions, relativeClauses } = reading;
  for (let index = firstAtOrAfter(mentions, position + 1, (entry) => entry.mention.end) - 1; index >= 0; index -= 1) {
    const { mention } = mentions[index]!;
    if (mention.isAdjective) continue;
    const clause = relativeClauses[firstAtOrAfter(relativeClauses, mention.start + 1, (range) => range.end)];
    if (clause && clause.end <= position && spansOverlap(clause, mention)) continue;
    return { ...mentions[index]!, index };
  }
  return null;
}

/** `/^[\s,]*(?:[^,]*,\s*)?$/u.test(value)`, without the backtracking: spaces and commas, then at most one clause that a comma ends. */
function isAtMostOneCommaClause(value: string): boolean {
  let first = 0;
  while (first < value.length && (value[first] === ',' || whitespace.test(value[first]!))) first += 1;
  if (first === value.length) return true;
  const comma = value.indexOf(',', first);
  return comma >= 0 && lastNonSpace(value, comma + 1, value.length) === comma;
}

function endsClause(reading: Reading, position: number): boolean {
  const { frame, unit } = reading;
  let next = position;
  while (next < unit.end && whitespace.test(frame[next]!)) next += 1;
  return next >= unit.end || ',.;:!?\uE000'.includes(frame[next]!);
}

function expandConjunction(text: string, reading: Reading, found: FoundSpeaker): FoundSpeaker[] {
  const previous = reading.mentions[found.index - 1];
  if (!previous) return [found];
  if (matchEnd(conjunction, reading.frame, previous.mention.end) !== found.mention.start) return [found];
  if (previous.mention.isAdjective && found.mention.isGroup) {
    const start = previous.mention.nameStart;
    const merged: Mention = { ...found.mention, start: previous.mention.start, name: text.slice(start, found.mention.nameEnd), nameStart: start };
    return [{ ...found, mention: merged }];
  }
  if (previous.mention.isAdjective || previous.mention.pronoun) return [found];
  return [{ ...previous, index: found.index - 1 }, found];
}

const conjunction = /\s+(?:en|and)\s+/iuy;

function toSpeaker(text: string, found: FoundSpeaker): Speaker | null {
  const { mention, entity } = found;
  if (mention.pronoun || mention.description) {
    if (!entity) return null;
    if (mention.description && entity.name === mention.name) {
      return { name: mention.name.replace(leadingWords, ''), span: spanOf(text, mention.nameStart, mention.nameEnd), kind: mention.kind, viaReference: false };
    }
    return { name: entity.name, span: spanOf(text, entity.nameStart, entity.nameEnd), kind: entity.kind, viaReference: true };
  }
  const bare = mention.name.replace(leadingWords, '');
  const offset = mention.name.length - bare.length;
  return { name: bare, span: spanOf(text, mention.nameStart + offset, mention.nameEnd), kind: entity?.kind ?? mention.kind, viaReference: false };
}

type Content = Readonly<{ span: TextSpan; continuation: TextSpan | null; evidence: SuggestedAttribution['evidence'] }>;

function findContent(text: string, reading: Reading, cue: Cue, speaker: Mention): Content | null {
  const { unit, frame, direct } = reading;
  const speakerAfter = speaker.start >= cue.end;
  const tagStart = Math.min(cue.start, speaker.start);
  const tagEnd = Math.max(cue.end, speaker.end);
  const clauseEnd = nextClauseEnd(reading, tagEnd);

  if (cue.form === 'sourceBefore') {
    const after = skipApposition(frame, tagEnd, clauseEnd);
    const before = trimmedSpan(text, unit.start, cue.start);
    const afterSpan = trimmedSpan(text, after, unit.end);
    if (before && afterSpan && hasWords(before.text, 3) && hasWords(afterSpan.text, 3)) {
      const whole = trimmedSpan(text, unit.start, unit.end);
      return whole ? { span: whole, continuation: null, evidence: 'source' } : null;
    }
    const longer = [before, afterSpan].filter((span): span is TextSpan => span !== null).sort((first, second) => second.text.length - first.text.length)[0];
    return longer ? { span: unquoted(text, reading, longer), continuation: null, evidence: 'source' } : null;
  }

  // Only the nearest quotation on each side can qualify: any further one has the nearer one's mask in between.
  const lastBefore = direct[firstAtOrAfter(direct, tagStart + 1, (quotation) => quotation.end) - 1];
  const firstAfter = direct[firstAtOrAfter(direct, tagEnd, (quotation) => quotation.open)];
  if (lastBefore && /^[\s,—–-]*$/u.test(frame.slice(lastBefore.end, tagStart))) {
    const continuation = firstAfter && /^[\s,]*$/u.test(frame.slice(tagEnd, firstAfter.open)) ? firstAfter : undefined;
    return { span: lastBefore.content, continuation: continuation?.content ?? null, evidence: 'quote' };
  }
  if (cue.form === 'sourceAfter') {
    const before = trimmedSpan(text, unit.start, cue.start);
    return before ? { span: before, continuation: null, evidence: 'source' } : null;
  }
  if (cue.kind === 'CLAIMS') {
    if (firstAfter && /^[^.;\uE000]{0,40}[:,]\s*$/u.test(frame.slice(tagEnd, firstAfter.open))) return { span: firstAfter.content, continuation: null, evidence: 'quote' };
  }
  if (cue.target) {
    const span = trimmedSpan(text, cue.target.start, cue.targetFirst ? cue.end : clauseEnd);
    return span ? { span, continuation: null, evidence: 'reported' } : null;
  }
  // A complementiser counts within 60 characters of the tag; the window also holds the character after the longest ("that").
  const complementiser = /(?<![\p{L}])(?:dat|that)(?![\p{L}])/iu.exec(frame.slice(tagEnd, Math.min(clauseEnd, tagEnd + 66)));
  if (complementiser && complementiser.index <= 60) {
    const span = trimmedSpan(text, tagEnd + complementiser.index + complementiser[0].length, clauseEnd);
    if (span) return { span, continuation: null, evidence: 'reported' };
  }
  const beforeTag = trimmedSpan(text, unit.start, tagStart);
  const afterTag = trimmedSpan(text, speakerAfter ? tagEnd : cue.end, clauseEnd);
  const beforeTagEnd = lastNonSpace(frame, unit.start, tagStart);
  const tagIsTrailing = beforeTagEnd >= unit.start && frame[beforeTagEnd] === ',' && (!afterTag || !/\p{L}{3,}/u.test(frame.slice(tagEnd, clauseEnd).replace(/(?<![\p{L}])(?:on|in|op|at|from|tijdens|dinsdag|maandag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|basis|van|of|the|de|het|een|a|to|reporters|journalisten|video|statement|mededeling|verklaring|schattingen|verzekeraars|\p{Lu}\p{L}*)(?![\p{L}])/gu, '')));
  if (tagIsTrailing && beforeTag) return { span: beforeTag, continuation: null, evidence: 'reported' };
  if (afterTag) return { span: afterTag, continuation: null, evidence: 'reported' };
  const cueOnward = trimmedSpan(text, cue.start, clauseEnd);
  return cueOnward ? { span: cueOnward, continuation: null, evidence: 'reported' } : null;
}

function unquoted(text: string, reading: Reading, span: TextSpan): TextSpan {
  // Direct quotations do not overlap: only the last one opened at or before the span can hold it.
  const only = reading.direct[firstAtOrAfter(reading.direct, span.start + 1, (quotation) => quotation.open) - 1];
  return only && span.end <= only.end ? only.content : span;
}

function nextClauseEnd(reading: Reading, from: number): number {
  return reading.clauseStops[firstAtOrAfter(reading.clauseStops, from, (stop) => stop)] ?? reading.unit.end;
}

function skipApposition(frame: string, from: number, limit: number): number {
  const apposition = /^\s*,\s*(?:de|het|een|the|a|an|\p{Ll})[^,]*,/u.exec(frame.slice(from, limit));
  return apposition && apposition[0].length < limit - from - 10 ? from + apposition[0].length : from;
}

/** Whether at least `count` of the whitespace-separated parts of a value hold a letter; reads only as far as it must. */
function hasWords(value: string, count: number): boolean {
  let found = 0;
  for (const part of value.matchAll(/\S+/gu)) {
    if (/\p{L}/u.test(part[0]) && (found += 1) >= count) return true;
  }
  return false;
}

/**
 * A sentence without a cue of its own still belongs to the speaker before it when it is a quote that
 * continues theirs, or conditional wording ("zouden", "reportedly") that passes their account on.
 */
function carriedOver(text: string, reading: Reading, previous: readonly SuggestedAttribution[], sameParagraph: boolean): SuggestedAttribution[] {
  const source = previous.find((suggestion) => suggestion.kind === 'CLAIMS') ?? previous[0]!;
  const unitText = text.slice(reading.unit.start, reading.unit.end);
  const leadingQuote = reading.direct[0];
  if (leadingQuote && reading.frame.slice(reading.unit.start, leadingQuote.open).trim() === '') {
    return [{ ...source, kind: 'CLAIMS', cue: null, content: leadingQuote.content, contentContinuation: null, target: null, targetName: null, hedged: isHedged(leadingQuote.content.text), confidence: 0.55, evidence: 'carried' }];
  }
  if (sameParagraph && isHedged(unitText) && reading.quotations.length === 0) {
    const span = trimmedSpan(text, reading.unit.start, reading.unit.end);
    if (span) return [{ ...source, kind: 'CLAIMS', cue: null, content: span, contentContinuation: null, target: null, targetName: null, hedged: true, confidence: 0.45, evidence: 'carried' }];
  }
  return [];
}

/** Two cues in one sentence that give the same speaker the same kind make one suggestion, over both contents. */
function mergeWithinUnit(text: string, found: readonly SuggestedAttribution[]): SuggestedAttribution[] {
  const merged: SuggestedAttribution[] = [];
  const mergedAt = new Map<string, number>();
  for (const suggestion of found) {
    const key = JSON.stringify([suggestion.kind, suggestion.speakerName.toLowerCase(), suggestion.kind === 'BLAMES' ? suggestion.targetName : null]);
    const same = mergedAt.get(key) ?? -1;
    if (same < 0) { mergedAt.set(key, merged.length); merged.push(suggestion); continue; }
    const other = merged[same]!;
    if (spansOverlap(other.content, suggestion.content) || other.kind === 'CLAIMS') {
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
