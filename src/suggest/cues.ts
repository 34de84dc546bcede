import type { AttributionKind, CueForm, Language, Lexicon } from './lexicon/lexicon.js';
import { languages, lexiconOf } from './lexicon/lexicons.js';

export type Cue = Readonly<{
  kind: AttributionKind;
  form: CueForm;
  start: number;
  end: number;
  /** Where a split cue holds its speaker: "maakt Biletski zich sterk". */
  speakerRange: Readonly<{ start: number; end: number }> | null;
  target: Readonly<{ start: number; end: number }> | null;
  /** The blamed party comes before the verb, as in Dutch subordinate clauses. */
  targetFirst: boolean;
  /** A verb of criticism, whose passive with a reason blames its subject. */
  criticises: boolean;
  /** A blame only when its target is a party, not an act or a document. */
  blamesOnlyParties: boolean;
}>;

type CueDefinition = Readonly<{ kind: AttributionKind; form: CueForm; pattern: RegExp; targetFirst: boolean; criticises: boolean; blamesOnlyParties: boolean }>;

/** Whom a blame names, perhaps with a name in apposition: "blamed the contractor, Harland Civil, for …". */
const targetPhrase = '(?<target>[^,.;:\\uE000]{1,80}?(?:\\s*,\\s*\\p{Lu}[^,.;:\\uE000]{0,40}?\\s*,)?)';
const speakerPhrase = '(?<speaker>[^,.;:\\uE000]{1,40}?)';

/**
 * A name before "met de vinger wijst": at most six capitalised words of at most 41 characters each. The pattern is
 * tried at every capital, so a name without bounds would read a whole run of capitalised words from each of them.
 */
const capitalisedName = '\\p{Lu}[^\\s,.;:]{0,40}(?:\\s+\\p{Lu}[^\\s,.;:]{0,40}){0,5}';

const openingQuote = '[„“"‘\']?';
const escaped = (word: string): string => word.replace(/[.*+?^${}()[\]\\]/gu, '\\$&');
const either = (alternatives: readonly string[]): string => `(?:${alternatives.map(escaped).join('|')})`;

/** A blamed party before the verb: a definite phrase of up to five words, or a name. */
function targetBefore(lexicon: Lexicon): string {
  // Matched with case, for the name: a determiner may open the sentence ("De aannemer krijgt …").
  const lowercase = [...lexicon.definiteDeterminers, ...lexicon.possessives];
  const openers = [...lowercase, ...lowercase.map((word) => word.charAt(0).toUpperCase() + word.slice(1))];
  return `(?<target>${either(openers)}\\s+(?:[^\\s,.;:\\uE000]+\\s+){0,3}?[^\\s,.;:\\uE000]+|${capitalisedName})`;
}

/** The regular expression of a lexicon phrase (the notation is described at `CueEntry`). */
export function phraseSource(phrase: string, lexicon: Lexicon): string {
  let source = '';
  for (const part of phrase.split(' ')) {
    const separator = source === '' ? '' : '\\s+';
    if (part.startsWith('>')) {
      const alternatives = part.slice(1).split('|');
      const followers = alternatives.filter((alternative) => alternative !== ',');
      // A word must end where the follower does; a quotation mark is followed by what it quotes.
      const wordFollowers = followers.filter((follower) => /\p{L}/u.test(follower));
      const markFollowers = followers.filter((follower) => !/\p{L}/u.test(follower));
      const options = [
        ...(wordFollowers.length > 0 ? [`\\s+${either(wordFollowers)}(?![\\p{L}\\p{N}])`] : []),
        ...(markFollowers.length > 0 ? [`\\s+${either(markFollowers)}`] : []),
      ];
      if (alternatives.includes(',')) options.push('\\s*[,.;:]', '$');
      source += `(?=${options.join('|')})`;
    } else if (part === '{target}') {
      source += source === '' ? targetBefore(lexicon) : `${separator}${targetPhrase}`;
    } else if (part === '{speaker}') {
      // Lazy: the speaker slot is tried only when the cue's own words do not follow at once.
      source += `(?:\\s+${speakerPhrase})??`;
    } else if (part === '…') {
      source += '(?:\\s+\\S+){0,3}?';
    } else if (part.endsWith('?')) {
      source += `(?:${separator || '\\s*'}${either(part.slice(0, -1).split('|'))})?`;
    } else {
      // "noemt de aantijgingen „onzin”": a word of the cue may stand in quotation marks.
      source += `${separator}${source === '' ? '' : openingQuote}${either(part.split('|'))}`;
    }
  }
  return source;
}

