import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';

type Outcome = { operationName: string | undefined; roundTrips: number; requester: string | undefined; codes: string[] };

export type ResponseListener = (request: Request, response: Response, outcome: Outcome, durationMs: number) => void;

/** The error codes of a result, `INTERNAL` for an error that carries none. */
export function errorCodesOf(result: ExecutionResult): string[] {
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
export function requestLogPlugin(logger: Logger, listeners: readonly ResponseListener[] = []): Plugin<Context> {
  const started = new WeakMap<Request, number>();
  const outcomes = new WeakMap<Request, Outcome>();
  const outcomeOf = (request: Request) => {
    let outcome = outcomes.get(request);
    if (!outcome) {
      outcome = { operationName: undefined, roundTrips: 0, requester: undefined, codes: [] };
      outcomes.set(request, outcome);
    }
    return outcome;
  };
  return {
    onRequest: ({ request }) => {
      started.set(request, performance.now());
    },
    onExecute: ({ args }) => {
      const outcome = outcomeOf(args.contextValue.request as Request);
      outcome.operationName = args.operationName ?? undefined;
      outcome.requester = args.contextValue.requester;
      return {
        onExecuteDone: () => {
          outcome.roundTrips = args.contextValue.runner.roundTrips;
        },
      };
    },
    onResultProcess: ({ request, result }) => {
      const results = Array.isArray(result) ? result : [result];
      for (const one of results) {
        if (one && typeof one === 'object' && 'errors' in one) outcomeOf(request).codes.push(...errorCodesOf(one as ExecutionResult));
      }
    },
    onResponse: ({ request, response }) => {
      const durationMs = performance.now() - (started.get(request) ?? performance.now());
      const outcome = outcomeOf(request);
      const url = new URL(request.url);
      const level = quietPaths.has(url.pathname) ? 'debug' : 'info';
      logger[level](
        {
          method: request.method,
          path: url.pathname,
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
