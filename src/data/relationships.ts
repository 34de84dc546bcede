import neo4j from 'neo4j-driver';
import type { Parameters, QueryRunner } from '../db/database.js';
import { type Direction, farKindsOf, type NodeKind, type RelationshipType, structuralTypes } from '../model/kinds.js';
import type { NodeRecord, PartialDate, RelationshipRecord } from '../model/records.js';
import {
  holdsDuring,
  nodeProjection,
  propertiesProjection,
  type StoredProperties,
  toNodeRecord,
  toNodeRecordOfKind,
  toRelationshipRecord,
} from './properties.js';

/** Which relationships of a node to list: those of these types in one direction. */
export type RelationshipList = Readonly<{ types: readonly RelationshipType[]; direction: Direction }>;

/** A page of a list in relationship id order: `first` relationships after the one with id `after`, and whether to count them all. */
export type ListPage = Readonly<{ first: number; after: string | null; counted: boolean }>;

/**
 * Which of a node's relationships to list, and how many: those of the list that hold at `at` (for relationships that hold for a
 * time), all of them or one page.
 */
export type ListWindow = RelationshipList & Readonly<{ at: PartialDate | null; page: ListPage | null }>;

/**
 * A relationship list to fetch: the stored keys to read of each relationship and of each node at its far end
 * (null for all), and the lists to fetch along with it for those nodes.
 */
export type RelationshipPlan = ListWindow &
  Readonly<{ relationshipKeys: readonly string[] | null; farKeys: readonly string[] | null; alongside: readonly RelationshipPlan[] }>;

/** What to read of the nodes a query fetches (null: every property), and the lists to fetch along with them. */
export type NodePlan = Readonly<{ keys: readonly string[] | null; alongside: readonly RelationshipPlan[] }>;

export const wholeNodes: NodePlan = { keys: null, alongside: [] };

/** Names a window of a list: lists fetched ahead are kept under it for the field that asks for the same window. */
export const listKey = ({ types, direction, at, page }: ListWindow) =>
  [types.join('|'), direction, at ? `at ${at.value}` : '', page ? `first ${page.first} after ${page.after ?? ''}` : ''].join(' ');

/** A relationship listed for a node, with the lists fetched along with it for its far end, by `listKey`. */
export type RelationshipTree = Readonly<{
  relationship: RelationshipRecord;
  farEnd: NodeRecord;
  alongside: ReadonlyMap<string, FetchedList>;
}>;

/** A list as fetched: its relationships (one page of them, for a paged list), whether more follow, and the count of all when asked. */
export type FetchedList = Readonly<{ trees: RelationshipTree[]; hasMore: boolean; totalCount: number | null }>;

type StoredTree = Readonly<{
  /** Left out when the query reads none of its keys. */
  relationship?: StoredProperties;
  /** Left out for a list of one type. */
  type?: RelationshipType;
  far: StoredProperties;
  /** Left out when no list is fetched along. */
  alongside?: StoredLists;
}>;

/** The one kind of node a list's far ends can be, if one. */
const farKindOf = ({ types, direction }: RelationshipList): NodeKind | undefined => {
  const kinds = new Set(types.flatMap((type) => farKindsOf(type, direction)));
  return kinds.size === 1 ? [...kinds][0] : undefined;
};

export type StoredLists = Record<string, StoredTree[] | number>;

const isTimeBound = (list: RelationshipList) => list.types.every((type) => (structuralTypes as readonly string[]).includes(type));

// The model's relationship types join only nodes of the model, so the far end needs no label check (which would cost
// a look-up per row).
const patternOf = ({ types, direction }: RelationshipList, near: string, relationship: string, far: string) =>
  direction === 'OUTGOING' ? `(${near})-[${relationship}:${types.join('|')}]->(${far})` : `(${near})<-[${relationship}:${types.join('|')}]-(${far})`;

/** Cypher with the parameters it needs. */
export type Projection = Readonly<{ cypher: string; parameters: Parameters }>;

/**
 * A map that lists, for node `near`, each planned list in relationship id order with its own lists alongside: a COLLECT
 * subquery for a whole list or a page (and a COUNT for a page's total). Keys, variables and parameters are named by
 * the list's place in the plan (`name`), never by what was asked, so that user input reaches the query only as
 * parameters. A list of relationships that hold for a time always carries its `at` condition, with null bounds when none was
 * asked, so that the query's text does not depend on the date.
 */
