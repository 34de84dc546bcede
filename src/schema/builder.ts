import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin, { type AuthFailure, AuthScopeFailureType } from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { Kind, valueFromASTUntyped } from 'graphql';
import type { Permissions } from '../auth/tokens.js';
import type { Context } from '../context.js';
import { parsePartialDate } from '../model/dates.js';
import { kindOfId } from '../model/ids.js';
import { badInput, forbidden, invalidValue, queryTooComplex, unauthenticated } from '../errors.js';
import { storedKeys } from './lib/look-ahead.js';

/** The most a single request may cost, checked before it runs; its depth is bounded in plugins/query-limits.ts. */
export const queryLimits = { complexity: 50_000, breadth: 200 } as const;

const complexityWording: Record<keyof typeof queryLimits, string> = {
  complexity: 'costly',
  breadth: 'broad',
};

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Connection: { totalCount: () => Promise<number> };
  Scalars: {
    ID: { Input: string; Output: string };
    PartialDate: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
  AuthScopes: Permissions;
}>({
  // Scope-auth wraps resolvers before the other plugins do. Pothos checks arguments (the validation plugin)
  // before any resolver wrapper, so a malformed input is BAD_USER_INPUT even without a token; either way nothing is written.
  plugins: [ScopeAuthPlugin, RelayPlugin, DataloaderPlugin, ValidationPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => context.permissions,
    // A subscriber who may not read is refused when subscribing, not only on each event.
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, context, _info, result) => {
      if (!context.viewer) return unauthenticated(context.authenticationRefusal);
      const needed = missingPermission(result.failure);
      return forbidden(`${context.viewer.name} has the ${context.viewer.role} role, which may not ${needed ? permissionWording[needed] : 'do this'}.`);
    },
  },
  complexity: {
    // A list counts as ten of its items (a connection as `first`), so nesting lists multiplies the cost:
    // a query that fans out over many levels is refused before it reaches Neo4j.
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: queryLimits,
    complexityError: (kind, result) => {
      const measure = kind.toLowerCase() as keyof typeof queryLimits;
      return queryTooComplex(
        `The query is too ${complexityWording[measure]}: its ${measure} is ${result[measure]}, the limit is ${queryLimits[measure]}. ` +
          'Ask for fewer levels or smaller pages.',
        { [measure]: result[measure], limit: queryLimits[measure] },
      );
    },
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Ids are already global and readable ("person:yevgeny-prigozhin"): the prefix names the type.
    encodeGlobalID: (_typename, id) => String(id),
    // Only `node` and `nodes` decode ids. What is no claimgraph id decodes to no kind rather than throwing, so that
    // `nodes` answers the other ids and puts BAD_USER_INPUT in that one's place (see nodes/node.ts).
    decodeGlobalID: (globalID) => ({ typename: kindOfId(globalID) ?? '', id: globalID }),
    mutationInputArgOptions: { description: 'What to write.' },
    idFieldOptions: {
      description: 'Stable, readable id whose prefix names the kind, e.g. "person:yevgeny-prigozhin".',
      extensions: storedKeys('id'),
    },
    // `node` and `nodes` are defined with the node types, in nodes/node.ts.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    nodeTypeOptions: { description: 'Anything with a stable id: a person, organisation, place, statement or source.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its list; pass `endCursor` as `after` for the next page.' },
    hasNextPageFieldOptions: { description: 'Whether items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of the page; pass it as `after` for the next page.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the list.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { description: 'The item.' },
    cursorFieldOptions: { description: 'Opaque position of the item; pass it as `after` (or, on a root list, `before`).' },
    firstArgOptions: { description: 'How many items from the start, 1 to 100 (default 20).' },
    lastArgOptions: { description: 'How many items from the end, 1 to 100.' },
    afterArgOptions: { description: 'Start after the item with this cursor.' },
    beforeArgOptions: { description: 'End before the item with this cursor.' },
    defaultConnectionTypeOptions: { description: 'A page of a list, with the total count.' },
    defaultEdgeTypeOptions: { description: 'An item of a page, with its cursor.' },
  },
  validation: {
    // A field's resolver can fail with one error only: the first problem is its message and field, and
    // `extensions.problems` lists every one, so a caller fixes them all in one round. Up to plugin-validation
    // 4.3.1 an input object's fields after its first problem go unchecked (hayes/pothos#1656, fixed upstream).
    validationError: (result) => {
      const problems = result.issues.map((issue) => ({
        field: issue.path?.map((segment) => (typeof segment === 'object' ? String(segment.key) : String(segment))).join('.') || 'input',
        message: issue.message,
      }));
      const [first = { field: 'input', message: 'is invalid' }, ...others] = problems;
      const error = badInput(first.field, others.length > 0 ? `${first.message}; ${others.length} more in extensions.problems` : first.message);
      error.extensions.problems = problems;
      return error;
    },
  },
});

const permissionWording: Record<keyof Permissions, string> = {
  read: 'read',
  write: 'write; the editor and admin roles may',
  cascadeDelete: 'delete with cascade; the admin role may',
  merge: 'merge statements, people and organisations; the admin role may',
};

function missingPermission(failure: AuthFailure): keyof Permissions | undefined {
  if (failure.kind === AuthScopeFailureType.AuthScope) return failure.scope as keyof Permissions;
  if (failure.kind === AuthScopeFailureType.AnyAuthScopes || failure.kind === AuthScopeFailureType.AllAuthScopes) {
    return failure.failures.map(missingPermission).find((permission) => permission !== undefined);
  }
  return undefined;
}

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
  throw invalidValue('A PartialDate reads YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2023-05".');
}

builder.scalarType('DateTime', {
  description: 'A moment in ISO 8601, UTC, to the millisecond: "2024-03-01T12:00:00.000Z".',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value;
    throw invalidValue('A DateTime reads like "2024-03-01T12:00:00.000Z".');
  },
});

builder.scalarType('JSON', {
  description: 'Any JSON value; where it is a document, schema/document.schema.json describes it.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (literal, variables) => valueFromASTUntyped(literal, variables),
});

builder.queryType({
  description: 'Who said what, who backs it up, who disputes it and who blames whom.',
  authScopes: { read: true },
});

builder.subscriptionType({
  description:
    'New statements and relationships as they are written, over Server-Sent Events (GraphQL over SSE): each is sent once its ' +
    'write has committed, on whichever replica it was written. Reading them needs what reading needs.',
  authScopes: { read: true },
});

builder.mutationType({
  description: 'Writing the graph: every mutation needs a token of the editor or admin role, and records who wrote what and when.',
  authScopes: { write: true },
});
