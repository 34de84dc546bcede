import type { ArgBuilder, OutputType } from '@pothos/core';
import { type DefaultConnectionArguments, resolveCursorConnection } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type { NodeRecord } from '../../model/records.js';
import {
  countNodes,
  isOrderedCursor,
  type NodeSelection,
  orderedPageOfNodes,
  type PageOrder,
  type PageRequest,
  pageOfNodes,
} from '../../data/pages.js';
import { badInput } from '../../errors.js';
import { nodeId } from '../../model/fields.js';
import { kindOfId } from '../../model/ids.js';
import { checkCursors, checkPageSize, defaultPageSize, maximumPageSize } from './bounds.js';
import { builder } from '../builder.js';
import { keepFetchedAlongside, requireFilterNodes } from './loading.js';
import { nodePlan } from './look-ahead.js';

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the whole list holds, across all pages.',
    resolve: (connection) => connection.totalCount(),
  }),
);

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer SchemaTypes> ? SchemaTypes : never;

/** The arguments of a connection nested in a node: pages forwards only, as a node's list is read from its start. */
export const pageArguments = (arg: ArgBuilder<Types>) => ({
  first: arg.int({ description: `How many items from the start, 1 to ${maximumPageSize} (default ${defaultPageSize}).` }),
  after: arg.string({ description: 'Start after the item with this cursor.' }),
});

/**
 * The type of a page of a node's list, e.g. `ClaimConnection`. Its field's `first` multiplies the cost of what is asked
 * below, so the edges, one per item, cost nothing more.
 */
export function nestedConnection<Item extends OutputType<Types>>(type: Item, name: string) {
  return builder.connectionObject({ type, name, edgesField: { complexity: { field: 1, multiplier: 1 } } });
}

const isIdCursor = (cursor: string) => nodeId.safeParse(cursor).success && kindOfId(cursor) !== undefined;

/**
 * A Relay connection over a list that seeks by cursor (the id by default), with a total count computed only when
 * asked for. `isCursor` tells a cursor of this list from any other text.
 */
export async function resolvePage<Item extends { id: string }>(
  args: DefaultConnectionArguments,
  fetchPage: (page: PageRequest) => Promise<Item[]>,
  count: () => Promise<number>,
  toCursor: (item: Item) => string = (item) => item.id,
  isCursor: (cursor: string) => boolean = isIdCursor,
) {
  checkPageSize(args);
  checkCursors(args, isCursor);
  const connection = await resolveCursorConnection(
    { args, toCursor: (item) => toCursor(item as Item), defaultSize: defaultPageSize, maxSize: maximumPageSize },
    ({ after, before, limit, inverted }): Promise<Item[]> =>
      fetchPage({ after: after ?? null, before: before ?? null, limit, inverted }),
  );
  // A fetch that returns a list always yields a connection; null only comes from a null list.
  const { edges, pageInfo } = connection!;
  return { edges: edges as { cursor: string; node: Item }[], pageInfo, totalCount: count };
}

/**
 * A connection over the nodes of a selection, each page fetched with what is asked of its nodes and the lists below
 * them. `filterIds` are the ids the selection filters by, each of which must name a node.
 */
export function resolveSelectionPage<Node extends NodeRecord>(
  args: DefaultConnectionArguments,
  context: Context,
  selection: NodeSelection,
  info: GraphQLResolveInfo,
  filterIds: readonly (string | null | undefined)[] = [],
) {
  const plan = nodePlan(info, ['edges', 'node']);
  return resolvePage(
    args,
    async (page) => {
      const nodes = await pageOfNodes(context.runner, selection, page, plan);
      if (nodes.length === 0) await requireFilterNodes(context, filterIds);
      return nodes.map((fetched) => keepFetchedAlongside(context, fetched) as Node);
    },
    () => countNodes(context.runner, selection),
  );
}

/**
 * Like `resolveSelectionPage`, in an order other than by id: a cursor is the order's value and the id, and a page seeks
 * past it (see `orderedPageOfNodes`). Nodes without the order's key are not in the list, nor in its count.
 */
export function resolveOrderedSelectionPage<Node extends NodeRecord>(
  args: DefaultConnectionArguments,
  context: Context,
  selection: NodeSelection,
  order: PageOrder,
  info: GraphQLResolveInfo,
  filterIds: readonly (string | null | undefined)[] = [],
) {
  if (args.after && args.before) throw badInput('before', 'give after or before with an order, not both');
  const ordered = { ...selection, where: `(${selection.where}) AND n.${order.key} IS NOT NULL` };
  const plan = nodePlan(info, ['edges', 'node']);
  const cursors = new Map<NodeRecord, string>();
  return resolvePage<Node>(
    args,
    async (page) => {
      const rows = await orderedPageOfNodes(context.runner, ordered, order, page, plan);
      if (rows.length === 0) await requireFilterNodes(context, filterIds);
      return rows.map(({ fetched, cursor }) => {
        const node = keepFetchedAlongside(context, fetched) as Node;
        cursors.set(node, cursor);
        return node;
      });
    },
    () => countNodes(context.runner, ordered),
    (node) => cursors.get(node)!,
    (cursor) => isOrderedCursor(order, cursor),
  );
}
