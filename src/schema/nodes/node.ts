import { resolveNodes } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { badInput } from '../../errors.js';
import { kindOfId } from '../../model/ids.js';
import { builder } from '../builder.js';

type GlobalId = Readonly<{ typename: string; id: string }>;

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description:
      'The node with this id, of any kind; null, with a NOT_FOUND error, when there is none. The id of a statement, person or organisation merged into another finds the one it became.',
    args: { id: t.arg.globalID({ required: true, description: 'e.g. "place:bakhmut".', extensions: { relayGlobalIDAlwaysParse: true } }) },
    resolve: async (_root, { id }, context, info) => (await nodesOrErrors([id], () => 'id', context, info))[0],
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: 'The nodes with these ids, in the order given; null, with an error, for each id that names no node.',
    args: { ids: t.arg.globalIDList({ required: true, description: 'Ids of any kinds, at most 100.', extensions: { relayGlobalIDAlwaysParse: true } }) },
    resolve: (_root, { ids }, context, info) => nodesOrErrors(ids, (index) => `ids.${index}`, context, info),
  }),
}));

/**
 * Each id's node, or the error in its place: BAD_USER_INPUT for what is no claimgraph id, NOT_FOUND (from the
 * kind's loader) for an id no node has. GraphQL turns an error in place of a list item into that item's null
 * alone, so one bad id never costs the others, or the fields beside, their answers.
 */
async function nodesOrErrors(
  ids: readonly GlobalId[],
  fieldOf: (index: number) => string,
  context: Context,
  info: GraphQLResolveInfo,
): Promise<unknown[]> {
  const known = ids.map((id) => (kindOfId(id.id) === undefined ? null : id));
  const nodes = await resolveNodes(builder, context, info, known);
  return ids.map((id, index) =>
    known[index] === null
      ? badInput(fieldOf(index), `"${id.id}" is no claimgraph id; ids read "<kind>:<slug>", e.g. "person:yevgeny-prigozhin"`)
      : nodes[index],
  );
}
