import type { WriteTransaction } from '../db/database.js';
import type { NodeKind, RelationshipType } from '../model/kinds.js';
import type { NodeRecord, WriteStamp } from '../model/records.js';
import type { FieldChange } from './revision-changes.js';
import { appendRevisions, deletedProperties } from './revisions.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';
import { refreshStatementCounts, statementsCountingNode } from './statement-counts.js';
import { relationshipsCitingSource } from './structural-sources.js';

export type NodeRow = Readonly<{ id: string; properties: Record<string, unknown> }>;

/** What one row of a write did: created its node or relationship, changed it, or found it as given; and the stored keys it wrote. */
export type WriteOutcome = Readonly<{ id: string; created: boolean; updated: boolean; changedKeys: readonly string[] }>;

/**
 * Cypher: the keys of `row.properties` whose value differs from what `variable` stores,
 * a null and an absent property counting as equal.
 */
const changedKeys = (variable: string) =>
  `[key IN keys(row.properties) WHERE NOT coalesce(${variable}[key] = row.properties[key], ${variable}[key] IS NULL AND row.properties[key] IS NULL)]`;

/**
 * Cypher that follows `MERGE (<variable> …)` of an UNWIND $rows AS row, given $at and $author: a new node or
 * relationship gets `row.properties` and both stamps (and `onCreate`); an existing one is written, with the update
 * stamp, only when a property differs. Returns each row's id, whether it was created or updated, and the fields an
 * update changed from what to what (a creation's are the row's own, which the caller holds already).
 */
export const stampedUpsert = (variable: string, onCreate: readonly string[] = []) =>
  `ON CREATE SET ${[...onCreate, `${variable} += row.properties`].join(', ')}, ${variable}.justCreated = true,
       ${variable}.createdAt = $at, ${variable}.createdBy = $author, ${variable}.updatedAt = $at, ${variable}.updatedBy = $author
     WITH ${variable}, row, ${variable}.justCreated IS NOT NULL AS created
     REMOVE ${variable}.justCreated
     WITH ${variable}, row, created, CASE WHEN created THEN [] ELSE ${changedKeys(variable)} END AS changed
     WITH ${variable}, row, created, changed, [key IN changed | {field: key, from: ${variable}[key], to: row.properties[key]}] AS changes
     FOREACH (_ IN CASE WHEN size(changed) > 0 THEN [1] ELSE [] END |
       SET ${variable} += row.properties, ${variable}.updatedAt = $at, ${variable}.updatedBy = $author)
     RETURN row.id AS id, created, size(changed) > 0 AS updated, changes`;

/** What a stamped upsert returns: each row's outcome, with the fields an update changed from what to what. */
type ChangingOutcome = WriteOutcome & Readonly<{ changes: FieldChange[] }>;

/**
 * Runs a stamped upsert of `$rows` and appends a revision for each node or relationship it created or changed,
 * in the same transaction; returns the outcomes alone.
 */
export async function upsertWithRevisions(
  transaction: WriteTransaction,
  cypher: string,
  rows: readonly Readonly<{ id: string; properties: Record<string, unknown> }>[],
  stamp: WriteStamp,
): Promise<WriteOutcome[]> {
  const outcomes = await transaction.run<ChangingOutcome>(cypher, { rows, at: stamp.at, author: stamp.author });
  // Of rows that share an id, the first creates what they name.
  const firstRows = new Map<string, Record<string, unknown>>();
  for (const row of rows) if (!firstRows.has(row.id)) firstRows.set(row.id, row.properties);
  const changed = outcomes.map(({ id, created, changes }) =>
    created ? Object.entries(firstRows.get(id) ?? {}).map(([field, to]): FieldChange => ({ field, from: null, to })) : changes,
  );
  await appendRevisions(
    transaction,
    outcomes.flatMap(({ id, created, updated }, index) =>
      created || updated ? [{ targetId: id, action: created ? 'CREATE' : 'UPDATE', changes: changed[index]! } as const] : [],
    ),
    stamp,
  );
  return outcomes.map(({ id, created, updated }, index) => ({ id, created, updated, changedKeys: changed[index]!.map(({ field }) => field) }));
}

/**
 * Creates the nodes of one kind that are missing and updates those whose properties differ, by id.
 * A node that already holds the given values is not touched, updatedAt included, so writing the
 * same rows twice changes nothing. `justCreated` tells this transaction's creations from nodes another
 * transaction created a moment earlier; it never outlives the statement.
 */
