/**
 * Look-ahead: a field that finds nodes or lists relationships fetches, in its own round trip, the relationship
 * lists the query asks for below it, so that `person { claims { statement { confirmations } } }` is one round
 * trip, not one per level. Fields say what they list in their extensions.
 *
 * Lists are fetched along for the nodes a field returns, and below those only for statements: a statement has
 * a handful of ties, while an entity may have thousands and recur under many statements of a page, so an
 * entity's lists load once per entity through the batch loader instead of once per place it appears.
 */
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
import { type NodeRecord, type RelationshipRecord, relationshipEnds } from '../data/model.js';
import { listKey, type RelationshipList, type RelationshipPlan } from '../data/relationships.js';

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

type Selection = Readonly<{ selectionSet: SelectionSetNode; type: GraphQLNamedType }>;
type SelectedField = Readonly<{ node: FieldNode; definition: GraphQLField<unknown, unknown> }>;

const farEndOf = (list: RelationshipList): End => (list.direction === 'OUTGOING' ? 'to' : 'from');

const endsInStatements = (list: RelationshipList) =>
  list.types.every((type) => relationshipEnds[type][farEndOf(list)].every((kind) => kind === 'Statement'));

/** The relationship lists to fetch for the far ends of the list field being resolved. */
export function lookAhead(info: GraphQLResolveInfo, extension: ListExtension): RelationshipPlan[] {
  return plansOn(farEndSelections(selectionsOf(info), extension, info), info);
}

/** The relationship lists to fetch for the nodes a field returns. */
export function listsBelow(info: GraphQLResolveInfo): RelationshipPlan[] {
  return plansOn(selectionsOf(info), info);
}

/** The relationship lists to fetch for the nodes of a connection's page: those asked for under `edges { node }`. */
export function listsBelowConnection(info: GraphQLResolveInfo): RelationshipPlan[] {
  return plansOn(selectionsAt(info, ['edges', 'node']), info);
}

/** Whether the query asks for `field` at this path below the field being resolved, e.g. `edges { properties }`. */
export function asksFor(info: GraphQLResolveInfo, path: readonly string[], field: string): boolean {
  return selectedFields(selectionsAt(info, path), info).some(({ node }) => node.name.value === field);
}

function selectionsAt(info: GraphQLResolveInfo, path: readonly string[]): Selection[] {
  return path.reduce(
    (selections, name) =>
      selectedFields(selections, info)
        .filter(({ node }) => node.name.value === name)
        .flatMap(fieldSelection),
    selectionsOf(info),
  );
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

function plansOn(selections: readonly Selection[], info: GraphQLResolveInfo): RelationshipPlan[] {
  const plans = selectedFields(selections, info).flatMap(({ node, definition }) => {
    const extension = definition.extensions['relationshipList'] as ListExtension | undefined;
    if (!extension) return [];
    const below = endsInStatements(extension.list) ? plansOn(farEndSelections(fieldSelection({ node, definition }), extension, info), info) : [];
    return [{ ...extension.list, alongside: below }];
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
