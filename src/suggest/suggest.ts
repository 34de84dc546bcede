import { findCues, type AttributionKind, type Cue } from './cues.js';
import { isEndorsement, isHedged, isNoComment } from './hedges.js';
import { normaliseLanguage, type Language } from './language.js';
import { Discourse, type Entity } from './pronouns.js';
import { findQuotations, type Quotation } from './quotes.js';
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

/** One sentence being read: its frame (direct quotes masked), tokens and speaker phrases with what they refer to. */
type Reading = Readonly<{
  unit: Unit;
  frame: string;
  tokens: readonly Token[];
  mentions: ReadonlyArray<Readonly<{ mention: Mention; entity: Entity | null }>>;
  quotations: readonly Quotation[];
  direct: readonly Quotation[];
}>;

const leadingWords = /^(?:the|de|het|een|a|an|twee|two|zijn|haar|hun|his|her|their|its)\s+/iu;

export function suggestAttributions(text: string, options?: { language?: string }): { language: string; suggestions: SuggestedAttribution[] } {
  const language = normaliseLanguage(options?.language, text);
  const quotations = findParagraphs(text).flatMap((paragraph) => findQuotations(text, paragraph.start, paragraph.end));
  const units = segmentUnits(text, language, quotations);
  const discourse = new Discourse();
  const suggestions: SuggestedAttribution[] = [];
  let previousUnitSuggestions: SuggestedAttribution[] = [];
  let previousUnit: Unit | null = null;

  for (const unit of units) {
    const reading = read(text, unit, quotations, discourse, language);
    let found = isNoComment(reading.frame.slice(unit.start, unit.end))
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
  return { language, suggestions: suggestions.map((suggestion, index) => withFullName(suggestion, suggestions.slice(0, index))) };
}

/**
 * Reporters name a person in full once and by surname after: "Roger Housen" then "Housen". A one-word name takes the
 * full name of the last person named before it with that surname, so that both are one speaker.
 */
function withFullName(suggestion: SuggestedAttribution, before: readonly SuggestedAttribution[]): SuggestedAttribution {
  if (suggestion.speakerKind === 'Person' && !/\s/u.test(suggestion.speakerName)) {
    const surname = suggestion.speakerName.toLocaleLowerCase();
    const full = [...before].reverse().find(
      (earlier) => earlier.speakerKind === 'Person' && /\s/u.test(earlier.speakerName) && earlier.speakerName.toLocaleLowerCase().split(/\s+/u).at(-1) === surname,
    );
    if (full) return { ...suggestion, speakerName: full.speakerName };
  }
  return suggestion;
}

function read(text: string, unit: Unit, quotations: readonly Quotation[], discourse: Discourse, language: Language): Reading {
  const inUnit = quotations.filter((quotation) => quotation.open >= unit.start && quotation.end <= unit.end);
  const direct: Quotation[] = [];
  for (const quotation of inUnit) {
    const before = text.slice(direct.at(-1)?.end ?? unit.start, quotation.open).trim();
    if (before === '' || /[:,]$/u.test(before) || /^[,.]?$/u.test(before)) direct.push(quotation);
  }
  let frame = text;
  for (const quotation of direct) {
    frame = frame.slice(0, quotation.open) + quotationMask.repeat(quotation.end - quotation.open) + frame.slice(quotation.end);
  }
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
  return { unit, frame, tokens, mentions: resolved, quotations: inUnit, direct };
}

function resolve(mention: Mention, tokens: readonly Token[], discourse: Discourse, language: Language): Entity | null {
  if (mention.pronoun) {
    const next = tokens.find((token) => token.start >= mention.end && token.isWord);
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
      hedged: isHedged(content.span.text) || isHedged(reading.frame.slice(cue.start, cue.end)), confidence: round(confidence), evidence: content.evidence,
    });
    const endorsed = cue.kind === 'CLAIMS' && content.evidence !== 'quote' ? endorsement(text, reading, cue, content.span) : null;
    if (endorsed) results.push({ ...results.at(-1)!, kind: 'CONFIRMS', content: endorsed, confidence: round(confidence - 0.2) });
    const quoteAfterColon = cue.kind !== 'CLAIMS' ? reading.direct.find((quotation) => quotation.open > cue.end && /:\s*$/u.test(text.slice(cue.end, quotation.open))) : undefined;
    if (quoteAfterColon && !spansOverlap(quoteAfterColon.content, content.span)) {
      results.push({ ...results.at(-1)!, kind: 'CLAIMS', content: quoteAfterColon.content, target: null, targetName: null, evidence: 'quote', confidence: round(confidence - 0.05) });
    }
  }
  return results;
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
  const firstQuote = reading.direct.find((quotation) => quotation.open >= content.start && quotation.open < content.end);
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
  const before = reading.frame.slice(reading.unit.start, cue.start);
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
  return /^\s*,\s*$/u.test(text.slice(first.end, second.start)) && /^\s*,/u.test(text.slice(second.end));
}

