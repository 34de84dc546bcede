import type { Context } from '../context.js';
import type { Direction, NodeKind, NodeRecord, RelationshipRecord, RelationshipType } from '../data/model.js';
import { nodesByIds } from '../data/nodes.js';
import { blamesMadeInStatements, nearEndId, relationshipsOfNodes } from '../data/relationships.js';
import { notFound } from '../errors.js';

/** A batch loader for one node kind: an id of another kind, or of no node, loads as NOT_FOUND. */
export function loadNodesOfKind<Kind extends NodeKind>(kind: Kind) {
  return async (ids: string[], context: Context): Promise<(Extract<NodeRecord, { kind: Kind }> | Error)[]> => {
    const nodes = await nodesByIds(context.runner, ids);
    return nodes.map((node, index) =>
      node?.kind === kind ? (node as Extract<NodeRecord, { kind: Kind }>) : notFound(ids[index] ?? ''),
    );
  };
}

function groupBy<Item>(keys: readonly string[], items: readonly Item[], keyOf: (item: Item) => string): Item[][] {
  const groups = new Map<string, Item[]>(keys.map((key) => [key, []]));
  for (const item of items) groups.get(keyOf(item))?.push(item);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * `t.loadableList` options listing each node's relationships of these types in one direction.
 * All parents in a request share one Cypher round trip per field.
 */
export function relationshipsOf(types: readonly RelationshipType[], direction: Direction) {
  return {
    load: async (nodeIds: string[], context: Context) =>
      groupBy(nodeIds, await relationshipsOfNodes(context.runner, types, direction, nodeIds), (relationship) =>
        nearEndId(relationship, direction),
      ),
    resolve: (node: NodeRecord) => node.id,
  };
}

/** Like `relationshipsOf`, for fields that list the nodes at the far end rather than the relationships. */
export function neighboursOf<Neighbour extends NodeRecord>(types: readonly RelationshipType[], direction: Direction) {
  const { load, resolve } = relationshipsOf(types, direction);
  return {
    load: async (nodeIds: string[], context: Context) =>
      (await load(nodeIds, context)).map((relationships) =>
        relationships.map((relationship) => farEnd<Neighbour>(relationship, direction)),
      ),
    resolve,
  };
}

/** `t.loadableList` options listing the blames made in each statement. */
export const blamesOfStatements = {
  load: async (statementIds: string[], context: Context) =>
    groupBy(statementIds, await blamesMadeInStatements(context.runner, statementIds), (blame) => blame.statementId ?? ''),
  resolve: (statement: NodeRecord) => statement.id,
};

/** The node at the far end of a relationship, seen from the node it was listed for. */
function farEnd<Node extends NodeRecord>(relationship: RelationshipRecord, direction: Direction): Node {
  return (direction === 'OUTGOING' ? relationship.to : relationship.from) as Node;
}
