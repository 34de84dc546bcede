import type { WriteTransaction } from '../db/database.js';
import type { RelationshipType } from '../model/kinds.js';

/** The relationships whose quote must be found in a source of their statement: what an actor said of it. */
export const quotedTypes: readonly RelationshipType[] = ['CLAIMS', 'CONFIRMS', 'DISPUTES'];

/**
 * Finds each relationship's quote in the text of a source that reports its statement (the first such source by id)
 * and stores where: `quoteSourceId`, `quoteStart`, `quoteEnd` (UTF-16 offsets, as source quotes count them). Returns
 * the ids whose quote no such source holds; a relationship without a quote has no location.
 */
export async function locateQuotes(transaction: WriteTransaction, type: RelationshipType, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0 || !quotedTypes.includes(type)) return [];
  const rows = await transaction.run<{ id: string; lost: boolean }>(
    `UNWIND $ids AS id
     MATCH ()-[r:${type} {id: id}]->(statement:Statement)
     OPTIONAL CALL (r, statement) {
       MATCH (statement)-[:REPORTED_IN]->(source:Source)
       WHERE r.quote IS NOT NULL AND source.text CONTAINS r.quote
       RETURN source ORDER BY source.id LIMIT 1
     }
     WITH id, r, source, CASE WHEN source IS NULL THEN null ELSE size(split(source.text, r.quote)[0]) END AS start
     SET r.quoteSourceId = source.id, r.quoteStart = start, r.quoteEnd = start + size(r.quote)
     RETURN id, r.quote IS NOT NULL AND source IS NULL AS lost`,
    { ids: [...new Set(ids)] },
  );
  return rows.filter((row) => row.lost).map((row) => row.id);
}

/** Whose quotes to find again: those of one statement, or of every statement one source reports. */
export type QuotesOf = Readonly<{ statement: string } | { source: string }>;

const statementsOf = (of: QuotesOf) =>
  'statement' in of ? '(statement:Statement {id: $id})' : '(:Source {id: $id})<-[:REPORTED_IN]-(statement:Statement)';

/**
 * Finds again where the quotes of claims, confirmations and disputes stand, after a text or an appearance changed;
 * returns how many no source of their statement holds any more.
 */
export async function relocateQuotes(transaction: WriteTransaction, of: QuotesOf): Promise<number> {
  const rows = await transaction.run<{ type: RelationshipType; ids: string[] }>(
    `MATCH ${statementsOf(of)}<-[r:${quotedTypes.join('|')}]-()
     WHERE r.quote IS NOT NULL
     RETURN type(r) AS type, collect(DISTINCT r.id) AS ids`,
    { id: 'statement' in of ? of.statement : of.source },
  );
  let lost = 0;
  for (const { type, ids } of rows) lost += (await locateQuotes(transaction, type, ids)).length;
  return lost;
}
