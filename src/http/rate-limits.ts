import { useRateLimiter } from '@envelop/rate-limiter';
import { BREAK, type DocumentNode, type GraphQLSchema, isObjectType, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { rateLimited } from '../errors.js';

function expensiveFieldsOf(schema: GraphQLSchema): { type: string; field: string }[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => field.extensions['expensive'] === true)
        .map((field) => ({ type: type.name, field: field.name })),
    );
}

/**
 * Whether a document asks for any of the expensive fields, known once per parsed document (yoga caches those by their
 * text, within its own bound): most reads ask for none, and the limiter need not walk them at every request.
 */
function askerOfExpensiveFields(schema: GraphQLSchema, expensive: readonly { type: string; field: string }[]): (document: DocumentNode) => boolean {
  const names = new Set(expensive.map(({ type, field }) => `${type}.${field}`));
  const known = new WeakMap<DocumentNode, boolean>();
  return (document) => {
    let asks = known.get(document);
    if (asks === undefined) {
      const typeInfo = new TypeInfo(schema);
      asks = false;
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          Field() {
            const type = typeInfo.getParentType();
            const field = typeInfo.getFieldDef();
            if (!type || !field || !names.has(`${type.name}.${field.name}`)) return undefined;
            asks = true;
            return BREAK;
          },
        }),
      );
      known.set(document, asks);
    }
    return asks;
  };
}

/** Each token, or each address without one, may ask for at most `perMinute` expensive fields a minute. */
export function rateLimitsPlugin(schema: GraphQLSchema, perMinute: number): Plugin<Context> {
  const expensive = expensiveFieldsOf(schema);
  const asksForExpensiveFields = askerOfExpensiveFields(schema, expensive);
  const limiter = useRateLimiter({
    identifyFn: (context) => (context as Context).requester,
    configByField: expensive.map((field) => ({
      ...field,
      max: perMinute,
      window: '1m',
      message: `Too many expensive requests: at most ${perMinute} a minute for each token or address. Try again in a minute.`,
    })),
    transformError: (message) => rateLimited(message),
  }) as Plugin<Context>;
  // Only its onExecute: the limiter also puts its function on every request's context, for resolvers that would call it
  // themselves, and none does.
  return {
    // The limiter hands execution a copy of the document it looked through, unchanged unless it refuses (and then
    // nothing executes). Execution gets the parsed document back, by which compiled queries and the response cache find theirs.
    onExecute: (payload) => {
      const parsed = payload.args.document;
      if (!asksForExpensiveFields(parsed)) return undefined;
      const outcome = limiter.onExecute!(payload);
      payload.args.document = parsed;
      return outcome;
    },
  };
}
