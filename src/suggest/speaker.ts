import type { Cue } from './cues.js';
import type { Entity } from './coreference.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { isDocumentNoun, isPronoun, readMention, type Mention, type SpeakerKind } from './mentions.js';
import { firstAtOrAfter } from './positions.js';
import { conjunctionPattern, frontedDemonstrative, isApposition, lastNonSpace, matchEnd, tokenAt, whitespace, type Reading } from './reading.js';
import { spanOf, spansOverlap, type TextSpan } from './spans.js';
import { lastWordOf, quotationMask } from './tokens.js';

/*
 * The speaker's mention: which phrase of the sentence says who speaks, for a cue. A verb's subject stands before it, or
 * after it where the clause is inverted; "according to" names its source after it; a passive names it after "by".
 */

export type Speaker = Readonly<{
  name: string;
  span: TextSpan;
  kind: SpeakerKind;
  /** Whether words said the kind, rather than the shape of the name alone. */
  kindCertain: boolean;
  viaReference: boolean;
  unnamed: boolean;
}>;

export type FoundSpeaker = Readonly<{ mention: Mention; entity: Entity | null; index: number }>;

/**
 * How the words before a cue verb read it: "the claims" is a noun, not a cue; "would write" only what may be said;
 * "was denied (by X)" and "werd door X ontkend" are passives, whose speaker is their agent, when they name one.
 */
export type CueVoice = Readonly<{ voice: 'active' }> | Readonly<{ voice: 'noun' }> | Readonly<{ voice: 'modal' }>
  | Readonly<{ voice: 'passive'; agent: FoundSpeaker | null; subjectStart: number; subjectEnd: number; blamesSubject: boolean }>;

export function voiceOf(reading: Reading, cue: Cue): CueVoice {
  if (cue.form !== 'verb') return { voice: 'active' };
  const { tokens, lexicon } = reading;
  const cueToken = tokenAt(tokens, cue.start);
  const before = tokens[cueToken - 1];
  if (!before || !before.isWord) return { voice: 'active' };
  // "Dat schrijft de minister": in a verb-second language a demonstrative that opens the sentence is the fronted object.
  const frontedObject = lexicon.grammar.verbSecond && frontedDemonstrative(reading, cue);
  // "the claims", "their reports", "230 reports": after a determiner, a possessive or a number, a cue word is a noun.
  const determined = lexicon.determiners.has(before.lower) || lexicon.possessives.has(before.lower) || lexicon.numerals.has(before.lower) || /^\p{N}/u.test(before.text);
  if (determined && !cue.targetFirst && !frontedObject) return { voice: 'noun' };
  if (lexicon.modals.has(before.lower)) return { voice: 'modal' };
  // "werd woensdag ontkend door", "was strongly denied by": one word may stand between the auxiliary and a participle
  // whose agent follows.
  const agentFollows = lexicon.agentPrepositions.has(tokens[tokenAt(tokens, cue.end)]?.lower ?? '');
  const auxiliaryBefore = lexicon.passiveAuxiliaries.has(before.lower) ? before
    : agentFollows && tokens[cueToken - 2]?.isWord && lexicon.passiveAuxiliaries.has(tokens[cueToken - 2]!.lower) ? tokens[cueToken - 2]! : null;
  if (auxiliaryBefore) {
    const preposition = tokens[tokenAt(tokens, cue.end)];
    const agent = preposition && lexicon.agentPrepositions.has(preposition.lower) ? mentionAt(reading, tokenAt(tokens, preposition.end)) : null;
    return { voice: 'passive', agent, subjectStart: reading.unit.start, subjectEnd: auxiliaryBefore.start, blamesSubject: agent !== null && givesBlameReason(reading, agent.mention.end) };
  }
  // "werd door het ministerie ontkend": the agent between the auxiliary and the participle.
  const agent = lastCandidateBefore(reading, cue.start);
  if (lexicon.grammar.verbSecond && passiveAuxiliaryAfter(reading, cue)) {
    // "dat het bestuur gewaarschuwd moest worden", "dat het door de minister ontkend is": a participle before the passive's
    // auxiliary, at the end of a clause; its agent, if any, after "door" right before it.
    const agentToken = agent ? tokenAt(tokens, agent.mention.start) : -1;
    const byAgent = agent && lastNonSpace(reading.frame, agent.mention.end, cue.start) < agent.mention.end && lexicon.agentPrepositions.has(tokens[agentToken - 1]?.lower ?? '');
    // The auxiliary after the participle puts it in a clause of its own: its subject starts after "dat".
    const complementiser = tokens.slice(0, tokenAt(tokens, cue.start)).filter((token) => lexicon.complementisers.has(token.lower)).at(-1);
    const subjectEnd = byAgent ? tokens[agentToken - 1]!.start : cue.start;
    return { voice: 'passive', agent: byAgent ? agent : null, subjectStart: complementiser?.end ?? reading.unit.start, subjectEnd, blamesSubject: false };
  }
  if (agent && lastNonSpace(reading.frame, agent.mention.end, cue.start) < agent.mention.end) {
    const agentToken = tokenAt(tokens, agent.mention.start);
    const preposition = tokens[agentToken - 1];
    const auxiliary = tokens[agentToken - 2];
    if (preposition && lexicon.agentPrepositions.has(preposition.lower) && auxiliary && lexicon.passiveAuxiliaries.has(auxiliary.lower)) {
      return { voice: 'passive', agent, subjectStart: reading.unit.start, subjectEnd: auxiliary.start, blamesSubject: false };
    }
  }
  return { voice: 'active' };
}

