import type { QueryRunner } from '../db/database.js';
import { nodeProjection, type StoredProperties } from './properties.js';
import { alongsideProjection, type FetchedNode, type NodePlan, type StoredLists, toFetchedNode, wholeNodes } from './relationships.js';

/** The nodes with these ids, in the order asked, read and fetched with lists as planned; undefined where no node has the id. */
export async function nodesByIds(
  runner: QueryRunner,
  ids: readonly string[],
  { keys, alongside }: NodePlan = wholeNodes,
): Promise<(FetchedNode | undefined)[]> {
  const lists = alongsideProjection(alongside, 'n');
  const rows = await runner.read<{ node: StoredProperties; alongside: StoredLists }>(
    `MATCH (n:Node) WHERE n.id IN $ids
     RETURN ${nodeProjection('n', keys)} AS node, ${lists.cypher} AS alongside`,
    { ...lists.parameters, ids: [...new Set(ids)] },
  );
  const byId = new Map(rows.map((row) => [row.node.id as string, toFetchedNode(row.node, row.alongside, alongside)]));
  return ids.map((id) => byId.get(id));
}
