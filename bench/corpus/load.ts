/**
 * Two ways to load the corpus, timed in rows (nodes + relationships) per second:
 * the project's own import path, and a hand-written batched `UNWIND … MERGE`, the limit it should approach.
 */
import type { Database, QueryRunner } from '../../src/db/database.js';
// The stored properties are the import's own (plain mappings); what is measured against the import is the writing.
import { relationshipId } from '../../src/model/ids.js';
import {
  storedEntityProperties,
  storedRelationship,
  storedSourceProperties,
  storedStatementProperties,
} from '../../src/data/document-properties.js';
import { relationshipTypes, type RelationshipType } from '../../src/model/kinds.js';
import type { ClaimgraphDocument } from '../../src/model/document.js';
import { importDocuments } from '../../src/writes/import.js';

export type LoadReport = Readonly<{
  method: string;
  documents: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}>;

/** The project's batched import, as `npm run import` runs it; a document it refuses fails the load. */
async function importBatch(runner: QueryRunner, documents: readonly ClaimgraphDocument[]): Promise<void> {
  const [failure] = (await importDocuments(runner, documents)).failed;
  if (failure) throw new Error(`importDocuments failed on ${failure.sourceId}: ${String(failure.error)}`);
}

/** Rows a set of documents makes: distinct nodes and distinct relationships. */
export function countRows(documents: Iterable<ClaimgraphDocument>): { nodes: number; relationships: number } {
  const nodes = new Set<string>();
  const relationships = new Set<string>();
  for (const document of documents) {
    nodes.add(document.source.id);
    for (const entity of document.entities) nodes.add(entity.id);
    for (const statement of document.statements) nodes.add(statement.id);
    for (const edge of document.edges) relationships.add(relationshipId(edge));
  }
  return { nodes: nodes.size, relationships: relationships.size };
}

export async function loadThroughProject(
  database: Database,
  documents: Iterable<ClaimgraphDocument>,
  rows: number,
  documentsPerBatch: number,
  progress?: (documents: number) => void,
): Promise<LoadReport> {
  const runner = database.runner();
  const started = performance.now();
  let count = 0;
  let batch: ClaimgraphDocument[] = [];
  for (const document of documents) {
    batch.push(document);
    if (batch.length === documentsPerBatch) {
      await importBatch(runner, batch);
      count += batch.length;
      batch = [];
      progress?.(count);
    }
  }
  if (batch.length > 0) await importBatch(runner, batch);
  count += batch.length;
  const seconds = (performance.now() - started) / 1000;
  return { method: 'importDocuments (src/writes/import.ts)', documents: count, rows, seconds, rowsPerSecond: rows / seconds };
}

/** The limit: distinct rows only, grouped by label and type, `UNWIND $rows … MERGE` in large batches. */
export async function loadHandWritten(
  database: Database,
  documents: () => Iterable<ClaimgraphDocument>,
  rowsPerBatch: number,
): Promise<LoadReport> {
  const runner = database.runner();
  const started = performance.now();
  let rows = 0;
  let count = 0;
  const flush = async (cypher: string, batch: unknown[]) => {
    if (batch.length === 0) return;
    await runner.write((transaction) => transaction.run(cypher, { rows: batch }));
    rows += batch.length;
    batch.length = 0;
  };

  // Nodes first, so that every relationship finds both its ends.
  const nodeBatches = new Map<string, unknown[]>();
  const seen = new Set<string>();
  const addNode = async (label: string, id: string, properties: () => Record<string, unknown>) => {
    if (seen.has(id)) return;
    seen.add(id);
    const batch = nodeBatches.get(label) ?? [];
    nodeBatches.set(label, batch);
    batch.push({ id, properties: properties() });
    if (batch.length >= rowsPerBatch) await flush(mergeNodes(label), batch);
  };
  for (const document of documents()) {
    count += 1;
    await addNode('Source', document.source.id, () => storedSourceProperties(document.source));
    for (const entity of document.entities) await addNode(entity.kind, entity.id, () => storedEntityProperties(entity));
    for (const statement of document.statements) await addNode('Statement', statement.id, () => storedStatementProperties(statement));
  }
  for (const [label, batch] of nodeBatches) await flush(mergeNodes(label), batch);
  seen.clear();

  const relationshipBatches = new Map<RelationshipType, unknown[]>(relationshipTypes.map((type) => [type, []]));
  for (const document of documents()) {
    for (const edge of document.edges) {
      const batch = relationshipBatches.get(edge.type)!;
      batch.push(storedRelationship(edge));
      if (batch.length >= rowsPerBatch) await flush(mergeRelationships(edge.type), batch);
    }
  }
  for (const [type, batch] of relationshipBatches) await flush(mergeRelationships(type), batch);
  const seconds = (performance.now() - started) / 1000;
  return { method: 'hand-written UNWIND … MERGE, distinct rows', documents: count, rows, seconds, rowsPerSecond: rows / seconds };
}

const mergeNodes = (label: string) => `UNWIND $rows AS row
  MERGE (n:${label} {id: row.id}) ON CREATE SET n:Node
  SET n += row.properties`;

const mergeRelationships = (type: RelationshipType) => `UNWIND $rows AS row
  MATCH (from:Node {id: row.from})
  MATCH (to:Node {id: row.to})
  MERGE (from)-[r:${type} {id: row.id}]->(to)
  SET r += row.properties`;


/**
 * What a load left of the model in the database: nodes per kind and relationships per type. Properties
 * are left out, since the import also stamps who wrote what and when, and keeps name keys of its own.
 */
export async function graphFingerprint(runner: QueryRunner): Promise<string> {
  const rows = await runner.read<{ part: string; count: number }>(
    `CALL () {
       MATCH (n:Node) RETURN [label IN labels(n) WHERE label <> 'Node'][0] AS part, count(n) AS count
       UNION ALL
       MATCH (:Node)-[r]->(:Node) WHERE type(r) IN $types RETURN type(r) AS part, count(r) AS count
     }
     RETURN part, count ORDER BY part`,
    { types: relationshipTypes },
  );
  return rows.map((row) => `${row.part}=${row.count}`).join(' ');
}