export function alongsideProjection(plans: readonly RelationshipPlan[], near: string, name = 'l'): Projection {
  const parameters: Record<string, unknown> = {};
  const entries = plans.flatMap((plan, index) => {
    const list = `${name}_${index}`;
    const [relationship, far] = [`r${list}`, `f${list}`];
    const nested = alongsideProjection(plan.alongside, far, list);
    Object.assign(parameters, nested.parameters);
    const conditions: string[] = [];
    if (isTimeBound(plan)) {
      conditions.push(holdsDuring(relationship, `$${list}_atStart`, `$${list}_atEnd`));
      Object.assign(parameters, { [`${list}_atStart`]: plan.at?.start ?? null, [`${list}_atEnd`]: plan.at?.end ?? null });
    }
    // What the plan already knows or the query does not read is not returned: the type of a list of one type, the kind
    // of a far end of one kind, a relationship of which no key is read (its id orders the list inside the query).
    const parts = [
      ...(plan.types.length > 1 ? [`type: type(${relationship})`] : []),
      ...(plan.relationshipKeys?.length === 0 ? [] : [`relationship: ${propertiesProjection(relationship, plan.relationshipKeys)}`]),
      `far: ${nodeProjection(far, plan.farKeys, farKindOf(plan) === undefined)}`,
      ...(plan.alongside.length > 0 ? [`alongside: ${nested.cypher}`] : []),
    ];
    const item = `{${parts.join(', ')}}`;
    const where = (extra: readonly string[]) => ([...conditions, ...extra].length > 0 ? ` WHERE ${[...conditions, ...extra].join(' AND ')}` : '');
    const collected = (extra: readonly string[], limit: string) => `${list}: COLLECT {
      MATCH ${patternOf(plan, near, relationship, far)}${where(extra)}
      WITH ${relationship}, ${far} ORDER BY ${relationship}.id${limit}
      RETURN ${item} }`;
    if (!plan.page) return [collected([], '')];
    // One more than the page, to tell whether more follow.
    Object.assign(parameters, { [`${list}_after`]: plan.page.after, [`${list}_limit`]: neo4j.int(plan.page.first + 1) });
    const page = collected([`($${list}_after IS NULL OR ${relationship}.id > $${list}_after)`], ` LIMIT $${list}_limit`);
    const count = `${list}_count: COUNT { ${patternOf(plan, near, relationship, '')}${where([])} }`;
    return plan.page.counted ? [page, count] : [page];
  });
  return { cypher: `{${entries.join(', ')}}`, parameters };
}

/**
 * For each of the nodes, its window of the plan's list, ordered by relationship id, each relationship with its far end
 * and the plan's lists for that far end. One round trip for any number of nodes and levels.
 */
export async function relationshipTrees(
  runner: QueryRunner,
  plan: RelationshipPlan,
  nearNodes: readonly NodeRecord[],
): Promise<Map<string, FetchedList>> {
  const lists = alongsideProjection([plan], 'near');
  const rows = await runner.read<{ nearId: string; lists: StoredLists }>(
    `MATCH (near:Node) WHERE near.id IN $nodeIds
     RETURN near.id AS nearId, ${lists.cypher} AS lists`,
    { ...lists.parameters, nodeIds: [...new Set(nearNodes.map((node) => node.id))] },
  );
  const listed = new Map(rows.map((row) => [row.nearId, row.lists]));
  return new Map(nearNodes.map((near) => [near.id, listsOf(near, listed.get(near.id) ?? {}, [plan]).get(listKey(plan))!]));
}

/** A node as fetched, with the relationship lists fetched along with it, by `listKey`. */
export type FetchedNode = Readonly<{ node: NodeRecord; alongside: ReadonlyMap<string, FetchedList> }>;

/** Reads a node and its lists as `alongsideProjection` returned them; a node of a `kind` the caller knows was read without its labels. */
export function toFetchedNode(stored: StoredProperties, alongside: StoredLists, plans: readonly RelationshipPlan[], kind?: NodeKind): FetchedNode {
  const node = kind ? toNodeRecordOfKind(stored, kind) : toNodeRecord(stored);
  return { node, alongside: listsOf(node, alongside, plans) };
}

/** Reads the lists `alongsideProjection(plans, …, name)` returned, by `listKey`. */
const noLists: ReadonlyMap<string, FetchedList> = new Map();

function listsOf(near: NodeRecord, stored: StoredLists, plans: readonly RelationshipPlan[], name = 'l'): ReadonlyMap<string, FetchedList> {
  if (plans.length === 0) return noLists;
  return new Map(
    plans.map((plan, index) => {
      const list = `${name}_${index}`;
      const { key, kind } = namesOf(plan);
      const listed = stored[list];
      const trees = (Array.isArray(listed) ? listed : []).map((child) => toTree(child, near, plan, list, kind));
      const count = stored[`${list}_count`];
      const first = plan.page?.first ?? trees.length;
      return [key, { trees: trees.slice(0, first), hasMore: trees.length > first, totalCount: typeof count === 'number' ? count : null }];
    }),
  );
}

type PlanNames = Readonly<{ key: string; kind: NodeKind | undefined }>;

/** Worked out once per plan rather than once per node of every level: the same plan reads the lists of each of them. */
const namesByPlan = new WeakMap<RelationshipPlan, PlanNames>();

function namesOf(plan: RelationshipPlan): PlanNames {
  let names = namesByPlan.get(plan);
  if (!names) namesByPlan.set(plan, (names = { key: listKey(plan), kind: farKindOf(plan) }));
  return names;
}

const unread: StoredProperties = {};

function toTree(stored: StoredTree, near: NodeRecord, plan: RelationshipPlan, list: string, kind: NodeKind | undefined): RelationshipTree {
  const far = kind ? toNodeRecordOfKind(stored.far, kind) : toNodeRecord(stored.far);
  const [from, to] = plan.direction === 'OUTGOING' ? [near, far] : [far, near];
  return {
    relationship: toRelationshipRecord(stored.type ?? plan.types[0]!, stored.relationship ?? unread, from, to),
    farEnd: far,
    alongside: listsOf(far, stored.alongside ?? {}, plan.alongside, list),
  };
}

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
