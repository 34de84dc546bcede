import type { Cue } from './cues.js';
import { isEndorsement } from './hedges.js';
import type { Mention } from './mentions.js';
import { firstAtOrAfter } from './positions.js';
import { frontedDemonstrative, isApposition, lastNonSpace, opensWithDemonstrative, tokenAt, type Reading } from './reading.js';
import type { CueVoice } from './speaker.js';
import { trimmedSpan, type TextSpan } from './spans.js';

/*
 * Spans: what was said, for a cue and its speaker. A direct quote next to the tag; else the clause the cue reports, after
 * "that", after the tag, or before a tag that ends the sentence; for a passive, its subject.
 */

export type Evidence = 'quote' | 'reported' | 'source' | 'carried';

type Found = Readonly<{ span: TextSpan; continuation: TextSpan | null; evidence: Evidence }>;

/** `short`: the cue reported a bare phrase ("denied the threat"), and the content is the sentence around it. */
export type Content = Found & Readonly<{ short: boolean }>;

export function findContent(text: string, reading: Reading, cue: Cue, speaker: Mention, voice: CueVoice): Content | null {
  const found = contentOf(text, reading, cue, speaker, voice);
  if (!found) return null;
  // "Dat schrijft de minister": the demonstrative right before the cue is all the sentence says was said.
  const frontedObject = reading.lexicon.grammar.verbSecond && frontedDemonstrative(reading, cue);
  // A quotation, however short, is what was said ("called it "a betrayal"").
  const quoted = found.evidence === 'quote' || reading.quotations.some((quotation) => quotation.content.start === found.span.start && quotation.content.end === found.span.end);
  if (!frontedObject && (quoted || hasWords(found.span.text, minimumClauseWords))) return { ...found, short: false };
  // "Dat heeft de gemeente bekendgemaakt", "This was confirmed by …": what the sentence before said. A dispute of it
  // ("Dat wordt door Lenssen ontkend", "That was denied by …") is said in its own words.
  if (reading.previous && opensWithDemonstrative(reading) && cue.kind !== 'DISPUTES') {
    const said = trimmedSpan(text, reading.previous.start, reading.previous.end);
    if (said) return { ...found, span: said, short: true };
  }
  // "denied the threat", "confirmed it": a bare phrase is no statement; the clause that reports it is, up to a comma
  // after the tag ("The claim was rejected by the company, which said …").
  const tagEnd = Math.max(cue.end, speaker.end);
  const sentence = trimmedSpan(text, reading.unit.start, cue.form === 'verb' ? commaOrClauseEnd(reading, Math.min(cue.start, speaker.start), tagEnd) : reading.unit.end);
  const holdsQuote = sentence && reading.direct.some((quotation) => quotation.open < sentence.end && quotation.end > sentence.start);
  return { ...found, span: sentence && !holdsQuote ? sentence : found.span, short: true };
}

/** Fewer words than this are a phrase, not a clause that can be a statement. */
export const minimumClauseWords = 3;

