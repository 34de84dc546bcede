import { useRateLimiter } from '@envelop/rate-limiter';
import { type GraphQLSchema, isObjectType } from 'graphql';
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

/** Each token, or each address without one, may ask for at most `perMinute` expensive fields a minute. */
export function rateLimitsPlugin(schema: GraphQLSchema, perMinute: number): Plugin<Context> {
  const limiter = useRateLimiter({
    identifyFn: (context) => (context as Context).requester,
    configByField: expensiveFieldsOf(schema).map((field) => ({
      ...field,
      max: perMinute,
      window: '1m',
      message: `Too many expensive requests: at most ${perMinute} a minute for each token or address. Try again in a minute.`,
    })),
    transformError: (message) => rateLimited(message),
  }) as Plugin<Context>;
  return {
    ...limiter,
    // The limiter hands execution a copy of the document it looked through, unchanged unless it refuses (and then
    // nothing executes). Execution gets the parsed document back, by which compiled queries and the response cache find theirs.
    onExecute: (payload) => {
      const parsed = payload.args.document;
      const outcome = limiter.onExecute!(payload);
      payload.args.document = parsed;
      return outcome;
    },
  };
}
