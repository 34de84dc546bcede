import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type { Direction, NodeKind, RelationshipType } from '../../model/kinds.js';
import type { NodeRecord } from '../../model/records.js';
import type { QueryRunner } from '../../db/database.js';
import { nodesByIds } from '../../data/nodes.js';
import { kindOfId } from '../../model/ids.js';
import { mergeableKinds } from '../../model/kinds.js';
import { mergedInto } from '../../data/retired-ids.js';
import {
  blamesMadeInStatements,
  type FetchedList,
  type FetchedNode,
  listKey,
  type NodePlan,
  type RelationshipTree,
  relationshipTrees,
} from '../../data/relationships.js';
import { notFound } from '../../errors.js';
import { relationshipIdPattern } from '../../model/fields.js';
import { checkCursors, checkPageSize, defaultPageSize } from './bounds.js';
import { type ListExtension, listExtensions, nodePlan, planOfList, windowOfList } from './look-ahead.js';

type NodeOfKind<Kind extends NodeKind> = Extract<NodeRecord, { kind: Kind }>;

const ofKind = <Kind extends NodeKind>(kind: Kind, id: string, fetched: FetchedNode | undefined): NodeOfKind<Kind> | Error =>
  fetched?.node.kind === kind ? (fetched.node as NodeOfKind<Kind>) : notFound(id);

/** A batch loader for one node kind: an id of another kind, or of no node, loads as NOT_FOUND. */
export function loadNodesOfKind<Kind extends NodeKind>(kind: Kind) {
  return async (ids: string[], context: Context): Promise<(NodeOfKind<Kind> | Error)[]> => {
    const nodes = await nodesFollowingMerges(context.runner, ids);
    return nodes.map((fetched, index) => ofKind(kind, ids[index] ?? '', fetched));
  };
}

/**
 * Nodes by id, where the id of a statement, person or organisation retired by a merge finds the node it was merged into, so that links and
 * citations made with the old id keep working: a second round trip, only for such a miss.
 */
async function nodesFollowingMerges(runner: QueryRunner, ids: readonly string[], plan?: NodePlan): Promise<(FetchedNode | undefined)[]> {
  const fetched = await nodesByIds(runner, ids, plan);
  const missed = ids.filter((id, index) => !fetched[index] && mergeableKinds.includes(kindOfId(id) as NodeKind));
  const merged = missed.length === 0 ? new Map<string, string>() : await mergedInto(runner, missed);
  if (merged.size === 0) return fetched;
  const kept = await nodesByIds(runner, [...merged.values()], plan);
  const keptById = new Map(kept.flatMap((node) => (node ? [[node.node.id, node] as const] : [])));
  return ids.map((id, index) => fetched[index] ?? keptById.get(merged.get(id) ?? ''));
}

/**
 * Resolves a query field that finds one node of a kind by id, in one round trip with the lists asked for below it,
 * reading only what the query asks of it. Such fields are nullable, so an unknown id nulls that field alone.
 */
export function nodeOfKindById<Kind extends NodeKind>(kind: Kind) {
  return async (_root: unknown, { id }: { id: string }, context: Context, info: GraphQLResolveInfo) => {
    const [fetched] = await nodesFollowingMerges(context.runner, [id], nodePlan(info));
    const node = ofKind(kind, id, fetched);
    if (node instanceof Error) throw node;
    keepFetchedAlongside(context, fetched!);
    return node;
  };
}

/** Keeps the lists fetched along with a node for the fields below it that will ask for them. */
export function keepFetchedAlongside(context: Context, { node, alongside }: FetchedNode): NodeRecord {
  for (const [key, trees] of alongside) keepFetched(context, node, key, trees);
  return node;
}