function contentOf(text: string, reading: Reading, cue: Cue, speaker: Mention, voice: CueVoice): Found | null {
  const { unit, frame, direct } = reading;
  if (voice.voice === 'passive') {
    // Who is blamed is the subject; what for comes after the agent: the sentence says both.
    const subject = trimmedSpan(text, voice.subjectStart, voice.blamesSubject ? unit.end : voice.subjectEnd);
    return subject ? { span: unquoted(text, reading, subject), continuation: null, evidence: 'reported' } : null;
  }
  const speakerAfter = speaker.start >= cue.end;
  // "…, zo laat de gemeente weten": an adverb may open an inverted tag.
  const opener = reading.tokens[tokenAt(reading.tokens, cue.start) - 1];
  const openedTag = opener && reading.lexicon.adverbialStarts.has(opener.lower) && reading.tokens[tokenAt(reading.tokens, opener.start) - 1]?.text === ',';
  const tagStart = Math.min(openedTag ? opener.start : cue.start, describedBefore(text, reading, speaker)?.start ?? speaker.start);
  const tagEnd = Math.max(cue.end, speakerAfter && cue.form === 'verb' ? describedAfter(reading, speaker.end) : speaker.end);
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
    // "called it "a careful piece of work"", "sprak van „chaos”": the words quoted right after the cue are what was said,
    // a fragment that characterises rather than direct speech, so reported.
    const quotedNext = reading.quotations[firstAtOrAfter(reading.quotations, tagEnd, (quotation) => quotation.open)];
    if (quotedNext && frame.slice(tagEnd, quotedNext.open).trim() === '') return { span: quotedNext.content, continuation: null, evidence: 'reported' };
  }
  if (cue.target) {
    const span = trimmedSpan(text, cue.target.start, cue.targetFirst ? cue.end : clauseEnd);
    return span ? { span, continuation: null, evidence: 'reported' } : null;
  }
  // A complementiser counts within 60 characters of the tag; the window also holds the character after the longest ("that").
  const complementiser = firstComplementiser(reading, tagEnd, Math.min(clauseEnd, tagEnd + 60));
  if (complementiser >= 0) {
    const span = trimmedSpan(text, complementiser, clauseEnd);
    if (span) return { span, continuation: null, evidence: 'reported' };
  }
  const beforeTag = trimmedSpan(text, unit.start, tagStart);
  const afterTag = trimmedSpan(text, speakerAfter ? tagEnd : afterAddressee(reading, cue), clauseEnd);
  const beforeTagEnd = lastNonSpace(frame, unit.start, tagStart);
  const tagIsTrailing = beforeTagEnd >= unit.start && frame[beforeTagEnd] === ',' && (!afterTag || onlyTagExtensions(reading, tagEnd, clauseEnd));
  if (tagIsTrailing && beforeTag) return { span: beforeTag, continuation: null, evidence: 'reported' };
  if (afterTag) return { span: afterTag, continuation: null, evidence: 'reported' };
  // "Ook de VVD, die …, reageerde.": a subject and a verb of saying with nothing after them, and no demonstrative that
  // stands for what was said, report nothing; "Hij ontkent." still disputes what came before.
  if (cue.kind === 'CLAIMS' && !speakerAfter && !/\s/u.test(frame.slice(cue.start, cue.end)) && !opensWithDemonstrative(reading)) return null;
  const cueOnward = trimmedSpan(text, cue.start, clauseEnd);
  return cueOnward ? { span: cueOnward, continuation: null, evidence: 'reported' } : null;
}

/** "the union's general secretary, Mary Lane, said": the description in apposition before the speaker is part of the tag. */
function describedBefore(text: string, reading: Reading, speaker: Mention): Mention | null {
  const { mentions } = reading;
  const index = firstAtOrAfter(mentions, speaker.start, (entry) => entry.mention.start);
  const before = mentions[index - 1]?.mention;
  return mentions[index]?.mention === speaker && before && before.description && isApposition(text, before, speaker) ? before : null;
}

/**
 * "…, zegt Piet Jansen, voorzitter van de ondernemingsraad.", "…, said Joan Hale, a retired nurse.": a description in
 * apposition after a speaker who follows the cue is part of the tag; where it ends, or `from` when there is none.
 */
function describedAfter(reading: Reading, from: number): number {
  const apposition = describingApposition.exec(reading.frame.slice(from, nextClauseEnd(reading, from)));
  if (!apposition) return from;
  // "…, adding that …": a participle or a reported clause goes on with what was said.
  const words = apposition[0].toLowerCase().match(/\p{L}+/gu) ?? [];
  const { lexicon } = reading;
  const participle = lexicon.grammar.participleEnding;
  if ((participle && words[0]?.endsWith(participle)) || words.some((word) => lexicon.complementisers.has(word))) return from;
  return from + apposition[0].length;
}

const describingApposition = /^\s*,\s*\p{Ll}[^,.;:!?\uE000]*(?=\s*[,.;:!?]|\s*$)/u;

/** "told MPs the NHS was improving": after a verb that addresses someone, what was said starts after whom it addressed. */
function afterAddressee(reading: Reading, cue: Cue): number {
  const { tokens, lexicon, mentions } = reading;
  const verb = tokens[tokenAt(tokens, cue.end) - 1];
  if (!verb || !lexicon.addresseeVerbs.has(verb.lower)) return cue.end;
  const next = tokens[tokenAt(tokens, cue.end)];
  const addressee = next && mentions[firstAtOrAfter(mentions, next.start, (entry) => entry.mention.start)];
  return addressee && addressee.mention.start === next.start ? addressee.mention.end : cue.end;
}

