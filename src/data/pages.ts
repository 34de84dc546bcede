import neo4j from 'neo4j-driver';
import type { Parameters, QueryRunner } from '../db/database.js';
import type { NodeKind, NodeRecord } from './model.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';

/** A page of a list ordered by id: `limit` items after (or, inverted, before) a cursor. */
export type PageRequest = Readonly<{ after: string | null; before: string | null; limit: number; inverted: boolean }>;

/** The nodes of one label that satisfy a Cypher condition on `n`, with the condition's parameters. */
export type NodeSelection = Readonly<{ label: NodeKind; where: string; parameters: Parameters }>;

/** One page of the selection. It seeks past the cursor on the unique id index instead of skipping rows. */
export async function pageOfNodes(runner: QueryRunner, selection: NodeSelection, page: PageRequest): Promise<NodeRecord[]> {
  const rows = await runner.read<{ node: StoredProperties }>(
    `MATCH (n:${selection.label})
     WHERE (${selection.where})
       AND ($after IS NULL OR n.id > $after) AND ($before IS NULL OR n.id < $before)
     RETURN ${nodeProjection('n')} AS node
     ORDER BY n.id ${page.inverted ? 'DESC' : 'ASC'}
     LIMIT $limit`,
    { ...selection.parameters, after: page.after, before: page.before, limit: neo4j.int(page.limit) },
  );
  return rows.map(({ node }) => toNodeRecord(node));
}

export async function countNodes(runner: QueryRunner, selection: NodeSelection): Promise<number> {
  const [row] = await runner.read<{ count: number }>(
    `MATCH (n:${selection.label}) WHERE ${selection.where} RETURN count(n) AS count`,
    selection.parameters,
  );
  return row?.count ?? 0;
}
