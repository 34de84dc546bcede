import type { WriteTransaction } from '../db/database.js';
import type { StoredRelationship } from './documents.js';
import type { RelationshipRecord, RelationshipType, WriteStamp } from './model.js';
import { stampedUpsert, type WriteOutcome } from './node-writes.js';
import { nodeProjection, type StoredProperties, toNodeRecord, toRelationshipRecord } from './properties.js';

/**
 * Creates the relationships of one type that are missing and updates those whose properties differ,
 * by relationship id: a repeated edge merges instead of doubling, and an unchanged one is not touched.
 * Rows whose ends do not both exist are left out of the outcomes.
 */
export async function upsertRelationships(
  transaction: WriteTransaction,
  type: RelationshipType,
  rows: readonly StoredRelationship[],
  stamp: WriteStamp,
): Promise<WriteOutcome[]> {
  if (rows.length === 0) return [];
  return transaction.run<WriteOutcome>(
    `UNWIND $rows AS row
     MATCH (from:Node {id: row.from}), (to:Node {id: row.to})
     MERGE (from)-[r:${type} {id: row.id}]->(to)
     ${stampedUpsert('r')}`,
    { rows, at: stamp.at, author: stamp.author },
  );
}

/** The relationship of this type with this id, with both ends; undefined when there is none. */
export async function relationshipById(
  transaction: WriteTransaction,
  type: RelationshipType,
  id: string,
): Promise<RelationshipRecord | undefined> {
  const [row] = await transaction.run<{ relationship: StoredProperties; from: StoredProperties; to: StoredProperties }>(
    `MATCH (a:Node)-[r:${type} {id: $id}]->(b:Node)
     RETURN r {.*} AS relationship, ${nodeProjection('a')} AS from, ${nodeProjection('b')} AS to`,
    { id },
  );
  return row && toRelationshipRecord(type, row.relationship, toNodeRecord(row.from), toNodeRecord(row.to));
}

/** Deletes the relationship of this type with this id; returns it as it was, or undefined when there was none. */
export async function removeRelationship(
  transaction: WriteTransaction,
  type: RelationshipType,
  id: string,
): Promise<RelationshipRecord | undefined> {
  const removed = await relationshipById(transaction, type, id);
  if (removed) await transaction.run(`MATCH ()-[r:${type} {id: $id}]->() DELETE r`, { id });
  return removed;
}

/** The quotes that point into a source's text, to check them against a new text. */
export async function quotesOfSource(
  transaction: WriteTransaction,
  sourceId: string,
): Promise<{ id: string; quote: string; start: number; end: number }[]> {
  return transaction.run(
    `MATCH (:Statement)-[r:REPORTED_IN]->(:Source {id: $sourceId})
     RETURN r.id AS id, r.quote AS quote, r.start AS start, r.end AS end
     ORDER BY r.start`,
    { sourceId },
  );
}