function groupBy<Item>(keys: readonly string[], items: readonly Item[], keyOf: (item: Item) => string): Item[][] {
  const groups = new Map<string, Item[]>(keys.map((key) => [key, []]));
  for (const item of items) groups.get(keyOf(item))?.push(item);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * Each node's window of the list its field asks for: taken from what an earlier round trip fetched along
 * (look-ahead), else fetched for all such nodes at once, along with what the query asks below them. The lists
 * fetched along are kept for the far ends, where the fields below will ask for them. The loader is one per field
 * path, so one window for all its nodes.
 */
async function listOfEach(
  nodes: readonly NodeRecord[],
  extension: ListExtension,
  context: Context,
  info: GraphQLResolveInfo,
): Promise<FetchedList[]> {
  const window = windowOfList(info, extension)!;
  const key = listKey(window);
  const fetched = (node: NodeRecord) => context.fetchedAhead.get(node)?.get(key);
  const unfetched = nodes.filter((node) => !fetched(node) || (window.page?.counted && fetched(node)!.totalCount === null));
  if (unfetched.length > 0) {
    const lists = await relationshipTrees(context.runner, planOfList(info, extension)!, unfetched);
    for (const node of unfetched) keepFetched(context, node, key, lists.get(node.id)!);
  }
  return nodes.map((node) => {
    const list = fetched(node)!;
    for (const tree of list.trees) keepFetchedAlongside(context, { node: tree.farEnd, alongside: tree.alongside });
    return list;
  });
}

function keepFetched(context: Context, node: NodeRecord, key: string, list: FetchedList): void {
  const lists = context.fetchedAhead.get(node) ?? new Map<string, FetchedList>();
  lists.set(key, list);
  context.fetchedAhead.set(node, lists);
}

type ListFieldOptions<Item> = Readonly<{
  types: readonly RelationshipType[];
  direction: Direction;
  listsNeighbours: boolean;
  itemOf: (tree: RelationshipTree) => Item;
}>;

/** `t.loadableList` options for a list field: each node's whole list, as the item each relationship makes. */
function listField<Item>({ types, direction, listsNeighbours, itemOf }: ListFieldOptions<Item>) {
  const extension = { list: { types, direction }, listsNeighbours, paged: false };
  return {
    byPath: true as const,
    extensions: listExtensions(extension),
    loaderOptions: { cacheKeyFn: (node: NodeRecord) => node.id },
    load: async (nodes: NodeRecord[], context: Context, _args: unknown, info: GraphQLResolveInfo) =>
      (await listOfEach(nodes, extension, context, info)).map((list) => list.trees.map(itemOf)),
    resolve: (node: NodeRecord) => node,
  };
}

const relationshipCursor = new RegExp(`^${relationshipIdPattern}$`, 'u');
const isRelationshipCursor = (cursor: string) => relationshipCursor.test(cursor);

type PageArguments = Readonly<{ first?: number | null; after?: string | null }>;

/**
 * `t.loadable` options for a connection over a list: each node's page of it in relationship id order, a relationship's
 * id its cursor, with the same page sizes as the root lists and checked cursors.
 */
function pageField<Item>({ types, direction, listsNeighbours, itemOf }: ListFieldOptions<Item>) {
  const extension = { list: { types, direction }, listsNeighbours, paged: true };
  return {
    byPath: true as const,
    extensions: listExtensions(extension),
    complexity: (args: PageArguments) => ({ field: 1, multiplier: args.first ?? defaultPageSize }),
    loaderOptions: { cacheKeyFn: (node: NodeRecord) => node.id },
    load: async (nodes: NodeRecord[], context: Context, args: PageArguments, info: GraphQLResolveInfo) => {
      checkPageSize(args);
      checkCursors(args, isRelationshipCursor);
      const lists = await listOfEach(nodes, extension, context, info);
      return lists.map(({ trees, hasMore, totalCount }) => {
        const edges = trees.map((tree) => ({ cursor: tree.relationship.id, node: itemOf(tree) }));
        const pageInfo = {
          hasNextPage: hasMore,
          hasPreviousPage: typeof args.after === 'string',
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        };
        return { edges, pageInfo, totalCount: () => Promise.resolve(totalCount ?? 0) };
      });
    },
    resolve: (node: NodeRecord) => node,
  };
}

const relationshipItem = (tree: RelationshipTree) => tree.relationship;
const neighbourItem = <Neighbour extends NodeRecord>(tree: RelationshipTree) => tree.farEnd as Neighbour;

/**
 * `t.loadableList` options listing each node's relationships of these types in one direction.
 * All parents at one place in a request share one Cypher round trip, which also fetches the lists asked for below.
 */
export const relationshipsOf = (types: readonly RelationshipType[], direction: Direction) =>
  listField({ types, direction, listsNeighbours: false, itemOf: relationshipItem });

/** Like `relationshipsOf`, for fields that list the nodes at the far end rather than the relationships. */
export const neighboursOf = <Neighbour extends NodeRecord>(types: readonly RelationshipType[], direction: Direction) =>
  listField({ types, direction, listsNeighbours: true, itemOf: neighbourItem<Neighbour> });

/** Like `relationshipsOf`, for a list that can grow without bound: a connection, paged with `first` and `after`. */
export const pagedRelationshipsOf = (types: readonly RelationshipType[], direction: Direction) =>
  pageField({ types, direction, listsNeighbours: false, itemOf: relationshipItem });

/** Like `neighboursOf`, for a list that can grow without bound: a connection, paged with `first` and `after`. */
export const pagedNeighboursOf = <Neighbour extends NodeRecord>(types: readonly RelationshipType[], direction: Direction) =>
  pageField({ types, direction, listsNeighbours: true, itemOf: neighbourItem<Neighbour> });

/** `t.loadableList` options listing the blames made in each statement. */
export const blamesOfStatements = {
  load: async (statementIds: string[], context: Context) =>
    groupBy(statementIds, await blamesMadeInStatements(context.runner, statementIds), (blame) => blame.statementId ?? ''),
  resolve: (statement: NodeRecord) => statement.id,
};

/**
 * Throws NOT_FOUND for the first of these ids (a filter's) that names no node: a filter on someone who is not there is
 * a mistake to report, not an empty list. Lists ask only when their answer is empty,
 * so that a list costs one round trip.
 */
export async function requireFilterNodes(context: Context, ids: readonly (string | null | undefined)[]): Promise<void> {
  const named = ids.filter((id): id is string => typeof id === 'string');
  if (named.length === 0) return;
  const found = await nodesByIds(context.runner, named, { keys: ['id'], alongside: [] });
  const missing = named.find((_id, index) => !found[index]);
  if (missing !== undefined) throw notFound(missing);
}
