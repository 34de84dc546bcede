import neo4j from 'neo4j-driver';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { QueryRunner } from '../db/database.js';
import type { SourceRecord } from '../model/records.js';
import { firstHit, type Snippet, snippetAround, type TextHit } from '../model/text-hits.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';
import { literalWords } from '../model/names.js';
import { literalQuery, prefixFromLength } from './search.js';

/** A source whose text holds the words searched for, where they stand, and the stretch of text around them. */
export type SourceHit = Readonly<{ source: SourceRecord; score: number; hit: TextHit; snippet: Snippet }>;

/**
 * Sources whose full text holds every word of the query (the last also as the start of a word), best first; one round
 * trip. Each is answered with the first place the words stand together, else the first of them, found in its text.
 * Undefined when the query holds no word to look for. `keys` are the source's stored keys the fields asked for declare
 * (null: all); its text is read either way, to find the words in it.
 */
export async function searchSources(
  runner: QueryRunner,
  text: string,
  first: number,
  keys: readonly string[] | null = null,
): Promise<SourceHit[] | undefined> {
  const query = literalQuery(text);
  if (query === undefined) return undefined;
  const rows = await runner.read<{ source: StoredProperties; score: number }>(
    `CALL db.index.fulltext.queryNodes('source_text', $query, {limit: $first}) YIELD node, score
     RETURN ${nodeProjection('node', keys === null ? null : [...keys, 'text'])} AS source, score
     ORDER BY score DESC, node.id`,
    { query, first: neo4j.int(first) },
  );
  const words = literalWords(text);
  const lastIsPrefix = (words.at(-1)?.length ?? 0) >= prefixFromLength;
  const hits: SourceHit[] = [];
  for (const row of rows) {
    const source = toNodeRecord(row.source) as SourceRecord;
    const hit = firstHit(source.text, words, lastIsPrefix) ?? { start: 0, end: 0 };
    hits.push({ source, score: row.score, hit, snippet: snippetAround(source.text, hit) });
    // A source's text may be long: each is read in a turn of its own, so that other requests are answered between them.
    await nextTurn();
  }
  return hits;
}