function unquoted(text: string, reading: Reading, span: TextSpan): TextSpan {
  // Direct quotations do not overlap: only the last one opened at or before the span can hold it.
  const only = reading.direct[firstAtOrAfter(reading.direct, span.start + 1, (quotation) => quotation.open) - 1];
  return only && span.end <= only.end ? only.content : span;
}

/** The first comma after a tag, or the clause's end; a comma right after the tag closes an aside ("The figures, the ministry said, were …"). */
function commaOrClauseEnd(reading: Reading, tagStart: number, from: number): number {
  const comma = reading.frame.indexOf(',', from);
  const clauseEnd = nextClauseEnd(reading, from);
  const closesAside = comma >= 0 && reading.frame.slice(from, comma).trim() === '' && /,\s*$/u.test(reading.frame.slice(reading.unit.start, tagStart));
  return comma >= 0 && comma < clauseEnd && !closesAside ? comma : clauseEnd;
}

function nextClauseEnd(reading: Reading, from: number): number {
  return reading.clauseStops[firstAtOrAfter(reading.clauseStops, from, (stop) => stop)] ?? reading.unit.end;
}

const maxAppositionWords = 7;

function skipApposition(frame: string, from: number, limit: number): number {
  const apposition = /^\s*,\s*(?:de|het|een|the|a|an|\p{Ll})[^,]*,/u.exec(frame.slice(from, limit));
  // "According to Price, referees are told to award a penalty for any contact, however slight": a clause, not an apposition.
  const short = apposition !== null && apposition[0].trim().split(/\s+/u).length <= maxAppositionWords;
  return apposition && short && apposition[0].length < limit - from - 10 ? from + apposition[0].length : from;
}

/** Whether at least `count` of the whitespace-separated parts of a value hold a letter; reads only as far as it must. */
function hasWords(value: string, count: number): boolean {
  let found = 0;
  for (const part of value.matchAll(/\S+/gu)) {
    if (/\p{L}/u.test(part[0]) && (found += 1) >= count) return true;
  }
  return false;
}

/** The part of a claim, before any quote it introduces, that vouches for earlier reports. */
export function endorsement(text: string, reading: Reading, cue: Cue, content: TextSpan): TextSpan | null {
  const next = reading.direct[firstAtOrAfter(reading.direct, content.start, (quotation) => quotation.open)];
  const firstQuote = next && next.open < content.end ? next : undefined;
  const end = firstQuote ? firstQuote.open : content.end;
  const start = Math.min(cue.start, content.start);
  return isEndorsement(text.slice(start, end), reading.lexicon.language) ? trimmedSpan(text, start, end) : null;
}

/**
 * Where the reported clause after the first complementiser ("that", "dat") in [from, to) starts, or -1. A comma or a
 * clause conjunction before it ends the search: "said the plan was sound, but added that …" reports no clause after "that".
 */
function firstComplementiser(reading: Reading, from: number, to: number): number {
  const { tokens, lexicon } = reading;
  for (let index = firstAtOrAfter(tokens, from, (token) => token.start); tokens[index] && tokens[index]!.start < to; index += 1) {
    const token = tokens[index]!;
    // "dismissed that as an excuse", "denied that.": "that" before a preposition or the clause's end is what was disputed.
    const next = tokens[index + 1];
    if (lexicon.complementisers.has(token.lower)) return next?.isWord && !lexicon.prepositions.has(next.lower) && next.lower !== 'as' ? token.end : -1;
    // "said, however, that …": one word between commas is an aside.
    if (token.text === ',' && tokens[index + 1]?.isWord && tokens[index + 2]?.text === ',') {
      index += 2;
      continue;
    }
    if (token.text === ',' || lexicon.clauseConjunctions.has(token.lower)) return -1;
  }
  return -1;
}

/** Whether the words after a tag only say when, where or to whom it was said ("…, she told reporters on Monday"). */
function onlyTagExtensions(reading: Reading, from: number, to: number): boolean {
  const { tokens, lexicon } = reading;
  const first = firstAtOrAfter(tokens, from, (token) => token.start);
  if (tokens[first] && tokens[first]!.start < to && lexicon.prepositions.has(tokens[first]!.lower)) return true;
  for (let index = first; tokens[index] && tokens[index]!.start < to; index += 1) {
    const token = tokens[index]!;
    if (token.isWord && /\p{L}{3}/u.test(token.text) && !token.isCapitalised && !lexicon.tagExtensions.has(token.lower)) return false;
  }
  return true;
}
