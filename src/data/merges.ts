import type { WriteTransaction } from '../db/database.js';
import type { RelationshipType } from '../model/kinds.js';

/** A relationship as stored: its type, ends and properties, without its id and stamps, which a move writes anew. */
export type StoredRelationshipOf = Readonly<{ id: string; type: RelationshipType; from: string; to: string; properties: Record<string, unknown> }>;

const stamps = new Set(['id', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy']);
const withoutStamps = (properties: Record<string, unknown>) => Object.fromEntries(Object.entries(properties).filter(([key]) => !stamps.has(key)));

/** The relationships a node takes part in, and for a statement the blames laid in it, with their properties. */
export async function relationshipsWithProperties(transaction: WriteTransaction, nodeId: string): Promise<StoredRelationshipOf[]> {
  const rows = await transaction.run<StoredRelationshipOf>(
    `MATCH (n:Node {id: $nodeId})
     CALL (n) {
       MATCH (n)-[r]-(:Node) RETURN r
       UNION
       MATCH ()-[r:BLAMES]->() WHERE r.statementId = n.id RETURN r
     }
     RETURN DISTINCT r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS properties
     ORDER BY id`,
    { nodeId },
  );
  return rows.map((row) => ({ ...row, properties: withoutStamps(row.properties) }));
}

/** The properties of the relationship of this type with this id, without its stamps; undefined when there is none. */
export async function relationshipProperties(
  transaction: WriteTransaction,
  type: RelationshipType,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const [row] = await transaction.run<{ properties: Record<string, unknown> }>(
    `MATCH ()-[r:${type} {id: $id}]->() RETURN properties(r) AS properties`,
    { id },
  );
  return row && withoutStamps(row.properties);
}

/** What names a node by its id outside the relationships it takes part in: inferences it made, sources it published. */
export type References = Readonly<{
  inferences: readonly Readonly<{ id: string; type: RelationshipType; from: string; to: string }>[];
  publishedSources: readonly string[];
}>;

export async function referencesTo(transaction: WriteTransaction, nodeId: string): Promise<References> {
  const inferences = await transaction.run<{ id: string; type: RelationshipType; from: string; to: string }>(
    `MATCH (from:Node)-[r:CONFIRMS|DISPUTES]->(to:Node) WHERE r.inferredBy = $nodeId
     RETURN r.id AS id, type(r) AS type, from.id AS from, to.id AS to ORDER BY id`,
    { nodeId },
  );
  const sources = await transaction.run<{ id: string }>(`MATCH (source:Source {publishedBy: $nodeId}) RETURN source.id AS id ORDER BY id`, { nodeId });
  return { inferences, publishedSources: sources.map(({ id }) => id) };
}

/** Moves a statement's assessments to the statement it was merged into. */
export async function moveAssessments(transaction: WriteTransaction, retired: string, kept: string): Promise<void> {
  await transaction.run(`MATCH (assessment:Assessment {statementId: $retired}) SET assessment.statementId = $kept`, { retired, kept });
}
