import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/database.js';
import { foldDiacritics, literalWordMark, literalWords, skeletonTokens } from '../model/names.js';
import { entitySpellings } from '../model/names.js';
import { entityKinds, type NodeKind } from '../model/kinds.js';
import { type NodeRecord } from '../model/records.js';
import { localizedNamePrefix, nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';

/** A hit; its matched name is worked out when first read (the field, or a tie of scores in the ranking), not for every hit. */
export type SearchHit = Readonly<{ node: NodeRecord; score: number; readonly matchedName: string | null }>;

export type SearchRequest = Readonly<{
  text: string;
  kinds: readonly NodeKind[];
  first: number;
  /** Off: only the literal spelling and its accent-free form match, no transliteration or fuzziness. */
  transliterate: boolean;
  /** The stored keys to read of each node found (null: all). */
  keys?: readonly string[] | null;
  /** Whether each hit's matched name is asked for; otherwise only hits that tie on score read their spellings, to rank them. */
  matchedNames?: boolean;
}>;

/** Long name words may differ by one letter between romanisations ("Bilecki"/"Biletski" after folding). */
const fuzzyFromLength = 5;

/** Hits beyond `first` read so that names a prefix matches equally well can be ranked by how they fit. */
const equalScoresToRank = 20;

/** A word this long or longer, typed last, also matches as the start of a word: "Prigoz" finds "Prigozhin". */
export const prefixFromLength = 2;

/** The last word of a query also as a prefix, so that a search box can suggest while a name is being typed. */
const withPrefix = (words: readonly string[], term: (word: string) => string, prefixes: (word: string) => string) =>
  words.map((word, index) => (index === words.length - 1 && word.length >= prefixFromLength ? `(${term(word)} OR ${prefixes(word)})` : term(word)));

/**
 * Lucene query over the entity_names index: every word must match its skeleton, exactly (preferred) or within one
 * edit; the last may also be the start of a skeleton or of a literal word, as typed so far. One index, one call.
 */
export function transliteratedNameQuery(text: string): string | undefined {
  const tokens = skeletonTokens(text);
  if (tokens.length === 0) return undefined;
  const typedLast = literalWords(text).at(-1);
  const lastPrefixes = (token: string) => [`${token}*`, ...(typedLast ? [`${literalWordMark}${typedLast}*`] : [])].join(' OR ');
  return withPrefix(tokens, (token) => (token.length >= fuzzyFromLength ? `(${token}^2 OR ${token}~1)` : token), lastPrefixes).join(' AND ');
}

/** Lucene query requiring every word, case and accents ignored by the index's folding analyzer; the last may be the start of a word. */
export function literalQuery(text: string): string | undefined {
  return everyWordQuery(text, (word) => word, (word) => `${word}*`);
}

/** Every literal word of the text required, as `term` writes it, the last also as `prefixes` writes its start; none: undefined. */
function everyWordQuery(text: string, term: (word: string) => string, prefixes: (word: string) => string): string | undefined {
  const words = literalWords(text);
  return words.length === 0 ? undefined : withPrefix(words, term, prefixes).join(' AND ');
}

/**
 * The same for statements, their last word's start weighted down: scores of the name and statement indexes meet in one
 * ranking, and a word still being typed ("Prigoz") looks up a name before it finds some statement's word that begins so.
 */
function statementTextQuery(text: string): string | undefined {
  return everyWordQuery(text, (word) => word, (word) => `${word}*^0.1`);
}

/** The same for names, whose last word may also be the start of a word still being typed. */
function literalNameQuery(text: string): string | undefined {
  return everyWordQuery(text, (word) => `${word}^2`, (word) => `${word}*`);
}

/** Entities by any spelling of their names and statements by their words, best matches first. One round trip. */
export async function searchNodes(runner: QueryRunner, request: SearchRequest): Promise<SearchHit[]> {
  const { text, kinds, transliterate } = request;
  const wantsEntities = kinds.some((kind) => (entityKinds as readonly string[]).includes(kind));
  // Transliterating, skeletons find a name across spellings, and marked literal words one still being typed
  // ("Prigoz"), in one index; otherwise the folded spellings alone, literally.
  const nameQuery = wantsEntities ? (transliterate ? transliteratedNameQuery(text) : literalNameQuery(text)) : undefined;
  const statementQuery = kinds.includes('Statement') ? statementTextQuery(text) : undefined;
  const parts = [
    nameQuery && `CALL db.index.fulltext.queryNodes('${transliterate ? 'entity_names' : 'entity_folded_names'}', $nameQuery) YIELD node, score RETURN node, score`,
    statementQuery && `CALL db.index.fulltext.queryNodes('statement_text', $statementQuery) YIELD node, score RETURN node, score`,
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return [];
  // Past the first hits, only those that score as well as the last of them are read: only they may be ranked in. An
  // entity's spellings come as they are stored (its localized names by key), for the matched name, or for the ranking
  // of hits that score alike.
  const rows = await runner.read<{ node: StoredProperties; score: number; spellings: StoredSpellings | null }>(
    `CALL () { ${parts.join(' UNION ALL ')} }
     WITH node, score WHERE any(label IN labels(node) WHERE label IN $kinds)
     ORDER BY score DESC, node.id
     LIMIT $first + $equalScoresToRank
     WITH collect({node: node, score: score}) AS hits
     UNWIND [hit IN hits WHERE hit.score >= coalesce(hits[$first - 1].score, 0.0)] AS hit
     WITH hit.node AS node, hit.score AS score, size([other IN hits WHERE other.score = hit.score]) > 1 AS tied
     RETURN ${nodeProjection('node', request.keys ?? null)} AS node, score,
       CASE WHEN node:Statement OR NOT (tied OR $matchedNames) THEN null ELSE
         {name: node.name, aliases: node.aliases, localized: [key IN keys(node) WHERE key STARTS WITH '${localizedNamePrefix}' | [key, node[key]]]}
       END AS spellings`,
    {
      nameQuery: nameQuery ?? null,
      statementQuery: statementQuery ?? null,
      kinds,
      first: neo4j.int(request.first),
      equalScoresToRank: neo4j.int(equalScoresToRank),
      matchedNames: request.matchedNames ?? true,
    },
  );
  const query = foldedQuery(text);
  const hits = rows.map((row) => searchHit(toNodeRecord(row.node), row.score, row.spellings, query, transliterate));
  return hits.sort(byScoreThenFit(query)).slice(0, request.first);
}

/** The query's words as matchedName and the ranking compare them, folded once per search. */
type FoldedQuery = Readonly<{ words: readonly string[]; skeletons: readonly string[]; typed: string }>;

function foldedQuery(text: string): FoldedQuery {
  const words = literalWords(text);
  return { words, skeletons: skeletonTokens(text), typed: words.join(' ') };
}

type StoredSpellings = Readonly<{ name: string | null; aliases: readonly string[] | null; localized: readonly (readonly [string, string])[] }>;

function searchHit(node: NodeRecord, score: number, stored: StoredSpellings | null, query: FoldedQuery, transliterate: boolean): SearchHit {
  let matched: string | null | undefined;
  return {
    node,
    score,
    get matchedName() {
      if (stored === null && 'name' in node) throw new Error(`The spellings of ${node.id} were not read, yet its matched name was.`);
      matched ??= stored && matchedName(spellingsOf(stored, node.id), query, transliterate);
      return matched;
    },
  };
}

/** The spellings as entitySpellings orders them: the name, the localized names by language, the aliases. */
function spellingsOf({ name, aliases, localized }: StoredSpellings, id: string): string[] {
  const names = [...localized].sort(([left], [right]) => left.localeCompare(right)).map(([, spelling]) => ({ language: '', name: spelling }));
  return entitySpellings({ name: name ?? id, names, aliases: aliases ?? [] });
}

/**
 * A word typed so far matches every name with a word that begins so equally well ("Bakh": Bakhmut and "defenders of
 * Bakhmut"); of equal scores, a name that begins as typed comes first, then the shorter one.
 */
function byScoreThenFit({ typed }: FoldedQuery) {
  const fits = new Map<SearchHit, number>();
  const fit = (hit: SearchHit) => {
    let known = fits.get(hit);
    if (known === undefined) fits.set(hit, (known = hit.matchedName && foldDiacritics(hit.matchedName).startsWith(typed) ? 1 : 0));
    return known;
  };
  return (left: SearchHit, right: SearchHit) =>
    right.score - left.score ||
    fit(right) - fit(left) ||
    (left.matchedName?.length ?? Infinity) - (right.matchedName?.length ?? Infinity) ||
    left.node.id.localeCompare(right.node.id);
}

/**
 * Which of an entity's spellings (canonical name first) the query matched: the one sharing the most words with it (as skeletons
 * when transliterating), a word spelled exactly as typed beating a transliterated or near one, and
 * a spelling with fewer other words beating a longer one.
 */
export function matchedName(spellings: readonly string[], query: FoldedQuery, transliterate: boolean): string {
  const typedLast = query.words.at(-1) ?? '';
  const score = (spelling: string) => {
    const { words: spellingWords, skeletons: spellingSkeletons } = foldedSpelling(spelling);
    const literal = query.words.filter((word) => spellingWords.includes(word)).length;
    const transliterated = transliterate
      ? query.skeletons.filter((word) => spellingSkeletons.some((candidate) => withinOneEdit(word, candidate))).length
      : 0;
    const begun = typedLast.length >= prefixFromLength && spellingWords.some((word) => word !== typedLast && word.startsWith(typedLast)) ? 1 : 0;
    return 2 * literal + transliterated + begun - spellingWords.length / 100;
  };
  let best = { spelling: spellings[0]!, score: score(spellings[0]!) };
  for (const spelling of spellings.slice(1)) {
    const candidate = { spelling, score: score(spelling) };
    if (candidate.score > best.score) best = candidate;
  }
  return best.spelling;
}

/**
 * Spellings folded lately, by spelling: a search ranks each of its hits by every spelling of its name, and folding
 * them was most of a search's CPU, mostly the same popular names again as the words typed grow. Bounded: the oldest
 * goes first.
 */
const foldedSpellings = new Map<string, Readonly<{ words: readonly string[]; skeletons: readonly string[] }>>();
const foldedSpellingsKept = 10_000;

function foldedSpelling(spelling: string) {
  let folded = foldedSpellings.get(spelling);
  if (folded === undefined) {
    if (foldedSpellings.size >= foldedSpellingsKept) foldedSpellings.delete(foldedSpellings.keys().next().value!);
    foldedSpellings.set(spelling, (folded = { words: literalWords(spelling), skeletons: skeletonTokens(spelling) }));
  }
  return folded;
}

function withinOneEdit(left: string, right: string): boolean {
  if (Math.abs(left.length - right.length) > 1) return false;
  let index = 0;
  while (index < left.length && left[index] === right[index]) index += 1;
  const rest = (skipLeft: number, skipRight: number) => left.slice(index + skipLeft) === right.slice(index + skipRight);
  return left === right || rest(1, 1) || rest(1, 0) || rest(0, 1);
}