function findSpeaker(reading: Reading, cue: Cue, language: Language): FoundSpeaker | null {
  const { mentions, tokens } = reading;
  const at = (predicate: (mention: Mention) => boolean): FoundSpeaker | null => {
    const index = mentions.findIndex((entry) => predicate(entry.mention));
    return index >= 0 ? { ...mentions[index]!, index } : null;
  };
  if (cue.speakerRange) {
    const range = cue.speakerRange;
    return at((mention) => mention.start >= range.start && mention.end <= range.end);
  }
  const afterCue = (): FoundSpeaker | null => {
    const next = tokens.find((token) => token.start >= cue.end);
    if (!next) return null;
    const found = at((mention) => mention.start === next.start);
    if (found) return found;
    // The mention list was read left to right and may have started a phrase elsewhere; read here afresh.
    const index = tokens.indexOf(next);
    const fresh = readMention(reading.frame, tokens, index, false);
    if (!fresh) return null;
    const entry = mentions.find((candidate) => spansOverlap(candidate.mention, fresh.mention));
    return entry ? { ...entry, index: mentions.indexOf(entry) } : null;
  };
  if (cue.form === 'sourceBefore' || cue.form === 'sourceAfter') return afterCue();

  const cueToken = tokens.findIndex((token) => token.start >= cue.start);
  let clauseStart = cueToken;
  while (clauseStart > 0 && tokens[clauseStart - 1]!.isWord) clauseStart -= 1;
  const clauseTokens = tokens.slice(clauseStart, cueToken);
  const lastBefore = clauseTokens.at(-1);
  const isParticiple = /ing$/u.test(tokens[cueToken]?.lower ?? '') && clauseTokens.length === 0;
  if ((lastBefore && /^(?:en|and|maar|but)$/u.test(lastBefore.lower)) || isParticiple) {
    return mentions.length > 0 ? { ...mentions[0]!, index: 0 } : null;
  }
  const inverted = clauseTokens.length === 0 || (language === 'nl' && frontedAdverbialStarts.has(clauseTokens[0]!.lower));
  if (inverted) {
    const found = afterCue();
    if (found && (language === 'nl' || endsClause(reading, found.mention.end))) return found;
  }
  const relativeClauses = [...reading.frame.slice(reading.unit.start, cue.start).matchAll(/,\s*(?:which|who|whose|die|dat|wier|wiens|waarvan)(?![\p{L}])[^,]*,/giu)]
    .map((match) => ({ start: reading.unit.start + match.index, end: reading.unit.start + match.index + match[0].length }));
  const clauseStartPosition = tokens[clauseStart]?.start ?? reading.unit.start;
  const candidates = mentions
    .map((entry, index) => ({ ...entry, index }))
    .filter((entry) => entry.mention.end <= cue.start && !relativeClauses.some((range) => spansOverlap(range, entry.mention)) && !isAdjectiveOnly(entry.mention));
  const inClause = candidates.filter((entry) => entry.mention.start >= clauseStartPosition);
  if (inClause.length > 0) return inClause.at(-1)!;
  if (language === 'nl' && !inverted) {
    const found = afterCue();
    if (found) return found;
  }
  const lastMentionEnd = candidates.at(-1)?.mention.end ?? -1;
  const between = reading.frame.slice(lastMentionEnd, cue.start);
  if (candidates.length > 0 && /^[\s,]*(?:[^,]*,\s*)?$/u.test(between) && !/[\uE000]/u.test(between)) return candidates.at(-1)!;
  return null;
}

function isAdjectiveOnly(mention: Mention): boolean {
  return mention.isAdjective;
}

function endsClause(reading: Reading, position: number): boolean {
  const rest = reading.frame.slice(position, reading.unit.end);
  return /^\s*(?:[,.;:!?\uE000]|$)/u.test(rest);
}