/** Whether a passive auxiliary follows a cue of one word, perhaps after a modal: "gewaarschuwd (moest) worden". */
function passiveAuxiliaryAfter(reading: Reading, cue: Cue): boolean {
  const { tokens, lexicon } = reading;
  const first = tokenAt(tokens, cue.start);
  if (tokens[first]?.end !== cue.end) return false;
  let next = first + 1;
  if (tokens[next] && lexicon.modals.has(tokens[next]!.lower)) next += 1;
  return tokens[next] !== undefined && lexicon.passiveAuxiliaries.has(tokens[next]!.lower);
}

/** "was criticised by the judge for …": a reason for blame follows the agent, and the subject is who is blamed. */
function givesBlameReason(reading: Reading, position: number): boolean {
  const next = reading.tokens[tokenAt(reading.tokens, position)];
  return next !== undefined && reading.lexicon.blameReasons.has(next.lower);
}

/**
 * The mention that starts at a token, read afresh if the left-to-right reading started a phrase elsewhere; or a name after
 * up to two lowercase words that say what the person is ("zegt pendelaar Lotte Jacobs", "according to opposition leader X").
 */
function mentionAt(reading: Reading, index: number): FoundSpeaker | null {
  const found = mentionStartingAt(reading, index);
  if (found) return found;
  const { tokens, lexicon } = reading;
  for (let role = index; role < index + 2; role += 1) {
    const word = tokens[role];
    if (!word || !word.isWord || word.isCapitalised || lexicon.phraseStops.has(word.lower) || lexicon.phraseConnectors.has(word.lower) || isPronoun(lexicon, word.lower)) return null;
    const next = tokens[role + 1];
    if (next?.isCapitalised) {
      const named = mentionStartingAt(reading, role + 1);
      if (!named || named.mention.pronoun || named.mention.description || named.mention.isAdjective) return null;
      // A role noun says the name is a person's, unless the name says it is an organisation's.
      return named.mention.kind === 'Organisation' && named.mention.kindCertain ? named : { ...named, mention: { ...named.mention, kind: 'Person', kindCertain: true } };
    }
  }
  return null;
}

function mentionStartingAt(reading: Reading, index: number): FoundSpeaker | null {
  const { mentions, tokens } = reading;
  const next = tokens[index];
  if (!next) return null;
  const at = firstAtOrAfter(mentions, next.start, (entry) => entry.mention.start);
  if (mentions[at]?.mention.start === next.start) return { ...mentions[at]!, index: at };
  const fresh = readMention(reading.lexicon, reading.frame, tokens, index, false);
  if (!fresh) return null;
  const overlapping = firstAtOrAfter(mentions, fresh.mention.start + 1, (entry) => entry.mention.end);
  return mentions[overlapping] && spansOverlap(mentions[overlapping]!.mention, fresh.mention) ? { ...mentions[overlapping]!, index: overlapping } : null;
}

/**
 * "Jevgeni Prigozjin, de baas van de Wagnergroep, zegt …": the speaker is the one named, not the apposition that describes
 * them; nor a name inside it ("David Orr, a statistician at the University of Leeds, warned …"), which says where they work.
 */
export function namedBeforeApposition(text: string, reading: Reading, found: FoundSpeaker): FoundSpeaker {
  const previous = reading.mentions[found.index - 1];
  if (!previous || previous.mention.pronoun || previous.mention.description) return found;
  const named = isApposition(text, previous.mention, found.mention) || insideDescribingApposition(text, previous.mention, found.mention);
  return named ? { ...previous, index: found.index - 1 } : found;
}

