import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type { Direction, NodeKind, RelationshipType } from '../../model/kinds.js';
import type { NodeRecord } from '../../model/records.js';
import { holdsAt, parsePartialDate } from '../../model/dates.js';
import type { QueryRunner } from '../../db/database.js';
import { nodesByIds } from '../../data/nodes.js';
import { kindOfId } from '../../model/ids.js';
import { mergedInto } from '../../data/retired-ids.js';
import {
  blamesMadeInStatements,
  type FetchedNode,
  listKey,
  type NodePlan,
  type RelationshipTree,
  relationshipTrees,
} from '../../data/relationships.js';
import { notFound } from '../../errors.js';
import { type ListExtension, listExtensions, nodePlan, planOfList } from './look-ahead.js';

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
 * Nodes by id, where a statement id retired by a merge finds the statement it was merged into, so that links and
 * citations made with the old id keep working: a second round trip, only for such a miss.
 */
async function nodesFollowingMerges(runner: QueryRunner, ids: readonly string[], plan?: NodePlan): Promise<(FetchedNode | undefined)[]> {
  const fetched = await nodesByIds(runner, ids, plan);
  const missed = ids.filter((id, index) => !fetched[index] && kindOfId(id) === 'Statement');
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
 * Each node's relationships of the list: taken from what an earlier round trip fetched along (look-ahead),
 * else fetched for all such nodes at once, along with what the query asks below them. The lists fetched
 * along are kept for the far ends, where the fields below will ask for them.
 */
async function listOfEach(
  nodes: readonly NodeRecord[],
  extension: ListExtension,
  context: Context,
  info: GraphQLResolveInfo,
): Promise<RelationshipTree[][]> {
  const key = listKey(extension.list);
  const unfetched = nodes.filter((node) => !context.fetchedAhead.get(node)?.has(key));
  if (unfetched.length > 0) {
    const trees = await relationshipTrees(context.runner, planOfList(info, extension), unfetched);
    for (const node of unfetched) keepFetched(context, node, key, trees.get(node.id) ?? []);
  }
  return nodes.map((node) => {
    const trees = context.fetchedAhead.get(node)?.get(key) ?? [];
    for (const tree of trees) keepFetchedAlongside(context, { node: tree.farEnd, alongside: tree.alongside });
    return trees;
  });
}

function keepFetched(context: Context, node: NodeRecord, key: string, trees: RelationshipTree[]): void {
  const lists = context.fetchedAhead.get(node) ?? new Map<string, RelationshipTree[]>();
  lists.set(key, trees);
  context.fetchedAhead.set(node, lists);
}

/** `t.loadableList` options for a list field: each node's list, as the item each relationship makes. */
function listField<Item>(
  types: readonly RelationshipType[],
  direction: Direction,
  listsNeighbours: boolean,
  itemOf: (tree: RelationshipTree) => Item,
) {
  const extension = { list: { types, direction }, listsNeighbours };
  return {
    byPath: true as const,
    extensions: listExtensions(extension),
    loaderOptions: { cacheKeyFn: (node: NodeRecord) => node.id },
    // The loader is one per field path, so one `at` for all its nodes.
    load: async (nodes: NodeRecord[], context: Context, args: Readonly<{ at?: string | null }>, info: GraphQLResolveInfo) => {
      const at = args.at ? parsePartialDate(args.at) : undefined;
      const lists = await listOfEach(nodes, extension, context, info);
      return lists.map((trees) => (at ? trees.filter((tree) => holdsAt(tree.relationship, at)) : trees).map(itemOf));
    },
    resolve: (node: NodeRecord) => node,
  };
}

/**
 * `t.loadableList` options listing each node's relationships of these types in one direction.
 * All parents at one place in a request share one Cypher round trip, which also fetches the lists asked for below.
 */
export const relationshipsOf = (types: readonly RelationshipType[], direction: Direction) =>
  listField(types, direction, false, (tree) => tree.relationship);

/** Like `relationshipsOf`, for fields that list the nodes at the far end rather than the relationships. */
export const neighboursOf = <Neighbour extends NodeRecord>(types: readonly RelationshipType[], direction: Direction) =>
  listField(types, direction, true, (tree) => tree.farEnd as Neighbour);

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
