import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/database.js';
import { foldDiacritics, skeletonTokens } from '../model/names.js';
import { entitySpellings } from '../model/names.js';
import { entityKinds, type NodeKind } from '../model/kinds.js';
import { type EntityRecord, type NodeRecord } from '../model/records.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';

export type SearchHit = Readonly<{ node: NodeRecord; score: number; matchedName: string | null }>;

export type SearchRequest = Readonly<{
  text: string;
  kinds: readonly NodeKind[];
  first: number;
  /** Off: only the literal spelling and its accent-free form match, no transliteration or fuzziness. */
  transliterate: boolean;
}>;

/** Long name words may differ by one letter between romanisations ("Bilecki"/"Biletski" after folding). */
const fuzzyFromLength = 5;

/** Hits beyond `first` read so that names a prefix matches equally well can be ranked by how they fit. */
const equalScoresToRank = 20;

/** A word this long or longer, typed last, also matches as the start of a word: "Prigoz" finds "Prigozhin". */
export const prefixFromLength = 2;

/** The last word of a query also as a prefix, so that a search box can suggest while a name is being typed. */
const withPrefix = (words: readonly string[], term: (word: string) => string) =>
  words.map((word, index) => (index === words.length - 1 && word.length >= prefixFromLength ? `(${term(word)} OR ${word}*)` : term(word)));

/** Lucene query over name skeletons: every word must match, exactly (preferred) or within one edit; the last may be a prefix. */
export function transliteratedNameQuery(text: string): string | undefined {
  const tokens = skeletonTokens(text);
  if (tokens.length === 0) return undefined;
  return withPrefix(tokens, (token) => (token.length >= fuzzyFromLength ? `(${token}^2 OR ${token}~1)` : token)).join(' AND ');
}

/** Words without accents, in lower case: what the folding analyzers index, and safe in a Lucene query. */
export function foldedWords(text: string): string[] {
  return foldDiacritics(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Lucene query requiring every word, case and accents ignored by the index's folding analyzer; the last may be the start of a word. */
export function literalQuery(text: string): string | undefined {
  const words = foldedWords(text);
  return words.length === 0 ? undefined : withPrefix(words, (word) => word).join(' AND ');
}

/** The same for names, whose last word may also be the start of a word still being typed. */
function literalNameQuery(text: string): string | undefined {
  const words = foldedWords(text);
  return words.length === 0 ? undefined : withPrefix(words, (word) => `${word}^2`).join(' AND ');
}

/** Entities by any spelling of their names and statements by their words, best matches first. One round trip. */
export async function searchNodes(runner: QueryRunner, request: SearchRequest): Promise<SearchHit[]> {
  const { text, kinds, transliterate } = request;
  const wantsEntities = kinds.some((kind) => (entityKinds as readonly string[]).includes(kind));
  // Skeletons find a name across transliterations; its folded spellings find one still being typed ("Prigoz").
  const skeletonQuery = wantsEntities && transliterate ? transliteratedNameQuery(text) : undefined;
  const spellingQuery = wantsEntities ? literalNameQuery(text) : undefined;
  const statementQuery = kinds.includes('Statement') ? literalQuery(text) : undefined;
  const parts = [
    skeletonQuery && `CALL db.index.fulltext.queryNodes('entity_names', $skeletonQuery) YIELD node, score RETURN node, score`,
    spellingQuery && `CALL db.index.fulltext.queryNodes('entity_folded_names', $spellingQuery) YIELD node, score RETURN node, score`,
    statementQuery && `CALL db.index.fulltext.queryNodes('statement_text', $statementQuery) YIELD node, score RETURN node, score`,
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return [];
  const rows = await runner.read<{ node: StoredProperties; score: number }>(
    `CALL () { ${parts.join(' UNION ALL ')} }
     WITH node, max(score) AS score WHERE any(label IN labels(node) WHERE label IN $kinds)
     RETURN ${nodeProjection('node')} AS node, score
     ORDER BY score DESC, node.id
     LIMIT $first + $equalScoresToRank`,
    {
      skeletonQuery: skeletonQuery ?? null,
      spellingQuery: spellingQuery ?? null,
      statementQuery: statementQuery ?? null,
      kinds,
      first: neo4j.int(request.first),
      equalScoresToRank: neo4j.int(equalScoresToRank),
    },
  );
  const hits = rows.map((row) => {
    const node = toNodeRecord(row.node);
    return { node, score: row.score, matchedName: 'name' in node ? matchedName(node, text, transliterate) : null };
  });
  return hits.sort(byScoreThenFit(text)).slice(0, request.first);
}

/**
 * A word typed so far matches every name with a word that begins so equally well ("Bakh": Bakhmut and "defenders of
 * Bakhmut"); of equal scores, a name that begins as typed comes first, then the shorter one.
 */
function byScoreThenFit(text: string) {
  const typed = foldedWords(text).join(' ');
  const fit = (hit: SearchHit) => (hit.matchedName && foldDiacritics(hit.matchedName).startsWith(typed) ? 1 : 0);
  return (left: SearchHit, right: SearchHit) =>
    right.score - left.score ||
    fit(right) - fit(left) ||
    (left.matchedName?.length ?? Infinity) - (right.matchedName?.length ?? Infinity) ||
    left.node.id.localeCompare(right.node.id);
}

/**
 * Which of an entity's spellings the query matched: the one sharing the most words with it (as skeletons
 * when transliterating), a word spelled exactly as typed beating a transliterated or near one, and
 * a spelling with fewer other words beating a longer one.
 */
export function matchedName(entity: EntityRecord, query: string, transliterate: boolean): string {
  const spellings = entitySpellings(entity);
  const queryWords = foldedWords(query);
  const querySkeletons = skeletonTokens(query);
  const typedLast = queryWords.at(-1) ?? '';
  const score = (spelling: string) => {
    const spellingWords = foldedWords(spelling);
    const spellingSkeletons = skeletonTokens(spelling);
    const literal = queryWords.filter((word) => spellingWords.includes(word)).length;
    const transliterated = transliterate
      ? querySkeletons.filter((word) => spellingSkeletons.some((candidate) => withinOneEdit(word, candidate))).length
      : 0;
    const begun = typedLast.length >= prefixFromLength && spellingWords.some((word) => word !== typedLast && word.startsWith(typedLast)) ? 1 : 0;
    return 2 * literal + transliterated + begun - spellingWords.length / 100;
  };
  let best = { spelling: entity.name, score: score(entity.name) };
  for (const spelling of spellings) {
    const candidate = { spelling, score: score(spelling) };
    if (candidate.score > best.score) best = candidate;
  }
  return best.spelling;
}

function withinOneEdit(left: string, right: string): boolean {
  if (Math.abs(left.length - right.length) > 1) return false;
  let index = 0;
  while (index < left.length && left[index] === right[index]) index += 1;
  const rest = (skipLeft: number, skipRight: number) => left.slice(index + skipLeft) === right.slice(index + skipRight);
  return left === right || rest(1, 1) || rest(1, 0) || rest(0, 1);
}
