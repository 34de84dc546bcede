import { Discourse, type Entity } from './coreference.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { findMentions, type Mention } from './mentions.js';
import { firstAtOrAfter } from './positions.js';
import type { Quotation } from './quotes.js';
import type { Unit } from './sentences.js';
import { quotationMask, tokenize, type Token } from './tokens.js';

/** A unit's quotations, and those of them that are direct speech (masked in the frame). */
export type Quoted = Readonly<{ quotations: readonly Quotation[]; direct: readonly Quotation[] }>;

/**
 * One sentence being read: its frame (direct quotes masked), tokens and speaker phrases with what they refer to, and
 * what the cues in it look up, found once: every list is in text order, for binary searches.
 */
export type Reading = Readonly<{
  lexicon: Lexicon;
  unit: Unit;
  /** The unit before, when it is in the same paragraph: what "Dat" or "This" opening this one points back to. */
  previous: Unit | null;
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

/** The quotations inside a unit, of `quotations` in text order, and which of them are direct speech. */
export function quotedIn(text: string, quotations: readonly Quotation[], unit: Unit): Quoted {
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
export function lastNonSpace(text: string, from: number, to: number): number {
  let position = to - 1;
  while (position >= from && whitespace.test(text[position]!)) position -= 1;
  return position;
}

export const whitespace = /\s/u;

/** The text with each direct quotation masked, built once, so that cue and speaker rules do not read inside them. */
export function masked(text: string, direct: readonly Quotation[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const quotation of direct) {
    parts.push(text.slice(at, quotation.open), quotationMask.repeat(quotation.end - quotation.open));
    at = quotation.end;
  }
  parts.push(text.slice(at));
  // "Sanne de Wit (Sport) zegt", "Jan Bos (45) zegt": a short aside in brackets stands between a name and its verb.
  return parts.join('').replace(shortAside, (aside) => ' '.repeat(aside.length));
}

const shortAside = /\([^()\n\uE000]{1,30}\)/gu;

/** Reads a unit: its tokens, and its speaker phrases with what each refers to, which the discourse then remembers. */
export function read(lexicon: Lexicon, text: string, frame: string, hedgedIn: Reading['hedgedIn'], unit: Unit, previous: Unit | null, { quotations: inUnit, direct }: Quoted, discourse: Discourse): Reading {
  const tokens = tokenize(frame, unit.start, unit.end);
  discourse.startSentence();
  const sentenceStarts = new Set([tokens[0]?.start ?? unit.start]);
  // A pronoun inside a quote speaks from the speaker's side ("they", "ze"), and a common noun there ("international
  // rules") names no one: only the capitalised names a quote holds are remembered.
  const quotedMentions = direct.flatMap((quotation) => findMentions(lexicon, text, tokenize(text, quotation.content.start, quotation.content.end), new Set([quotation.content.start])))
    .filter((mention) => mention.pronoun === null && /\p{Lu}/u.test(mention.name));
  const frameMentions = findMentions(lexicon, text, tokens, sentenceStarts);
  const quotedOnly = new Set(quotedMentions);
  const ordered = [...frameMentions, ...quotedMentions].sort((first, second) => first.start - second.start);
  const resolved: Array<{ mention: Mention; entity: Entity | null }> = [];
  const entities: Array<Entity | null> = [];
  const unitFrame = frame.slice(unit.start, unit.end);
  const relativeClauses = [...unitFrame.matchAll(relativeClausePattern(lexicon))].map((match) => ({ start: unit.start + match.index, end: unit.start + match.index + match[0].length }));
  // "…, die met zijn zoon naar Zwolle kwam.": a common noun inside a relative clause, up to a comma or the sentence's end,
  // puts no one in view for a pronoun after it.
  const openClauses = [...unitFrame.matchAll(new RegExp(`,\\s*(?:${[...lexicon.relativePronouns].join('|')})(?![\\p{L}])[^,]*`, 'giu'))]
    .map((match) => ({ start: unit.start + match.index, end: unit.start + match.index + match[0].length }));
  const inRelativeClause = (mention: Mention): boolean => !/\p{Lu}/u.test(mention.name) && openClauses.some((clause) => clause.start < mention.start && mention.end <= clause.end);
  let possessorEnd = -1;
  for (const [index, mention] of ordered.entries()) {
    const named = ordered[index - 1];
    // An apposition describes the one just named: "Jevgeni Prigozjin, de baas van de Wagnergroep, …".
    const inApposition = named !== undefined && !named.pronoun && !named.description && !mention.pronoun && isApposition(text, named, mention);
    // "Severn Water, the local supplier, …": a phrase of common nouns in apposition says what the one just named is.
    const commonNouns = !/\p{Lu}/u.test(mention.name);
    const namedEntity = inApposition && resolved.at(-1)?.mention === named ? resolved.at(-1)!.entity : null;
    // "Anna Berg, directeur van de dienst, …": later "de directeur" refers to her.
    if (namedEntity && commonNouns) for (const title of describingWords(mention)) namedEntity.titles.add(title);
    if (namedEntity && commonNouns && mention.kindCertain && mention.kind && !namedEntity.kindCertain) {
      // "Anna Berg, directeur van de dienst, …": a title in the apposition says a person, whatever organisation follows it.
      namedEntity.kind = mention.titles.length > 0 && !mention.unnamed ? 'Person' : mention.kind;
      namedEntity.kindCertain = true;
    }
    const described = inApposition && (mention.description !== null || (commonNouns && mention.kind !== null));
    const entity = (described ? namedEntity : null) ?? resolve(lexicon, mention, tokens, discourse);
    // "Eastfield's captain, Marcus Bell, …": the name in apposition is who the description before it is.
    const describedBefore = named?.description && !mention.pronoun && !mention.description && isApposition(text, named, mention) && resolved.at(-1)?.mention === named;
    if (describedBefore && entity) {
      if (!entity.kindCertain && named.kind) [entity.kind, entity.kindCertain] = [named.kind, true];
      // "Zijn advocaat, Jeroen de Haan, …": later "de advocaat" refers to him.
      for (const title of describingWords(named)) entity.titles.add(title);
      resolved[resolved.length - 1] = { mention: named, entity };
    }
    // A pronoun that refers back to the person who opened its sentence puts no one newer in view.
    if (entity && !(mention.pronoun && discourse.opensSentence(entity)) && !inRelativeClause(mention)) discourse.remember(entity);
    // "Haar buurvrouw Marijke Dekker bevestigt …", "Her deputy, Anna Price, said …": after a possessor that opens the
    // sentence, the one it possesses is the subject.
    const opens = mention.start === tokens[0]?.start || (possessorEnd >= 0 && possessedAfter.test(text.slice(possessorEnd, mention.start)));
    possessorEnd = mention.start === tokens[0]?.start && isPossessor(lexicon, mention, tokens[0]!) ? mention.end : -1;
    if (entity && !quotedOnly.has(mention) && opens && possessorEnd < 0) discourse.openSentenceWith(entity);
    const spokesperson = mention.unnamed && !mention.isGroup && !mention.pronoun ? mention.titles.find((title) => lexicon.spokespersonTitles.has(title)) : undefined;
    if (entity?.kind === 'Organisation' && spokesperson !== undefined) discourse.rememberSpokesperson(entity, lexicon.genderedTitles[spokesperson] ?? null);
    const previous = entities.at(-1);
    // "Jan Bos en Eva Smit", "President Poetin en zijn legertop": two joined by "and" are what a plural after them refers
    // to; not two a preposition governs ("researchers from the University of Bristol and two hospitals").
    const joined = entity !== null && previous && entity !== previous && !entity.members && !previous.members && !named?.isAdjective && !mention.isAdjective
      && named !== undefined && !governedByPreposition(lexicon, tokens, named);
    if (joined && named && !named.pronoun && !mention.pronoun && matchEnd(conjunctionPattern(lexicon), text, named.end) === mention.start) {
      discourse.rememberPair(previous, entity);
    }
    entities.push(entity);
    // "hij" that refers to an organisation refers to its spokesperson, who is not named.
    const throughSpokesperson = mention.pronoun !== null && mention.kind === 'Person' && entity?.kind === 'Organisation';
    if (!quotedOnly.has(mention)) resolved.push({ mention: throughSpokesperson ? { ...mention, unnamed: true } : mention, entity });
  }
  const wordRunStarts: number[] = [];
  tokens.forEach((_, index) => wordRunStarts.push(index > 0 && tokens[index - 1]!.isWord ? wordRunStarts[index - 1]! : index));
  const afterColon = direct.flatMap((quotation) => {
    const colon = lastNonSpace(text, unit.start, quotation.open);
    return text[colon] === ':' ? [{ quotation, colon }] : [];
  });
  const clauseStops = [...unitFrame.matchAll(clauseStop)].map((match) => unit.start + match.index);
  return { lexicon, unit, previous: previous?.paragraph === unit.paragraph ? previous : null, frame, tokens, wordRunStarts, mentions: resolved, quotations: inUnit, direct, afterColon, relativeClauses, clauseStops, hedgedIn };
}

const clauseStop = /[;:]|\uE000/gu;
/** Between a possessor and what it possesses: at most two lowercase words and a comma ("Her deputy, ", "Haar buurvrouw "). */
const possessedAfter = /^(?:\s*\p{Ll}[\p{L}-]*){0,2}\s*,?\s*$/u;

function governedByPreposition(lexicon: Lexicon, tokens: readonly Token[], mention: Mention): boolean {
  const before = tokens[tokenAt(tokens, mention.start) - 1];
  return before !== undefined && lexicon.prepositions.has(before.lower);
}

/** The titles of a description, and the organisation word that heads one ("the regulator" in "Ofgem, the regulator, …"). */
function describingWords(mention: Mention): string[] {
  return mention.description && !mention.description.isTitle ? [...mention.titles, mention.description.head] : [...mention.titles];
}

/**
 * "Her deputy, Anna Price, said …", "Smith's lawyer said …", "Zijn advocaat …": a possessive or a genitive that opens a
 * sentence says whose the subject is; it is not the subject.
 */
function isPossessor(lexicon: Lexicon, mention: Mention, first: Token): boolean {
  return lexicon.possessives.has(first.lower) || lexicon.grammar.genitiveEndings.some((ending) => mention.name.toLowerCase().endsWith(ending));
}

/** ", which …," and ", die …,": a clause inside the sentence whose mentions are not its subject. */
const relativeClauses = new WeakMap<Lexicon, RegExp>();
export function relativeClausePattern(lexicon: Lexicon): RegExp {
  let pattern = relativeClauses.get(lexicon);
  if (!pattern) relativeClauses.set(lexicon, pattern = new RegExp(`,\\s*(?:${[...lexicon.relativePronouns].join('|')})(?![\\p{L}])[^,]*,`, 'giu'));
  return pattern;
}

/**
 * "Dat zegt de minister", "Dat heeft de gemeente bekendgemaakt", "This was confirmed by …": a demonstrative that opens the
 * sentence stands for what the sentence before said, unless it determines the noun after it ("Dit ministerie zegt").
 */
export function opensWithDemonstrative(reading: Reading): boolean {
  const [opening, next] = reading.tokens;
  return opening !== undefined && reading.lexicon.demonstratives.has(opening.lower) && next !== undefined && next.isWord && !reading.lexicon.organisationWords.has(next.lower);
}

/** The demonstrative that opens the sentence is the cue's fronted object: the cue follows it at once, and blames no one. */
export function frontedDemonstrative(reading: Reading, cue: Readonly<{ start: number; target: unknown }>): boolean {
  return opensWithDemonstrative(reading) && reading.tokens[1]!.start === cue.start && !cue.target;
}

/** The first token at or after a position, or undefined. */
export function tokenAt(tokens: readonly Token[], position: number): number {
  return firstAtOrAfter(tokens, position, (token) => token.start);
}

function resolve(lexicon: Lexicon, mention: Mention, tokens: readonly Token[], discourse: Discourse): Entity | null {
  if (mention.pronoun) {
    let index = tokenAt(tokens, mention.end);
    while (tokens[index] && !tokens[index]!.isWord) index += 1;
    const next = tokens[index];
    const ending = lexicon.grammar.pluralVerbEnding;
    const pluralVerb = ending !== null && next !== undefined && next.lower.endsWith(ending);
    return discourse.resolvePronoun(mention.pronoun, pluralVerb);
  }
  if (mention.description) {
    const referred = discourse.resolveDescription(mention.description.head, mention.description.isTitle);
    // A spokesperson of no organisation named speaks for the one in view, or for no one we know.
    return referred ?? (lexicon.spokespersonTitles.has(mention.description.head) ? null : discourse.entityFor(mention));
  }
  return discourse.entityFor(mention);
}

/** Whether `second` stands between commas right after `first`: "first, second, …". */
export function isApposition(text: string, first: Mention, second: Mention): boolean {
  return matchEnd(commaBetween, text, first.end) === second.start && matchEnd(commaAfter, text, second.end) >= 0;
}

const commaBetween = /\s*,\s*/uy;
const commaAfter = /\s*,/uy;

/** Where a sticky pattern's match at a position ends, or -1: a look at one place, never a search onward. */
export function matchEnd(pattern: RegExp, text: string, position: number): number {
  pattern.lastIndex = position;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

const conjunctions = new WeakMap<Lexicon, RegExp>();
/** " and ", " en ": what joins two speakers, as a sticky pattern. */
export function conjunctionPattern(lexicon: Lexicon): RegExp {
  let pattern = conjunctions.get(lexicon);
  if (!pattern) conjunctions.set(lexicon, pattern = new RegExp(`\\s+(?:${[...lexicon.conjunctions].join('|')})\\s+`, 'iuy'));
  return pattern;
}
