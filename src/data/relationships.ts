import type { QueryRunner } from '../db/database.js';
import type { Direction, RelationshipRecord, RelationshipType } from './model.js';
import { nodeProjection, type StoredProperties, toNodeRecord, toRelationshipRecord } from './properties.js';

/**
 * Every relationship of these types that leaves (OUTGOING) or enters (INCOMING) any of the nodes,
 * with both ends, ordered by relationship id. One round trip for any number of nodes.
 */
export async function relationshipsOfNodes(
  runner: QueryRunner,
  types: readonly RelationshipType[],
  direction: Direction,
  nodeIds: readonly string[],
): Promise<RelationshipRecord[]> {
  const typeExpression = types.join('|');
  const pattern =
    direction === 'OUTGOING' ? `(near:Node)-[r:${typeExpression}]->(far:Node)` : `(near:Node)<-[r:${typeExpression}]-(far:Node)`;
  const rows = await runner.read<{
    type: RelationshipType;
    relationship: StoredProperties;
    from: StoredProperties;
    to: StoredProperties;
  }>(
    `MATCH ${pattern}
     WHERE near.id IN $nodeIds
     WITH r, startNode(r) AS a, endNode(r) AS b
     RETURN type(r) AS type, r {.*} AS relationship, ${nodeProjection('a')} AS from, ${nodeProjection('b')} AS to
     ORDER BY r.id`,
    { nodeIds: [...new Set(nodeIds)] },
  );
  return rows.map((row) =>
    toRelationshipRecord(row.type, row.relationship, toNodeRecord(row.from), toNodeRecord(row.to)),
  );
}

/** The id of the node at the `direction` end's near side: the node a relationship belongs to when listed. */
export function nearEndId(relationship: RelationshipRecord, direction: Direction): string {
  return direction === 'OUTGOING' ? relationship.from.id : relationship.to.id;
}

/** The blames made in these statements (a blame names the statement it was made in). */
export async function blamesMadeInStatements(
  runner: QueryRunner,
  statementIds: readonly string[],
): Promise<RelationshipRecord[]> {
  const rows = await runner.read<{ relationship: StoredProperties; from: StoredProperties; to: StoredProperties }>(
    `MATCH (a:Node)-[r:BLAMES]->(b:Node)
     WHERE r.statementId IN $statementIds
     RETURN r {.*} AS relationship, ${nodeProjection('a')} AS from, ${nodeProjection('b')} AS to
     ORDER BY r.id`,
    { statementIds: [...new Set(statementIds)] },
  );
  return rows.map((row) => toRelationshipRecord('BLAMES', row.relationship, toNodeRecord(row.from), toNodeRecord(row.to)));
}