function expandConjunction(text: string, reading: Reading, found: FoundSpeaker): FoundSpeaker[] {
  const previous = reading.mentions[found.index - 1];
  if (!previous) return [found];
  const between = reading.frame.slice(previous.mention.end, found.mention.start);
  if (!/^\s+(?:en|and)\s+$/iu.test(between)) return [found];
  if (previous.mention.isAdjective && found.mention.isGroup) {
    const start = previous.mention.nameStart;
    const merged: Mention = { ...found.mention, start: previous.mention.start, name: text.slice(start, found.mention.nameEnd), nameStart: start };
    return [{ ...found, mention: merged }];
  }
  if (previous.mention.isAdjective || previous.mention.pronoun) return [found];
  return [{ ...previous, index: found.index - 1 }, found];
}

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
  const clauseEnd = nextClauseEnd(frame, tagEnd, unit.end);

  if (cue.form === 'sourceBefore') {
    const after = skipApposition(frame, tagEnd, clauseEnd);
    const before = trimmedSpan(text, unit.start, cue.start);
    const afterSpan = trimmedSpan(text, after, unit.end);
    if (before && afterSpan && wordCount(before.text) >= 3 && wordCount(afterSpan.text) >= 3) {
      const whole = trimmedSpan(text, unit.start, unit.end);
      return whole ? { span: whole, continuation: null, evidence: 'source' } : null;
    }
    const longer = [before, afterSpan].filter((span): span is TextSpan => span !== null).sort((first, second) => second.text.length - first.text.length)[0];
    return longer ? { span: unquoted(text, reading, longer), continuation: null, evidence: 'source' } : null;
  }

  const quoteBefore = direct.filter((quotation) => quotation.end <= tagStart && /^[\s,—–-]*$/u.test(frame.slice(quotation.end, tagStart))).at(-1);
  if (quoteBefore) {
    const continuation = direct.find((quotation) => quotation.open >= tagEnd && /^[\s,]*$/u.test(frame.slice(tagEnd, quotation.open)));
    return { span: quoteBefore.content, continuation: continuation?.content ?? null, evidence: 'quote' };
  }
  if (cue.form === 'sourceAfter') {
    const before = trimmedSpan(text, unit.start, cue.start);
    return before ? { span: before, continuation: null, evidence: 'source' } : null;
  }
  if (cue.kind === 'CLAIMS') {
    const quoteAfter = direct.find((quotation) => quotation.open >= tagEnd && /^[^.;\uE000]{0,40}[:,]\s*$/u.test(frame.slice(tagEnd, quotation.open)));
    if (quoteAfter) return { span: quoteAfter.content, continuation: null, evidence: 'quote' };
  }
  if (cue.target) {
    const span = trimmedSpan(text, cue.target.start, cue.targetFirst ? cue.end : clauseEnd);
    return span ? { span, continuation: null, evidence: 'reported' } : null;
  }
  const complementiser = /(?<![\p{L}])(?:dat|that)(?![\p{L}])/iu.exec(frame.slice(tagEnd, clauseEnd));
  if (complementiser && complementiser.index <= 60) {
    const span = trimmedSpan(text, tagEnd + complementiser.index + complementiser[0].length, clauseEnd);
    if (span) return { span, continuation: null, evidence: 'reported' };
  }
  const beforeTag = trimmedSpan(text, unit.start, tagStart);
  const afterTag = trimmedSpan(text, speakerAfter ? tagEnd : cue.end, clauseEnd);
  const tagIsTrailing = /,\s*$/u.test(frame.slice(unit.start, tagStart)) && (!afterTag || !/\p{L}{3,}/u.test(frame.slice(tagEnd, clauseEnd).replace(/(?<![\p{L}])(?:on|in|op|at|from|tijdens|dinsdag|maandag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|basis|van|of|the|de|het|een|a|to|reporters|journalisten|video|statement|mededeling|verklaring|schattingen|verzekeraars|\p{Lu}\p{L}*)(?![\p{L}])/gu, '')));
  if (tagIsTrailing && beforeTag) return { span: beforeTag, continuation: null, evidence: 'reported' };
  if (afterTag) return { span: afterTag, continuation: null, evidence: 'reported' };
  const cueOnward = trimmedSpan(text, cue.start, clauseEnd);
  return cueOnward ? { span: cueOnward, continuation: null, evidence: 'reported' } : null;
}

function unquoted(text: string, reading: Reading, span: TextSpan): TextSpan {
  const only = reading.direct.find((quotation) => quotation.open <= span.start && span.end <= quotation.end);
  return only ? only.content : span;
}

function nextClauseEnd(frame: string, from: number, limit: number): number {
  const rest = frame.slice(from, limit);
  const stop = /[;:]|\uE000/u.exec(rest);
  return stop ? from + stop.index : limit;
}

function skipApposition(frame: string, from: number, limit: number): number {
  const apposition = /^\s*,\s*(?:de|het|een|the|a|an|\p{Ll})[^,]*,/u.exec(frame.slice(from, limit));
  return apposition && apposition[0].length < limit - from - 10 ? from + apposition[0].length : from;
}

function wordCount(value: string): number {
  return value.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length;
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
  for (const suggestion of found) {
    const same = merged.findIndex((other) => other.kind === suggestion.kind && other.speakerName.toLowerCase() === suggestion.speakerName.toLowerCase()
      && (other.kind !== 'BLAMES' || other.targetName === suggestion.targetName));
    if (same < 0) { merged.push(suggestion); continue; }
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