/** Whether `inner` closes an apposition of common nouns that opens right after `named`: "named, a … at inner, …". */
function insideDescribingApposition(text: string, named: Mention, inner: Mention): boolean {
  if (inner.start - named.end > maxDescriptionLength) return false;
  return describingOpening.test(text.slice(named.end, inner.start)) && matchEnd(commaAfter, text, inner.end) >= 0;
}

/** ", a statistician at the ", ", die voorzitter is van het ": a comma, then lowercase words and no clause mark. */
const describingOpening = /^\s*,\s*\p{Ll}[^,;:.!?\n\uE000]*$/u;
const maxDescriptionLength = 80;
const commaAfter = /\s*,/uy;

export function findSpeaker(reading: Reading, cue: Cue): FoundSpeaker | null {
  const { mentions, tokens, lexicon } = reading;
  const entryAt = (index: number): FoundSpeaker | null => (mentions[index] ? { ...mentions[index]!, index } : null);
  if (cue.speakerRange) {
    const range = cue.speakerRange;
    // The name must lie in the slot; the phrase may start before it ("Dat maakte VGZ bekend" reads "Dat maakte VGZ").
    const index = firstAtOrAfter(mentions, range.start + 1, (entry) => entry.mention.end);
    const mention = mentions[index]?.mention;
    // "laat in een reactie aan de NOS weten": a phrase a preposition governs in the slot is where or to whom it was said;
    // one a connector governs is whose ("krijgt van de gemeente de schuld", "blijkt uit cijfers van het CBS").
    const before = tokens[tokenAt(tokens, mention?.start ?? range.start) - 1]?.lower ?? '';
    const governed = lexicon.prepositions.has(before) && !lexicon.phraseConnectors.has(before);
    if (mention && !governed && mention.nameStart >= range.start && mention.nameEnd <= range.end) {
      // "blijkt uit cijfers van het CBS": a finding is its author's; a document no one is named for is no one's.
      const found = entryAt(index)!;
      return isDocumentNoun(lexicon, lastWordOf(mention.name)) ? authorOf(reading, found) : found;
    }
    // "Hoekstra liet dinsdag weten": a slot that names no one holds an adverb; the subject stands before the verb.
  }
  const afterCue = (): FoundSpeaker | null => mentionAt(reading, tokenAt(tokens, cue.end));
  if (cue.form === 'sourceBefore' || cue.form === 'sourceAfter') {
    const source = afterCue();
    const author = source && authorOf(reading, source);
    if (author) return author;
    // "Volgens Jan Bos en Eva Smit …": the last of the sources a conjunction joins, which `expandConjunction` reads back from.
    const next = source && mentions[source.index + 1];
    const joined = next && !next.mention.pronoun && !next.mention.isAdjective && matchEnd(conjunctionPattern(lexicon), reading.frame, source.mention.end) === next.mention.start;
    return joined ? { ...next, index: source.index + 1 } : source;
  }

  const firstFromCue = tokenAt(tokens, cue.start);
  const cueToken = firstFromCue < tokens.length ? firstFromCue : -1;
  const clauseStart = cueToken > 0 ? reading.wordRunStarts[cueToken]! : cueToken;
  const clauseLength = cueToken - clauseStart;
  const lastBefore = clauseLength > 0 ? tokens[cueToken - 1] : undefined;
  const participle = lexicon.grammar.participleEnding;
  const isParticiple = participle !== null && (tokens[cueToken]?.lower ?? '').endsWith(participle) && clauseLength === 0;
  if ((lastBefore && lexicon.clauseConjunctions.has(lastBefore.lower)) || isParticiple) {
    return entryAt(0);
  }
  // A relative pronoun needs its antecedent before it: a demonstrative that opens the sentence ("Dat zegt …") is none,
  // but what was said. A blame says what it is for in words of its own, so there the demonstrative is no statement.
  if (lastBefore && clauseLength === 1 && !frontedDemonstrative(reading, cue) && lexicon.relativePronouns.has(lastBefore.lower)) {
    // "Colin Hart, who said …": the relative pronoun's antecedent speaks.
    return lastCandidateBefore(reading, lastBefore.start);
  }
  const verbSecond = lexicon.grammar.verbSecond;
  // "…, said the minister": outside verb-second languages only a verb that says or confirms is inverted, never "…, defended the official".
  const inverted = (clauseLength === 0 && (verbSecond || cue.kind === 'CLAIMS' || cue.kind === 'CONFIRMS')) || (verbSecond && lexicon.adverbialStarts.has(tokens[clauseStart]!.lower));
  if (inverted) {
    // "Na overleg geeft de bond de gemeente de schuld": the subject after the verb opens the blame's slot, before whom it blames.
    const inSlot = verbSecond && cue.target && !cue.targetFirst ? subjectInTargetSlot(reading, cue.target) : null;
    if (inSlot) return inSlot;
    const found = afterCue();
    if (found && (verbSecond || endsClause(reading, found.mention.end))) return namedAfterClosingApposition(reading, found);
  }
  const clauseStartPosition = tokens[clauseStart]?.start ?? reading.unit.start;
  // "with residents warning that …": a participle's subject may be a preposition's object.
  const finite = participle === null || !(tokens[cueToken]?.lower ?? '').endsWith(participle);
  const candidate = finite ? subjectBefore(reading, cue.start) : lastCandidateBefore(reading, cue.start);
  if (candidate && candidate.mention.start >= clauseStartPosition) return candidate;
  if (verbSecond && !inverted) {
    const found = afterCue();
    if (found) return found;
  }
  if (!candidate) return null;
  const between = reading.frame.slice(candidate.mention.end, cue.start);
  return isAtMostTwoCommaClauses(between) && !between.includes(quotationMask) ? candidate : null;
}

