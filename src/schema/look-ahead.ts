import {
  type FieldNode,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { NodeRecord, RelationshipRecord } from '../data/model.js';
import { listKey, type RelationshipList, type RelationshipPlan } from '../data/relationships.js';

/**
 * Look-ahead: a field that lists relationships fetches, in its own round trip, the relationship lists the
 * query asks for below it, so that `person { claims { statement { confirmations } } }` costs one round trip
 * for the claims and their confirmations, not one per level. Fields say what they list in their extensions.
 */
type End = 'from' | 'to';

export type ListExtension = Readonly<{ list: RelationshipList; listsNeighbours: boolean }>;

/** Extensions of a field that lists a node's relationships (or, `listsNeighbours`, the nodes at their far ends). */
export const listExtensions = (extension: ListExtension) => ({ relationshipList: extension });

/** A field of a relationship type that returns one of its ends, for look-ahead to follow. */
export function endField<Node extends NodeRecord>(end: End) {
  return {
    extensions: { relationshipEnd: end },
    resolve: (relationship: RelationshipRecord) => relationship[end] as Node,
  };
}

/** How many levels below a field look-ahead reaches; deeper lists load in round trips of their own. */
const reach = 3;

type Selection = Readonly<{ selectionSet: SelectionSetNode; type: GraphQLNamedType }>;
type SelectedField = Readonly<{ node: FieldNode; definition: GraphQLField<unknown, unknown> }>;

export const farEndOf = (list: RelationshipList): End => (list.direction === 'OUTGOING' ? 'to' : 'from');

/** The relationship lists to fetch for the far ends of the list field being resolved. */
export function lookAhead(info: GraphQLResolveInfo, extension: ListExtension): RelationshipPlan[] {
  return plansOn(farEndSelections(selectionsOf(info), extension, info), info, 1);
}

/** The relationship lists to fetch for the nodes a field returns. */
export function listsBelow(info: GraphQLResolveInfo): RelationshipPlan[] {
  return plansOn(selectionsOf(info), info, 1);
}

/** The relationship lists to fetch for the nodes of a connection's page: those asked for under `edges { node }`. */
export function listsBelowConnection(info: GraphQLResolveInfo): RelationshipPlan[] {
  const edges = selectedFields(selectionsOf(info), info).filter(({ node }) => node.name.value === 'edges');
  const nodes = selectedFields(edges.flatMap(fieldSelection), info).filter(({ node }) => node.name.value === 'node');
  return plansOn(nodes.flatMap(fieldSelection), info, 1);
}

function selectionsOf(info: GraphQLResolveInfo): Selection[] {
  return info.fieldNodes.flatMap((node) =>
    node.selectionSet ? [{ selectionSet: node.selectionSet, type: getNamedType(info.returnType) }] : [],
  );
}

function fieldSelection({ node, definition }: SelectedField): Selection[] {
  return node.selectionSet ? [{ selectionSet: node.selectionSet, type: getNamedType(definition.type) }] : [];
}

function farEndSelections(listed: readonly Selection[], { list, listsNeighbours }: ListExtension, info: GraphQLResolveInfo): Selection[] {
  if (listsNeighbours) return [...listed];
  return selectedFields(listed, info)
    .filter(({ definition }) => definition.extensions['relationshipEnd'] === farEndOf(list))
    .flatMap(fieldSelection);
}

function plansOn(selections: readonly Selection[], info: GraphQLResolveInfo, depth: number): RelationshipPlan[] {
  if (depth > reach) return [];
  const plans = selectedFields(selections, info).flatMap(({ node, definition }) => {
    const extension = definition.extensions['relationshipList'] as ListExtension | undefined;
    if (!extension) return [];
    return [{ ...extension.list, alongside: plansOn(farEndSelections(fieldSelection({ node, definition }), extension, info), info, depth + 1) }];
  });
  return merged(plans);
}

/** Plans for the same list, asked for under aliases or in fragments, become one with everything asked below each. */
function merged(plans: readonly RelationshipPlan[]): RelationshipPlan[] {
  const byKey = new Map<string, RelationshipPlan[]>();
  for (const plan of plans) byKey.set(listKey(plan), [...(byKey.get(listKey(plan)) ?? []), plan]);
  return [...byKey.values()].map((same) => ({ ...same[0]!, alongside: merged(same.flatMap((plan) => plan.alongside)) }));
}

/** The fields selected on a type, through fragments; fields of any type condition count, since fetching more is harmless. */
function selectedFields(selections: readonly Selection[], info: GraphQLResolveInfo): SelectedField[] {
  return selections.flatMap(({ selectionSet, type }) =>
    selectionSet.selections.flatMap((selection): SelectedField[] => {
      switch (selection.kind) {
        case Kind.FIELD: {
          const definition = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
          return definition ? [{ node: selection, definition }] : [];
        }
        case Kind.INLINE_FRAGMENT: {
          const condition = selection.typeCondition ? info.schema.getType(selection.typeCondition.name.value) : type;
          return condition ? selectedFields([{ selectionSet: selection.selectionSet, type: condition }], info) : [];
        }
        case Kind.FRAGMENT_SPREAD: {
          const fragment = info.fragments[selection.name.value];
          const condition = fragment && info.schema.getType(fragment.typeCondition.name.value);
          return fragment && condition ? selectedFields([{ selectionSet: fragment.selectionSet, type: condition }], info) : [];
        }
      }
    }),
  );
}
