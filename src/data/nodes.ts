import type { QueryRunner } from '../db/database.js';
import type { NodeRecord } from './model.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';

/** The nodes with these ids, in the order asked; undefined where no node has the id. */
export async function nodesByIds(runner: QueryRunner, ids: readonly string[]): Promise<(NodeRecord | undefined)[]> {
  const rows = await runner.read<{ node: StoredProperties }>(
    `MATCH (n:Node) WHERE n.id IN $ids
     RETURN ${nodeProjection('n')} AS node`,
    { ids: [...new Set(ids)] },
  );
  const byId = new Map(rows.map(({ node }) => [node.id as string, toNodeRecord(node)]));
  return ids.map((id) => byId.get(id));
}
