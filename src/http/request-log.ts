import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';

type Outcome = { operationName: string | undefined; roundTrips: number; requester: string | undefined; codes: string[] };

export type ResponseListener = (request: Request, response: Response, outcome: Outcome, durationMs: number) => void;

/** The error codes of a result, `INTERNAL` for an error that carries none. */
function errorCodesOf(result: ExecutionResult): string[] {
  return (result.errors ?? []).map((error) => {
    const code = error.extensions?.['code'];
    return typeof code === 'string' ? code : 'INTERNAL';
  });
}

/** Probes an orchestrator or scraper sends every few seconds: logged only at debug level. */
const quietPaths = new Set(['/health', '/ready', '/metrics']);

/**
 * One structured log line per request: its operation, duration, round trips, status, error codes and the
 * token's name (never the token). `listeners` hear the same facts, for the metrics.
 */
/*
 * What is learnt of a request on its way through, kept on yoga's server context: it is the one object that
 * stays the same from the request to the response, even when a plugin (the export endpoint) replaces the
 * request, and the GraphQL context is made from it.
 */
const outcomeKey = Symbol('request outcome');
type Carrier = { [outcomeKey]?: Outcome & { started: number; method: string; path: string } };

export function requestLogPlugin(logger: Logger, listeners: readonly ResponseListener[] = []): Plugin<Context> {
  return {
    onRequest: ({ request, url, serverContext }) => {
      (serverContext as Carrier)[outcomeKey] = {
        started: performance.now(),
        method: request.method,
        path: url.pathname,
        operationName: undefined,
        roundTrips: 0,
        requester: undefined,
        codes: [],
      };
    },
    onExecute: ({ args }) => {
      const outcome = (args.contextValue as Carrier)[outcomeKey];
      if (!outcome) return;
      outcome.operationName = args.operationName ?? undefined;
      outcome.requester = args.contextValue.requester;
      return {
        onExecuteDone: () => {
          outcome.roundTrips = args.contextValue.runner.roundTrips;
        },
      };
    },
    onResultProcess: ({ result, serverContext }) => {
      const outcome = (serverContext as Carrier)[outcomeKey];
      const results = Array.isArray(result) ? result : [result];
      for (const one of results) {
        if (outcome && one && typeof one === 'object' && 'errors' in one) outcome.codes.push(...errorCodesOf(one as ExecutionResult));
      }
    },
    onResponse: ({ request, response, serverContext }) => {
      const outcome = (serverContext as Carrier)[outcomeKey];
      if (!outcome) return;
      const durationMs = performance.now() - outcome.started;
      const level = quietPaths.has(outcome.path) ? 'debug' : 'info';
      logger[level](
        {
          method: outcome.method,
          path: outcome.path,
          status: response.status,
          durationMs: Math.round(durationMs * 10) / 10,
          operationName: outcome.operationName,
          cypherRoundTrips: outcome.roundTrips,
          requester: outcome.requester,
          errorCodes: outcome.codes.length > 0 ? outcome.codes : undefined,
        },
        'request',
      );
      for (const listener of listeners) listener(request, response, outcome, durationMs);
    },
  };
}
