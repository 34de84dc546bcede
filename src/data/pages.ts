import neo4j from 'neo4j-driver';
import type { Parameters, QueryRunner } from '../db/database.js';
import { nodeIdPattern } from '../model/fields.js';
import type { NodeKind } from '../model/kinds.js';
import { nodeProjection, type StoredProperties } from './properties.js';
import { alongsideProjection, type FetchedNode, type NodePlan, type StoredLists, toFetchedNode, wholeNodes } from './relationships.js';

/** A page of a list ordered by id: `limit` items after (or, inverted, before) a cursor. */
export type PageRequest = Readonly<{ after: string | null; before: string | null; limit: number; inverted: boolean }>;

/** The nodes of one label that satisfy a Cypher condition on `n`, with the condition's parameters. */
export type NodeSelection = Readonly<{ label: NodeKind; where: string; parameters: Parameters }>;

/**
 * One page of the selection, read and fetched with lists as planned; without labels, as the selection's label is their
 * kind. It walks the label's unique id index in order, seeking past the cursor, and stops at the page's end: a deep page
 * costs what the first does, instead of sorting the whole selection.
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
  const lists = alongsideProjection(alongside, 'n');
  const rows = await runner.read<{ node: StoredProperties; alongside: StoredLists }>(
    `MATCH (n:${selection.label}) USING INDEX n:${selection.label}(id)
     WHERE (${selection.where}) AND ${cursor.length > 0 ? cursor.join(' AND ') : 'n.id IS NOT NULL'}
     WITH n ORDER BY n.id ${page.inverted ? 'DESC' : 'ASC'}
     LIMIT $limit
     RETURN ${nodeProjection('n', keys, false)} AS node, ${lists.cypher} AS alongside`,
    { ...lists.parameters, ...selection.parameters, after: page.after, before: page.before, limit: neo4j.int(page.limit) },
  );
  return rows.map((row) => toFetchedNode(row.node, row.alongside, alongside, selection.label));
}

export async function countNodes(runner: QueryRunner, selection: NodeSelection): Promise<number> {
  const [row] = await runner.read<{ count: number }>(
    `MATCH (n:${selection.label}) WHERE ${selection.where} RETURN count(n) AS count`,
    selection.parameters,
  );
  return row?.count ?? 0;
}

/** A stored property a list may be ordered by, besides the id: a number, or a date's first day. */
export type PageOrder = Readonly<{ key: string; type: 'number' | 'day'; descending: boolean }>;

const orderedCursorPattern = new RegExp(`^(-?\\d+|\\d{4}-\\d{2}-\\d{2})\\|(${nodeIdPattern})$`, 'u');

/** A position in an ordered list: the order's value, then the id. */
export const orderedCursor = (value: number | string, id: string) => `${value}|${id}`;

/** Whether a cursor is a position in a list of this order. */
export function isOrderedCursor(order: PageOrder, cursor: string): boolean {
  const match = orderedCursorPattern.exec(cursor);
  return match !== null && (order.type === 'number') === /^-?\d+$/.test(match[1]!);
}

/**
 * One page of the selection in the order's direction, equal keys by id the same way. It seeks the (key, id) index: the rest
 * of the cursor's key (ids past its id), then the keys past it, each as one index range read in order, so that a deep page reads about
 * a page of rows. Nodes without the key are left out.
 */
export async function orderedPageOfNodes(
  runner: QueryRunner,
  selection: NodeSelection,
  order: PageOrder,
  page: PageRequest,
  { keys, alongside }: NodePlan = wholeNodes,
): Promise<{ fetched: FetchedNode; cursor: string }[]> {
  const descending = order.descending !== page.inverted;
  const direction = descending ? 'DESC' : 'ASC';
  const past = descending ? '<' : '>';
  const cursorText = page.inverted ? page.before : page.after;
  const match = cursorText === null ? null : orderedCursorPattern.exec(cursorText);
  const key = `n.${order.key}`;
  const ordered = `ORDER BY ${key} ${direction}, n.id ${direction} LIMIT $limit`;
  // The planner, guessing how many nodes a range holds, would rather scan the label and sort; the index is the point.
  const seek = `MATCH (n:${selection.label}) USING INDEX n:${selection.label}(${order.key}, id)`;
  const candidates = match
    ? `CALL () {
         ${seek} WHERE ${key} = $cursorValue AND n.id ${past} $cursorId AND (${selection.where})
         RETURN n ${ordered}
         UNION ALL
         ${seek} WHERE ${key} ${past} $cursorValue AND n.id IS NOT NULL AND (${selection.where})
         RETURN n ${ordered}
       }
       WITH n ${ordered}`
    : `${seek} WHERE ${key} IS NOT NULL AND n.id IS NOT NULL AND (${selection.where})
       WITH n ${ordered}`;
  const cursorValue = match ? (order.type === 'number' ? neo4j.int(Number(match[1])) : match[1]) : null;
  const lists = alongsideProjection(alongside, 'n');
  const rows = await runner.read<{ node: StoredProperties; alongside: StoredLists; value: number | string; id: string }>(
    `${candidates}
     RETURN ${nodeProjection('n', keys, false)} AS node, ${lists.cypher} AS alongside, ${key} AS value, n.id AS id`,
    { ...lists.parameters, ...selection.parameters, cursorValue, cursorId: match?.[2] ?? null, limit: neo4j.int(page.limit) },
  );
  return rows.map((row) => ({ fetched: toFetchedNode(row.node, row.alongside, alongside, selection.label), cursor: orderedCursor(row.value, row.id) }));
}