/** Phrases of a lexicon as one pattern, matched as whole words in any case. */
export function phrasesPattern(phrases: readonly string[], lexicon: Lexicon, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map((phrase) => phraseSource(phrase, lexicon)).join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/** Cues match in any case, except those that find a name by its capital. */
function definitionsOf(lexicon: Lexicon): CueDefinition[] {
  return lexicon.cues.map((entry) => ({
    kind: entry.kind, form: entry.form, targetFirst: entry.targetFirst ?? false, criticises: entry.criticises ?? false,
    blamesOnlyParties: entry.blamesOnlyParties ?? false,
    pattern: phrasesPattern([entry.phrase], lexicon, entry.targetFirst ? 'dgu' : 'dgiu'),
  }));
}

const definitions = new Map(languages.map((language) => [language, definitionsOf(lexiconOf(language))]));

/** Cues in [start, end) of a frame whose direct quotations are masked; a longer cue wins over one inside it. */
export function findCues(frame: string, start: number, end: number, language: Language): Cue[] {
  const stretch = frame.slice(start, end);
  const found: Cue[] = [];
  const lexicon = lexiconOf(language);
  const { agentPrepositions } = lexicon;
  for (const definition of definitions.get(language)!) {
    for (const match of stretch.matchAll(definition.pattern)) {
      const target = groupRange(frame, match, 'target', start);
      // "were criticised by the judge for …": a passive's agent, not whom the verb blames.
      if (target && agentPrepositions.has(frame.slice(target.start, target.end).split(/\s/u, 1)[0]!.toLowerCase())) continue;
      // "geeft toe dat de gemeente de schuld heeft": a clause inside is no blamed party; the cue within ("geeft toe") stays.
      if (target && opensClause(lexicon, frame.slice(target.start, target.end))) continue;
      // "blamed UKAD for losing a sample that, he said, …": what a party is blamed for is no part of the party.
      if (target && givesReason(lexicon, frame.slice(target.start, target.end))) continue;
      const speaker = groupRange(frame, match, 'speaker', start);
      found.push({
        kind: definition.kind, form: definition.form,
        start: start + match.index, end: start + match.index + match[0].length,
        speakerRange: speaker, target, targetFirst: definition.targetFirst, criticises: definition.criticises, blamesOnlyParties: definition.blamesOnlyParties,
      });
    }
  }
  // Stable: of two cues over the same words, the lexicon's first entry comes first, and is kept.
  found.sort((first, second) => first.start - second.start || second.end - first.end);
  // In this order a longer cue around another comes before it: one pass that keeps the furthest end seen, and the
  // first start that reached it, tells whether any cue before is longer and holds this one.
  let furthestEnd = -1;
  let furthestStart = -1;
  const outermost = found.filter((candidate, index) => {
    const previous = found[index - 1];
    if (previous && previous.start === candidate.start && previous.end === candidate.end) return false;
    const inside = candidate.end < furthestEnd || (candidate.end === furthestEnd && furthestStart < candidate.start);
    if (candidate.end > furthestEnd) {
      furthestEnd = candidate.end;
      furthestStart = candidate.start;
    }
    return !inside;
  });
  // "rejected claims that …", "denied reports": a cue word right after a cue verb is that verb's object, a noun.
  return outermost.filter((candidate, index) => {
    const before = outermost[index - 1];
    return !(before && before.form === 'verb' && candidate.form === 'verb' && onlySpaceBetween(frame, before.end, candidate.start));
  });
}

/** Whether a complementiser with words after it stands in a phrase: a clause, where a party was looked for. */
function opensClause(lexicon: Lexicon, phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/u);
  return words.some((word, index) => index < words.length - 1 && lexicon.complementisers.has(word));
}

function givesReason(lexicon: Lexicon, phrase: string): boolean {
  return phrase.toLowerCase().split(/\s+/u).some((word) => lexicon.blameReasons.has(word));
}

function onlySpaceBetween(frame: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let at = from; at < to; at += 1) if (!/\s/u.test(frame[at]!)) return false;
  return true;
}

function groupRange(frame: string, match: RegExpMatchArray, name: string, offset: number): { start: number; end: number } | null {
  const indices = match.indices?.groups?.[name];
  if (!indices) return null;
  let from = offset + indices[0];
  let to = offset + indices[1];
  while (from < to && /\s/u.test(frame[from]!)) from += 1;
  while (to > from && /\s/u.test(frame[to - 1]!)) to -= 1;
  return to > from ? { start: from, end: to } : null;
}
