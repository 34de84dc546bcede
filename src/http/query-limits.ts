import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import type { Plugin } from 'graphql-yoga';
import { queryTooComplex } from '../errors.js';

/**
 * What a document may hold, checked while it is parsed and validated, before anything runs. The cost of
 * what it asks for is the complexity plugin's (schema/builder.ts), which knows each field's price.
 */
const documentLimits = { tokens: 2_000, depth: 15, aliases: 30, directives: 20 } as const;

/**
 * An oversized document is QUERY_TOO_COMPLEX like a costly one. A token limit trips inside the parser,
 * where there is no validation context to report to: throwing stops the parse there, before a deeply
 * nested literal can exhaust the stack.
 */
const refuse =
  (measure: keyof typeof documentLimits): GraphQLArmorRejectCallback =>
  (validation) => {
    const error = queryTooComplex(
      `The query holds too many ${measure}: the limit is ${documentLimits[measure]}. Send a smaller query, with values in variables.`,
      { measure, limit: documentLimits[measure] },
    );
    if (!validation) throw error;
    validation.reportError(error);
  };

export function documentLimitsPlugin(): Plugin {
  return EnvelopArmorPlugin({
    maxTokens: { n: documentLimits.tokens, propagateOnRejection: false, onReject: [refuse('tokens')] },
    // Introspection's own fan-out is bounded by graphql-js's MaxIntrospectionDepthRule; GraphiQL's query is deeper than 15.
    maxDepth: { n: documentLimits.depth, ignoreIntrospection: true, propagateOnRejection: false, onReject: [refuse('depth')] },
    maxAliases: { n: documentLimits.aliases, propagateOnRejection: false, onReject: [refuse('aliases')] },
    maxDirectives: { n: documentLimits.directives, propagateOnRejection: false, onReject: [refuse('directives')] },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }) as Plugin;
}
