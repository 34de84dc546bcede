import type { WriteTransaction } from '../db/database.js';
import { type UpdatableProperty, updatableProperties, type StoredRelationship } from './document-properties.js';
import type { RelationshipRecord, WriteStamp } from '../model/records.js';
import type { RelationshipType } from '../model/kinds.js';
import { stampedUpsert, upsertWithRevisions, type WriteOutcome } from './node-writes.js';
import { appendRevisions, deletedProperties } from './revisions.js';
import { countedStatementsOf, refreshStatementCounts } from './statement-counts.js';
import { nodeProjection, type StoredProperties, toNodeRecord, toRelationshipRecord } from './properties.js';

/**
 * Relationships that form a hierarchy: a cycle in one leaves no top (an actor's camp is the top organisation above it),
 * so none may close one. The ends of the other types either differ in kind or may well point both ways.
 */
const acyclicRelationshipTypes: readonly RelationshipType[] = ['PART_OF', 'LOCATED_IN'];

/** A relationship that would close a cycle of its acyclic type; `cycle` runs from its start back to it. */
export class CycleError extends Error {
  constructor(
    readonly type: RelationshipType,
    readonly relationshipId: string,
    readonly cycle: readonly string[],
  ) {
    super(`${type} may not make a cycle: ${cycle.join(' → ')}`);
  }
}

export type RelationshipWriteOptions = Readonly<{
  /**
   * The caller refreshes the kept statement counts itself, once, after all its writes (the import writes
   * several types that count in the same statements): see statement-counts.ts.
   */
  countsRefreshedByCaller?: boolean;
}>;

/**
 * Creates the relationships of one type that are missing and updates those whose properties differ,
 * by relationship id: a repeated relationship merges instead of doubling, and an unchanged one is not touched.
 * A row sets only the properties it holds, so the others keep what is stored; a null clears one.
 * Rows whose ends do not both exist are left out of the outcomes. Of an acyclic type, a row that
 * would close a cycle throws a CycleError, for the caller to roll back.
 */
export async function upsertRelationships(
  transaction: WriteTransaction,
  type: RelationshipType,
  rows: readonly StoredRelationship[],
  stamp: WriteStamp,
  { countsRefreshedByCaller = false }: RelationshipWriteOptions = {},
): Promise<WriteOutcome[]> {
  if (rows.length === 0) return [];
  const acyclic = acyclicRelationshipTypes.includes(type);
  if (acyclic) await lockHierarchyAbove(transaction, type, rows);
  const outcomes = await upsertWithRevisions(
    transaction,
    `UNWIND $rows AS row
     MATCH (from:Node {id: row.from}), (to:Node {id: row.to})
     MERGE (from)-[r:${type} {id: row.id}]->(to)
     ${stampedUpsert('r')}`,
    rows,
    stamp,
  );
  if (acyclic) {
    const [closed] = await cyclesThrough(transaction, type, rows);
    if (closed) throw new CycleError(type, closed.id, closed.cycle);
  }
  if (!countsRefreshedByCaller) await refreshStatementCounts(transaction, rows.flatMap(({ from, to }) => countedStatementsOf(type, from, to)));
  const created = new Set(outcomes.filter((outcome) => outcome.created).map(({ id }) => id));
  transaction.created.push(
    ...rows
      .filter((row) => created.has(row.id))
      .map(({ id, from, to, properties }) => ({ id, type, from, to, statementId: typeof properties['statementId'] === 'string' ? properties['statementId'] : null })),
  );
  return outcomes;
}

/**
 * Locks the rows' starts and every node above their ends, again until no new node turns up above them.
 * Closing a cycle takes a relationship out of a node above the end, and adding one locks its start first:
 * so a writer that could close a cycle together with these rows waits for them, or they for it,
 * and whichever writes second sees the other's edge.
 */
async function lockHierarchyAbove(transaction: WriteTransaction, type: RelationshipType, rows: readonly StoredRelationship[]): Promise<void> {
  const locked = new Set<string>();
  for (;;) {
    const ids = await transaction.run<{ id: string }>(
      `UNWIND $rows AS row
       MATCH (from:Node {id: row.from})
       OPTIONAL MATCH (:Node {id: row.to})-[:${type}]->*(above:Node)
       WITH collect(from) + collect(above) AS nodes
       UNWIND nodes AS n
       WITH DISTINCT n ORDER BY n.id
       SET n.locked = true
       REMOVE n.locked
       RETURN n.id AS id`,
      { rows: rows.map(({ from, to }) => ({ from, to })) },
    );
    const fresh = ids.filter(({ id }) => !locked.has(id));
    if (fresh.length === 0) return;
    for (const { id } of fresh) locked.add(id);
  }
}

/** The rows, as written, that lie on a cycle, each with the shortest one: its start, its end and back to its start. */
async function cyclesThrough(
  transaction: WriteTransaction,
  type: RelationshipType,
  rows: readonly StoredRelationship[],
): Promise<{ id: string; cycle: string[] }[]> {
  return transaction.run(
    `UNWIND $rows AS row
     MATCH (from:Node {id: row.from}), (to:Node {id: row.to})
     MATCH path = ALL SHORTEST (to)-[:${type}]->*(from)
     WITH row, [row.from] + [node IN nodes(path) | node.id] AS cycle
     ORDER BY row.id, cycle
     // Of cycles equally short, the first by id: the error names the same one every time.
     RETURN row.id AS id, head(collect(cycle)) AS cycle
     ORDER BY id`,
    { rows: rows.map(({ id, from, to }) => ({ id, from, to })) },
  );
}

/** Of the properties an add may change, those that differ between a relationship as it was and as it is. */
export function changedProperties(before: RelationshipRecord, after: RelationshipRecord): UpdatableProperty[] {
  return updatableProperties.filter((property) => JSON.stringify(before[property]) !== JSON.stringify(after[property]));
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

/**
 * The ids of the relationships of this type between these ends that `id` names: the one with that id, and those a merge
 * kept apart beside it (src/model/ids.ts, keptApartId), in id order.
 */
export async function relationshipIdsBetween(
  transaction: WriteTransaction,
  type: RelationshipType,
  ends: Readonly<{ id: string; from: string; to: string }>,
): Promise<string[]> {
  const rows = await transaction.run<{ id: string }>(
    `MATCH (:Node {id: $from})-[r:${type}]->(:Node {id: $to})
     WHERE r.id = $id OR r.id STARTS WITH $id + '+'
     RETURN r.id AS id ORDER BY id`,
    ends,
  );
  return rows.map(({ id }) => id);
}

/** Deletes the relationship of this type with this id; returns it as it was, or undefined when there was none. */
export async function removeRelationship(
  transaction: WriteTransaction,
  type: RelationshipType,
  id: string,
  stamp: WriteStamp,
): Promise<RelationshipRecord | undefined> {
  const removed = await relationshipById(transaction, type, id);
  if (!removed) return undefined;
  const [deleted] = await transaction.run<{ properties: Record<string, unknown> }>(
    `MATCH ()-[r:${type} {id: $id}]->() WITH r, properties(r) AS properties DELETE r RETURN properties`,
    { id },
  );
  if (deleted) await appendRevisions(transaction, [{ targetId: id, action: 'DELETE', changes: deletedProperties(deleted.properties) }], stamp);
  await refreshStatementCounts(transaction, countedStatementsOf(type, removed.from.id, removed.to.id));
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
