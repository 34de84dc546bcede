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
  return useRateLimiter({
    identifyFn: (context) => (context as Context).requester,
    configByField: expensiveFieldsOf(schema).map((field) => ({
      ...field,
      max: perMinute,
      window: '1m',
      message: `Too many expensive requests: at most ${perMinute} a minute for each token or address. Try again in a minute.`,
    })),
    transformError: (message) => rateLimited(message),
  }) as Plugin<Context>;
}
