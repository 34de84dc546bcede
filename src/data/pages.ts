import neo4j from 'neo4j-driver';
import type { Parameters, QueryRunner } from '../db/database.js';
import type { NodeKind } from '../model/kinds.js';
import { nodeProjection, type StoredProperties } from './properties.js';
import { alongsideProjection, type FetchedNode, type NodePlan, type StoredLists, toFetchedNode, wholeNodes } from './relationships.js';

/** A page of a list ordered by id: `limit` items after (or, inverted, before) a cursor. */
export type PageRequest = Readonly<{ after: string | null; before: string | null; limit: number; inverted: boolean }>;

/** The nodes of one label that satisfy a Cypher condition on `n`, with the condition's parameters. */
export type NodeSelection = Readonly<{ label: NodeKind; where: string; parameters: Parameters }>;

/**
 * One page of the selection, read and fetched with lists as planned. It walks the label's unique id index in order,
 * seeking past the cursor, and stops at the page's end: a deep page costs what the first does, instead of sorting
 * the whole selection.
 */
export async function pageOfNodes(
  runner: QueryRunner,
  selection: NodeSelection,
  page: PageRequest,
  { keys, alongside }: NodePlan = wholeNodes,
): Promise<FetchedNode[]> {
  // A cursor condition written as `$after IS NULL OR n.id > $after` cannot seek, so only the given ones are written.
  const cursor = [page.after !== null ? 'n.id > $after' : undefined, page.before !== null ? 'n.id < $before' : undefined].filter(
    (condition) => condition !== undefined,
  );
  const rows = await runner.read<{ node: StoredProperties; alongside: StoredLists }>(
    `MATCH (n:${selection.label}) USING INDEX n:${selection.label}(id)
     WHERE (${selection.where}) AND ${cursor.length > 0 ? cursor.join(' AND ') : 'n.id IS NOT NULL'}
     WITH n ORDER BY n.id ${page.inverted ? 'DESC' : 'ASC'}
     LIMIT $limit
     RETURN ${nodeProjection('n', keys)} AS node, ${alongsideProjection(alongside, 'n', 1)} AS alongside`,
    { ...selection.parameters, after: page.after, before: page.before, limit: neo4j.int(page.limit) },
  );
  return rows.map((row) => toFetchedNode(row.node, row.alongside, alongside));
}

export async function countNodes(runner: QueryRunner, selection: NodeSelection): Promise<number> {
  const [row] = await runner.read<{ count: number }>(
    `MATCH (n:${selection.label}) WHERE ${selection.where} RETURN count(n) AS count`,
    selection.parameters,
  );
  return row?.count ?? 0;
}
