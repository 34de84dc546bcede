import { type DocumentNode, type GraphQLSchema, isObjectType, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { rateLimited } from '../errors.js';
import { RecentCalls } from './recent-calls.js';

const windowMs = 60_000;

/** The names of the fields marked expensive, by the type that has them and the field's own name. */
function expensiveFieldsOf(schema: GraphQLSchema): Set<string> {
  return new Set(
    Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => field.extensions['expensive'] === true)
          .map((field) => `${type.name}.${field.name}`),
      ),
  );
}

/**
 * The expensive fields a document asks for, one entry per time it asks (in any of its operations and fragments),
 * found once per parsed document: yoga caches those by their text, within its own bound.
 */
function expensiveFieldsAskedBy(schema: GraphQLSchema): (document: DocumentNode) => readonly string[] {
  const expensive = expensiveFieldsOf(schema);
  const known = new WeakMap<DocumentNode, readonly string[]>();
  return (document) => {
    let asked = known.get(document);
    if (!asked) {
      const typeInfo = new TypeInfo(schema);
      const found: string[] = [];
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          Field() {
            const type = typeInfo.getParentType();
            const field = typeInfo.getFieldDef();
            if (type && field && expensive.has(`${type.name}.${field.name}`)) found.push(field.name);
          },
        }),
      );
      known.set(document, (asked = found));
    }
    return asked;
  };
}

/**
 * Each token, or each address without one, may ask for each expensive field at most `perMinute` times a minute; a
 * document that asks for one twice counts twice. `@envelop/rate-limiter` did this until it was measured: it walked
 * every document at every request, and copied and filtered every time of the last minute at every call, so that
 * at a few hundred searches a second each search spent milliseconds on it, and it never forgot an address.
 */
export function rateLimitsPlugin(schema: GraphQLSchema, perMinute: number): Plugin<Context> {
  const asked = expensiveFieldsAskedBy(schema);
  const recentCalls = new RecentCalls(perMinute, windowMs);
  const message = `Too many expensive requests: at most ${perMinute} a minute for each token or address. Try again in a minute.`;
  return {
    onExecute: ({ args }) => {
      for (const field of asked(args.document)) {
        if (recentCalls.call(`${args.contextValue.requester}\n${field}`)) throw rateLimited(message);
      }
    },
  };
}
