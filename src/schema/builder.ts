import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError, Kind } from 'graphql';
import type { Context } from '../context.js';
import { parsePartialDate } from '../data/dates.js';
import { kindOfId } from '../data/model.js';
import { badInput } from '../errors.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Connection: { totalCount: () => Promise<number> };
  Scalars: {
    ID: { Input: string; Output: string };
    PartialDate: { Input: string; Output: string };
  };
}>({
  plugins: [RelayPlugin, DataloaderPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Ids are already global and readable ("person:yevgeny-prigozhin"): the prefix names the type.
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => {
      const kind = kindOfId(globalID);
      if (!kind) throw badInput('id', `"${globalID}" is no claimgraph id; ids read "<kind>:<slug>", e.g. "person:yevgeny-prigozhin"`);
      return { typename: kind, id: globalID };
    },
    idFieldOptions: { description: 'Stable, readable id whose prefix names the kind, e.g. "person:yevgeny-prigozhin".' },
    nodeQueryOptions: {
      description: 'The node with this id, of any kind.',
      args: { id: { description: 'e.g. "place:bakhmut".' } },
    },
    nodesQueryOptions: {
      description: 'The nodes with these ids, in the order given.',
      args: { ids: { description: 'Ids of any kinds.' } },
    },
    nodeTypeOptions: { description: 'Anything with a stable id: a person, organisation, place, statement or source.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its list; pass `endCursor` as `after` for the next page.' },
    hasNextPageFieldOptions: { description: 'Whether items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of the page; pass it as `after` for the next page.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the list.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { description: 'The item.' },
    cursorFieldOptions: { description: 'Opaque position of the item; pass it as `after` or `before`.' },
    firstArgOptions: { description: 'How many items from the start, 1 to 100 (default 20).' },
    lastArgOptions: { description: 'How many items from the end, 1 to 100.' },
    afterArgOptions: { description: 'Start after the item with this cursor.' },
    beforeArgOptions: { description: 'End before the item with this cursor.' },
    defaultConnectionTypeOptions: { description: 'A page of a list, with the total count.' },
    defaultEdgeTypeOptions: { description: 'An item of a page, with its cursor.' },
  },
  validation: {
    validationError: (result) => {
      const [issue] = result.issues;
      const field = issue?.path?.map((segment) => (typeof segment === 'object' ? String(segment.key) : String(segment))).join('.') ?? 'input';
      return badInput(field || 'input', issue?.message ?? 'is invalid');
    },
  },
});

builder.scalarType('PartialDate', {
  description:
    'An ISO 8601 date that may stop at the year or the month: "2023", "2023-05" or "2023-05-17". ' +
    'A date known only to the month is never shown as a made-up day.',
  serialize: (value) => value,
  parseValue: parsePartialDateInput,
  parseLiteral: (literal) => parsePartialDateInput(literal.kind === Kind.STRING ? literal.value : undefined),
});

function parsePartialDateInput(value: unknown): string {
  if (typeof value === 'string' && parsePartialDate(value)) return value;
  throw new GraphQLError('A PartialDate reads YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2023-05".', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

builder.queryType({ description: 'Who said what, who backs it up, who disputes it and who blames whom.' });