/**
 * "according to a report published on Thursday by HM Inspectorate", "volgens een rapport van de inspectie": a document's
 * author, named after an agent preposition or a connector before the clause ends, is who speaks through it.
 */
function authorOf(reading: Reading, source: FoundSpeaker): FoundSpeaker | null {
  const { mentions, tokens, lexicon, frame } = reading;
  const words = source.mention.name.toLowerCase().split(/\s+/u);
  if (source.mention.pronoun || !isDocumentNoun(lexicon, words.at(-1)!)) return null;
  const clauseEnd = frame.indexOf(',', source.mention.end);
  for (let index = source.index + 1; mentions[index] && (clauseEnd < 0 || mentions[index]!.mention.start < clauseEnd); index += 1) {
    const { mention } = mentions[index]!;
    const before = tokens[tokenAt(tokens, mention.start) - 1]?.lower ?? '';
    const byAuthor = lexicon.agentPrepositions.has(before) || lexicon.phraseConnectors.has(before);
    if (byAuthor && !mention.pronoun && !mention.isAdjective && mention.kind !== null) return { ...mentions[index]!, index };
  }
  return null;
}

/** The first of two or more mentions in a blame's slot, when it opens the slot: the inverted subject. */
function subjectInTargetSlot(reading: Reading, slot: Readonly<{ start: number; end: number }>): FoundSpeaker | null {
  const { mentions } = reading;
  const index = firstAtOrAfter(mentions, slot.start, (entry) => entry.mention.start);
  const first = mentions[index];
  const second = mentions[index + 1];
  if (!first || first.mention.start !== slot.start || first.mention.isAdjective || !second || second.mention.end > slot.end) return null;
  return { ...first, index };
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

/**
 * The last candidate before a position that is not the object of a preposition: "Minister Rutger Blom heeft tegen de NOS
 * gezegd", "The mayor, in an interview with the BBC, said": a phrase a preposition governs is never the subject of a finite verb.
 */
function subjectBefore(reading: Reading, position: number): FoundSpeaker | null {
  const { tokens, lexicon } = reading;
  let candidate = lastCandidateBefore(reading, position);
  for (let skipped = 0; candidate && skipped < maxPrepositionalPhrases; skipped += 1) {
    const before = tokens[tokenAt(tokens, candidate.mention.start) - 1];
    if (!before || !lexicon.prepositions.has(before.lower)) return candidate;
    candidate = lastCandidateBefore(reading, candidate.mention.start);
  }
  return null;
}

/** Prepositional phrases looked past between a subject and its verb: a bound, so that a cue costs a bounded number of looks. */
const maxPrepositionalPhrases = 3;

/**
 * Spaces and commas, then at most two clauses that a comma ends each: "Two engineers who work on the ships, speaking on
 * condition of anonymity, said". Read once from the start, without backtracking.
 */
function isAtMostTwoCommaClauses(value: string): boolean {
  let first = 0;
  while (first < value.length && (value[first] === ',' || whitespace.test(value[first]!))) first += 1;
  if (first === value.length) return true;
  const comma = value.indexOf(',', first);
  if (comma < 0) return false;
  if (lastNonSpace(value, comma + 1, value.length) === comma) return true;
  const second = value.indexOf(',', comma + 1);
  return second >= 0 && lastNonSpace(value, second + 1, value.length) === second;
}

/**
 * "…, said the council's leader, Colin Hart.", "…, zei de leider van de raad, Colin Hart.": a description of common nouns
 * after an inverted cue, and a name in apposition after it that closes the clause, which says who the description is.
 */
function namedAfterClosingApposition(reading: Reading, found: FoundSpeaker): FoundSpeaker {
  const { mention } = found;
  if (mention.pronoun || (mention.description === null && /\p{Lu}/u.test(mention.name))) return found;
  const next = reading.mentions[found.index + 1];
  if (!next || next.mention.pronoun || next.mention.description || next.mention.isAdjective || !/\p{Lu}/u.test(next.mention.name)) return found;
  if (matchEnd(commaBetween, reading.frame, mention.end) !== next.mention.start || !endsClause(reading, next.mention.end)) return found;
  return { ...next, index: found.index + 1 };
}

const commaBetween = /\s*,\s*/uy;

function endsClause(reading: Reading, position: number): boolean {
  const { frame, unit } = reading;
  let next = position;
  while (next < unit.end && whitespace.test(frame[next]!)) next += 1;
  return next >= unit.end || ',.;:!?\uE000'.includes(frame[next]!);
}

export function expandConjunction(text: string, reading: Reading, found: FoundSpeaker): FoundSpeaker[] {
  const previous = reading.mentions[found.index - 1];
  if (!previous) return [found];
  if (matchEnd(conjunctionPattern(reading.lexicon), reading.frame, previous.mention.end) !== found.mention.start) return [found];
  if (previous.mention.isAdjective && found.mention.isGroup) {
    const start = previous.mention.nameStart;
    const merged: Mention = { ...found.mention, start: previous.mention.start, name: text.slice(start, found.mention.nameEnd), nameStart: start };
    return [{ ...found, mention: merged }];
  }
  if (previous.mention.isAdjective || previous.mention.pronoun) return [found];
  return [{ ...previous, index: found.index - 1 }, found];
}

/** The speaker a mention names: itself, what a pronoun or description refers to, or each of two a plural refers to. */
export function toSpeakers(text: string, lexicon: Lexicon, found: FoundSpeaker): Speaker[] {
  const { mention, entity } = found;
  if (mention.pronoun || mention.description) {
    if (!entity) return [];
    if (mention.description && entity.name === mention.name) {
      return [{ name: bareName(lexicon, mention.name), span: spanOf(text, mention.nameStart, mention.nameEnd), kind: mention.kind, kindCertain: mention.kindCertain, viaReference: false, unnamed: mention.unnamed }];
    }
    const referred = entity.members ?? [entity];
    // A description that refers to a person named before ("de woordvoerder" after "woordvoerder Lisa Bos") names them.
    return referred.map((one) => ({
      name: one.name, span: spanOf(text, one.nameStart, one.nameEnd), kind: one.kind, kindCertain: one.kindCertain, viaReference: true,
      unnamed: mention.unnamed && !(mention.description && one.kind === 'Person'),
    }));
  }
  const bare = bareName(lexicon, mention.name);
  const offset = mention.name.length - bare.length;
  const kind = entity?.kind ?? mention.kind;
  const kindCertain = mention.kindCertain || (entity !== null && entity.kindCertain && entity.kind === kind);
  // "De Vries ontkent" after "Anna de Vries": a surname names the person named in full before.
  const fullName = entity?.kind === 'Person' && entity.name.toLowerCase().endsWith(` ${bare.toLowerCase()}`) ? entity.name : bare;
  return [{ name: fullName, span: spanOf(text, mention.nameStart + offset, mention.nameEnd), kind, kindCertain, viaReference: false, unnamed: mention.unnamed }];
}

/** A name without the article, numeral or possessive before it: "the ministry" is "ministry". */
export function bareName(lexicon: Lexicon, name: string): string {
  const space = name.search(/\s/u);
  if (space < 0) return name;
  const first = name.slice(0, space).toLowerCase();
  const leading = lexicon.determiners.has(first) || lexicon.numerals.has(first) || lexicon.possessives.has(first);
  return leading ? name.slice(space).trimStart() : name;
}
