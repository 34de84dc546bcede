import type { QueryRunner } from '../db/database.js';
import type { Direction, RelationshipType } from '../model/kinds.js';
import type { NodeRecord, RelationshipRecord } from '../model/records.js';
import { nodeProjection, propertiesProjection, type StoredProperties, toNodeRecord, toRelationshipRecord } from './properties.js';

/** Which relationships of a node to list: those of these types in one direction. */
export type RelationshipList = Readonly<{ types: readonly RelationshipType[]; direction: Direction }>;

/**
 * A relationship list to fetch: the stored keys to read of each relationship and of each node at its far end
 * (null for all), and the lists to fetch along with it for those nodes.
 */
export type RelationshipPlan = RelationshipList &
  Readonly<{ relationshipKeys: readonly string[] | null; farKeys: readonly string[] | null; alongside: readonly RelationshipPlan[] }>;

/** What to read of the nodes a query fetches (null: every property), and the lists to fetch along with them. */
export type NodePlan = Readonly<{ keys: readonly string[] | null; alongside: readonly RelationshipPlan[] }>;

export const wholeNodes: NodePlan = { keys: null, alongside: [] };

export const listKey = (list: RelationshipList) => `${list.types.join('|')} ${list.direction}`;

/** A relationship listed for a node, with the lists fetched along with it for its far end, by `listKey`. */
export type RelationshipTree = Readonly<{
  relationship: RelationshipRecord;
  farEnd: NodeRecord;
  alongside: ReadonlyMap<string, RelationshipTree[]>;
}>;

type StoredTree = Readonly<{
  relationship: StoredProperties;
  type: RelationshipType;
  far: StoredProperties;
  alongside: StoredLists;
}>;

// The model's relationship types join only nodes of the model, so the far end needs no label check (which would cost
// a look-up per row).
const patternOf = ({ types, direction }: RelationshipList, near: string, relationship: string, far: string) =>
  direction === 'OUTGOING' ? `(${near})-[${relationship}:${types.join('|')}]->(${far})` : `(${near})<-[${relationship}:${types.join('|')}]-(${far})`;

/** A map of pattern comprehensions that list, for node `near`, each planned list with its own lists alongside. */
export function alongsideProjection(plans: readonly RelationshipPlan[], near: string, depth: number): string {
  const lists = plans.map((plan, index) => {
    const relationship = `relationship${depth}_${index}`;
    const far = `far${depth}_${index}`;
    return `\`${listKey(plan)}\`: [${patternOf(plan, near, relationship, far)} | {
      type: type(${relationship}), relationship: ${propertiesProjection(relationship, plan.relationshipKeys)}, far: ${nodeProjection(far, plan.farKeys)},
      alongside: ${alongsideProjection(plan.alongside, far, depth + 1)}}]`;
  });
  return `{${lists.join(', ')}}`;
}

/**
 * For each of the nodes, its relationships of the plan's types in one direction, ordered by relationship id,
 * each with its far end and the plan's lists for that far end. One round trip for any number of nodes and levels.
 */
export async function relationshipTrees(
  runner: QueryRunner,
  plan: RelationshipPlan,
  nearNodes: readonly NodeRecord[],
): Promise<Map<string, RelationshipTree[]>> {
  const rows = await runner.read<{ nearId: string; lists: StoredLists }>(
    `MATCH (near:Node) WHERE near.id IN $nodeIds
     RETURN near.id AS nearId, ${alongsideProjection([plan], 'near', 0)} AS lists`,
    { nodeIds: [...new Set(nearNodes.map((node) => node.id))] },
  );
  const listed = new Map(rows.map((row) => [row.nearId, row.lists]));
  return new Map(
    nearNodes.map((near) => [near.id, listsOf(near, listed.get(near.id) ?? {}, [plan]).get(listKey(plan)) ?? []]),
  );
}

/** A node as fetched, with the relationship lists fetched along with it, by `listKey`. */
export type FetchedNode = Readonly<{ node: NodeRecord; alongside: ReadonlyMap<string, RelationshipTree[]> }>;

/** Reads a node and its lists as `alongsideProjection` returned them. */
export function toFetchedNode(stored: StoredProperties, alongside: StoredLists, plans: readonly RelationshipPlan[]): FetchedNode {
  const node = toNodeRecord(stored);
  return { node, alongside: listsOf(node, alongside, plans) };
}

export type StoredLists = Record<string, StoredTree[]>;

function listsOf(near: NodeRecord, stored: StoredLists, plans: readonly RelationshipPlan[]): Map<string, RelationshipTree[]> {
  return new Map(
    plans.map((plan) => {
      const trees = (stored[listKey(plan)] ?? []).map((child) => toTree(child, near, plan));
      return [listKey(plan), trees.sort((left, right) => compareIds(left.relationship.id, right.relationship.id))];
    }),
  );
}

function toTree(stored: StoredTree, near: NodeRecord, plan: RelationshipPlan): RelationshipTree {
  const far = toNodeRecord(stored.far);
  const [from, to] = plan.direction === 'OUTGOING' ? [near, far] : [far, near];
  return {
    relationship: toRelationshipRecord(stored.type, stored.relationship, from, to),
    farEnd: far,
    alongside: listsOf(far, stored.alongside, plan.alongside),
  };
}

const compareIds = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);

/** The blames made in these statements (a blame names the statement it was made in). */
export async function blamesMadeInStatements(
  runner: QueryRunner,
  statementIds: readonly string[],
): Promise<RelationshipRecord[]> {
  const rows = await runner.read<{ relationship: StoredProperties; from: StoredProperties; to: StoredProperties }>(
    `MATCH (a:Node)-[r:BLAMES]->(b:Node)
     WHERE r.statementId IN $statementIds
     RETURN r {.*} AS relationship, ${nodeProjection('a')} AS from, ${nodeProjection('b')} AS to
     ORDER BY r.id`,
    { statementIds: [...new Set(statementIds)] },
  );
  return rows.map((row) => toRelationshipRecord('BLAMES', row.relationship, toNodeRecord(row.from), toNodeRecord(row.to)));
}

/** The relationship of this type and id between these two nodes, with both ends; undefined when there is none. */
export async function relationshipBetween(
  runner: QueryRunner,
  { type, id, from, to }: Readonly<{ type: RelationshipType; id: string; from: string; to: string }>,
): Promise<RelationshipRecord | undefined> {
  const [row] = await runner.read<{ relationship: StoredProperties; from: StoredProperties; to: StoredProperties }>(
    `MATCH (a:Node {id: $from})-[r:${type} {id: $id}]->(b:Node {id: $to})
     RETURN r {.*} AS relationship, ${nodeProjection('a')} AS from, ${nodeProjection('b')} AS to`,
    { id, from, to },
  );
  return row && toRelationshipRecord(type, row.relationship, toNodeRecord(row.from), toNodeRecord(row.to));
}
