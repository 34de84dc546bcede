import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';

/** Reports each response's Cypher round trips, so the cost of a query is visible where it is written. */
export const reportRoundTrips: Plugin<Context> = {
  onExecute: ({ args }) => ({
    onExecuteDone: ({ result, setResult }) => {
      if (Symbol.asyncIterator in result) return;
      setResult({ ...result, extensions: { ...result.extensions, cypherRoundTrips: args.contextValue.runner.roundTrips } });
    },
  }),
};
