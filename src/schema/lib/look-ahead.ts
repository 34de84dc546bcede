/**
 * Look-ahead: a field that finds nodes or lists relationships fetches, in its own round trip, the relationship
 * lists the query asks for below it, so that `person { claims { edges { node { statement { confirmations } } } } }`
 * is one round trip, not one per level. A paged list (a connection) is fetched as the page its arguments ask for. Fields say in their extensions what they list, and which stored properties they show
 * (`storedKeys`). What is fetched reads only the stored properties the query asks for, where every field asked
 * for declares them.
 *
 * Lists are fetched along for the nodes a field returns, and below those only for statements: a statement has
 * a handful of relationships, while an entity may have thousands and recur under many statements of a page, so an
 * entity's lists load once per entity through the batch loader instead of once per place it appears.
 */
import {
  type FieldNode,
  getArgumentValues,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { parsePartialDate } from '../../model/dates.js';
import { farKindsOf } from '../../model/kinds.js';
import { type NodeRecord, type RelationshipRecord } from '../../model/records.js';
import { type ListPage, listKey, type ListWindow, type NodePlan, type RelationshipList, type RelationshipPlan } from '../../data/relationships.js';
import { defaultPageSize, outOfBounds, maximumPageSize } from './bounds.js';

type End = 'from' | 'to';

/**
 * What a list field lists: a node's relationships of a list (or, `listsNeighbours`, the nodes at their far ends), whole,
 * or (`paged`) as a connection whose `first` and `after` arguments choose a page.
 */
export type ListExtension = Readonly<{ list: RelationshipList; listsNeighbours: boolean; paged: boolean }>;

/** Extensions of a list field, for look-ahead to find. */
export const listExtensions = (extension: ListExtension) => ({ relationshipList: extension });

/**
 * Extensions of a field that shows stored properties of its node or relationship as they are: the keys it reads,
 * e.g. `extensions: storedKeys('date')` on `datePrecision`. A field without them, such as `names` or a computed
 * one, makes look-ahead read the whole node or relationship.
 */
export const storedKeys = (...keys: string[]) => ({ storedKeys: keys });

const declaredKeys = (definition: GraphQLField<unknown, unknown>) =>
  (definition.extensions['storedKeys'] as readonly string[] | undefined) ?? null;

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
const nearEndOf = (list: RelationshipList): End => (list.direction === 'OUTGOING' ? 'from' : 'to');

const endsInStatements = (list: RelationshipList) =>
  list.types.every((type) => farKindsOf(type, list.direction).every((kind) => kind === 'Statement'));

/**
 * The plan for the list field being resolved: the window its arguments ask for, what to read of its far ends, and the
 * lists to fetch along. Undefined when its page size is out of bounds, which the field refuses.
 */
export function planOfList(info: GraphQLResolveInfo, extension: ListExtension): RelationshipPlan | undefined {
  return planOf(extension, fieldBeingResolved(info), selectionsOf(info), info);
}

/**
 * The window of its list that the field being resolved asks for, without planning what is read below it: what names
 * the list a look-ahead may already have fetched. Undefined when its page size is out of bounds.
 */
export function windowOfList(info: GraphQLResolveInfo, extension: ListExtension): ListWindow | undefined {
  return windowOf(extension, fieldBeingResolved(info), selectionsOf(info), info);
}

const fieldBeingResolved = (info: GraphQLResolveInfo): SelectedField => ({
  node: info.fieldNodes[0]!,
  definition: info.parentType.getFields()[info.fieldName]!,
});

/** What to read of the nodes a field returns, or of a connection's nodes (`path` ['edges', 'node']), and the lists to fetch along. */
export function nodePlan(info: GraphQLResolveInfo, path: readonly string[] = []): NodePlan {
  const selections = selectionsAt(info, path);
  return { keys: storedKeysOf(selections, info), alongside: plansOn(selections, info) };
}

/** Whether the query asks for `field` at this path below the field being resolved, e.g. `edges { properties }`. */
export function asksFor(info: GraphQLResolveInfo, path: readonly string[], field: string): boolean {
  return selectedFields(selectionsAt(info, path), info).some(({ node }) => node.name.value === field);
}

const selectionsAt = (info: GraphQLResolveInfo, path: readonly string[]) => descend(selectionsOf(info), path, info);

function descend(selections: readonly Selection[], path: readonly string[], info: GraphQLResolveInfo): Selection[] {
  return path.reduce(
    (reached: readonly Selection[], name) =>
      selectedFields(reached, info)
        .filter(({ node }) => node.name.value === name)
        .flatMap(fieldSelection),
    selections,
  ) as Selection[];
}

/** Where a connection's items are selected. */
const itemPath = ['edges', 'node'];

function selectionsOf(info: GraphQLResolveInfo): Selection[] {
  return info.fieldNodes.flatMap((node) =>
    node.selectionSet ? [{ selectionSet: node.selectionSet, type: getNamedType(info.returnType) }] : [],
  );
}

function fieldSelection({ node, definition }: SelectedField): Selection[] {
  return node.selectionSet ? [{ selectionSet: node.selectionSet, type: getNamedType(definition.type) }] : [];
}

function endSelections(listed: readonly Selection[], { list, listsNeighbours }: ListExtension, end: End, info: GraphQLResolveInfo): Selection[] {
  if (listsNeighbours) return end === farEndOf(list) ? [...listed] : [];
  return selectedFields(listed, info)
    .filter(({ definition }) => definition.extensions['relationshipEnd'] === end)
    .flatMap(fieldSelection);
}

const listExtensionOf = (definition: GraphQLField<unknown, unknown>) =>
  definition.extensions['relationshipList'] as ListExtension | undefined;

/** The page a paged list's arguments ask for; undefined when its size is out of bounds. */
function pageOf(extension: ListExtension, args: Record<string, unknown>, selections: readonly Selection[], info: GraphQLResolveInfo) {
  if (!extension.paged) return null;
  const first = typeof args['first'] === 'number' ? args['first'] : defaultPageSize;
  if (outOfBounds(1, maximumPageSize, first)) return undefined;
  const after = typeof args['after'] === 'string' ? args['after'] : null;
  const counted = selectedFields(selections, info).some(({ node }) => node.name.value === 'totalCount');
  return { first, after, counted } satisfies ListPage;
}

/** The window of its list a list field's arguments ask for (`selections`: the field's own); undefined when its page size is out of bounds. */
function windowOf(extension: ListExtension, field: SelectedField, selections: readonly Selection[], info: GraphQLResolveInfo): ListWindow | undefined {
  const args = getArgumentValues(field.definition, field.node, info.variableValues);
  const page = pageOf(extension, args, selections, info);
  const at = typeof args['at'] === 'string' ? (parsePartialDate(args['at']) ?? null) : null;
  return page === undefined ? undefined : { ...extension.list, at, page };
}

function planOf(
  extension: ListExtension,
  field: SelectedField,
  selections: readonly Selection[],
  info: GraphQLResolveInfo,
): RelationshipPlan | undefined {
  const window = windowOf(extension, field, selections, info);
  if (!window) return undefined;
  const listed = extension.paged ? descend(selections, itemPath, info) : selections;
  const farEnds = endSelections(listed, extension, farEndOf(extension.list), info);
  const relationshipKeys = extension.listsNeighbours ? [] : keysRead(listed, info, relationshipFieldKeys);
  return {
    ...window,
    // A page's cursors are its relationships' ids.
    relationshipKeys: relationshipKeys && extension.paged && asksForCursors(selections, info) ? unionOf([relationshipKeys, ['id']]) : relationshipKeys,
    farKeys: storedKeysOf(farEnds, info),
    alongside: endsInStatements(extension.list) ? plansOn(farEnds, info) : [],
  };
}

/** Whether a connection's selection asks for a cursor: an edge's, or pageInfo's. */
const asksForCursors = (selections: readonly Selection[], info: GraphQLResolveInfo) =>
  selectedFields(selections, info).some(({ node }) => node.name.value === 'pageInfo') ||
  selectedFields(descend(selections, ['edges'], info), info).some(({ node }) => node.name.value === 'cursor');

function plansOn(selections: readonly Selection[], info: GraphQLResolveInfo): RelationshipPlan[] {
  return merged(
    selectedFields(selections, info).flatMap((field) => {
      const extension = listExtensionOf(field.definition);
      const plan = extension && planOf(extension, field, fieldSelection(field), info);
      return plan ? [plan] : [];
    }),
  );
}

/** The stored keys a selection reads, given what each selected field reads (null: everything). */
function keysRead(
  selections: readonly Selection[],
  info: GraphQLResolveInfo,
  keysOfField: (field: SelectedField) => readonly string[] | null,
): string[] | null {
  const keys = new Set<string>();
  for (const field of selectedFields(selections, info)) {
    const read = keysOfField(field);
    if (!read) return null;
    for (const key of read) keys.add(key);
  }
  return [...keys].sort();
}

/** A relationship's ends are nodes of their own, read by the plan for that end. */
function relationshipFieldKeys({ definition }: SelectedField): readonly string[] | null {
  if (definition.extensions['relationshipEnd']) return [];
  return declaredKeys(definition);
}

/**
 * The stored keys a selection on nodes reads, or null for all. A relationship list reads nothing of the node
 * but its id, except what is asked for of the node again through the near end of its relationships.
 */
function storedKeysOf(selections: readonly Selection[], info: GraphQLResolveInfo): string[] | null {
  return keysRead(selections, info, ({ node, definition }) => {
    const extension = listExtensionOf(definition);
    if (!extension) return declaredKeys(definition);
    const selections = fieldSelection({ node, definition });
    const listed = extension.paged ? descend(selections, itemPath, info) : selections;
    return storedKeysOf(endSelections(listed, extension, nearEndOf(extension.list), info), info);
  });
}

const unionOf = (keys: readonly (readonly string[] | null)[]) =>
  keys.some((each) => each === null) ? null : [...new Set(keys.flatMap((each) => each!))].sort();

/** Plans for the same list, asked for under aliases or in fragments, become one that reads and fetches what each did. */
function merged(plans: readonly RelationshipPlan[]): RelationshipPlan[] {
  const byKey = new Map<string, RelationshipPlan[]>();
  for (const plan of plans) byKey.set(listKey(plan), [...(byKey.get(listKey(plan)) ?? []), plan]);
  return [...byKey.values()].map((same) => ({
    ...same[0]!,
    page: same[0]!.page && { ...same[0]!.page, counted: same.some((plan) => plan.page?.counted) },
    relationshipKeys: unionOf(same.map((plan) => plan.relationshipKeys)),
    farKeys: unionOf(same.map((plan) => plan.farKeys)),
    alongside: merged(same.flatMap((plan) => plan.alongside)),
  }));
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