export async function upsertNodes(
  transaction: WriteTransaction,
  kind: NodeKind,
  rows: readonly NodeRow[],
  stamp: WriteStamp,
): Promise<WriteOutcome[]> {
  if (rows.length === 0) return [];
  const outcomes = await upsertWithRevisions(
    transaction,
    `UNWIND $rows AS row
     MERGE (n:${kind} {id: row.id})
     ${stampedUpsert('n', ['n:Node'])}`,
    rows,
    stamp,
  );
  transaction.created.push(...outcomes.filter((outcome) => outcome.created).map(({ id }) => ({ id, kind })));
  return outcomes;
}

/** Ids among these that name a node. */
export async function existingIds(transaction: WriteTransaction, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await transaction.run<{ id: string }>('MATCH (n:Node) WHERE n.id IN $ids RETURN n.id AS id', {
    ids: [...new Set(ids)],
  });
  return new Set(rows.map((row) => row.id));
}

/**
 * The nodes with these ids, write-locked until the transaction ends, so that what is read here
 * is still true when it is written back (two importers adding aliases to one entity both keep theirs).
 */
export async function lockNodes(transaction: WriteTransaction, ids: readonly string[]): Promise<Map<string, NodeRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await transaction.run<{ node: StoredProperties }>(
    `MATCH (n:Node) WHERE n.id IN $ids
     WITH n ORDER BY n.id
     SET n.locked = true
     REMOVE n.locked
     RETURN ${nodeProjection('n')} AS node`,
    { ids: [...new Set(ids)] },
  );
  return new Map(rows.map(({ node }) => [node.id as string, toNodeRecord(node)]));
}

export type RemovedRelationship = Readonly<{ id: string; type: RelationshipType; from: string; to: string }>;

/** The relationships a node takes part in, for a statement the blames laid in it, and for a source the relationships it states. */
export async function relationshipsTouching(transaction: WriteTransaction, id: string): Promise<RemovedRelationship[]> {
  return transaction.run<RemovedRelationship>(
    `MATCH (n:Node {id: $id})
     CALL (n) {
       MATCH (n)-[r]-(:Node) RETURN r
       UNION
       MATCH ()-[r:BLAMES]->() WHERE r.statementId = n.id RETURN r
       UNION
       ${relationshipsCitingSource('n')} RETURN r
     }
     RETURN DISTINCT r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to
     ORDER BY id`,
    { id },
  );
}

/**
 * Deletes a node with its relationships, the blames laid in it and the relationships that cite it, and the name keys and external ids
 * left naming nothing;
 * each of them leaves a DELETE revision with what it held, so its history outlives it.
 */
export async function deleteNode(transaction: WriteTransaction, kind: NodeKind, id: string, stamp: WriteStamp): Promise<void> {
  const counting = await statementsCountingNode(transaction, id);
  const deleted = await transaction.run<{ id: string; properties: Record<string, unknown> }>(
    `MATCH (n:${kind} {id: $id})
     CALL (n) {
       RETURN n AS item
       UNION
       MATCH (n)-[r]-(:Node) RETURN r AS item
       UNION
       MATCH ()-[r:BLAMES]->() WHERE r.statementId = n.id RETURN r AS item
       UNION
       ${relationshipsCitingSource('n')} RETURN r AS item
     }
     RETURN item.id AS id, properties(item) AS properties`,
    { id },
  );
  await appendRevisions(
    transaction,
    deleted.map((item) => ({ targetId: item.id, action: 'DELETE', changes: deletedProperties(item.properties) })),
    stamp,
  );
  await transaction.run(
    `MATCH (n:${kind} {id: $id})
     OPTIONAL MATCH ()-[blame:BLAMES]->() WHERE blame.statementId = $id
     DELETE blame
     WITH DISTINCT n
     CALL (n) { ${relationshipsCitingSource('n')} DELETE r }
     OPTIONAL MATCH (k:NameKey)-[:NAMES]->(n)
     WITH n, collect(k) AS keys
     OPTIONAL MATCH (x:ExternalId)-[:IDENTIFIES]->(n)
     WITH n, keys, collect(x) AS externalIds
     DETACH DELETE n
     WITH keys + externalIds AS keys
     UNWIND keys AS k
     WITH k WHERE NOT EXISTS { (k)-[:NAMES|IDENTIFIES]->() }
     DELETE k`,
    { id },
  );
  await refreshStatementCounts(transaction, counting);
}

/** The nodes with these ids as this transaction sees them, its own writes included. */
export async function nodesInTransaction(transaction: WriteTransaction, ids: readonly string[]): Promise<Map<string, NodeRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await transaction.run<{ node: StoredProperties }>(
    `MATCH (n:Node) WHERE n.id IN $ids RETURN ${nodeProjection('n')} AS node`,
    { ids: [...new Set(ids)] },
  );
  return new Map(rows.map(({ node }) => [node.id as string, toNodeRecord(node)]));
}
