import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { type AccessPolicy, authenticate } from '../auth/tokens.js';
import { httpStatusOfCode, unauthenticated } from '../errors.js';
import { errorResponse } from './export/error-response.js';
import type { ResponseListener } from './request-log.js';

type Metrics = Readonly<{ plugin: Plugin; listener: ResponseListener }>;

const endpoint = '/metrics';

/**
 * Every series is one set of label values, kept for the life of the process. A label a client can choose (an
 * operation name, an alias in an error's path, a URL's query string) would let each request add a series: those
 * labels are off, and the per-request log line names the operation instead.
 */
const clientChosenLabels = { operationName: false, path: false, url: false } as const;

/** The codes our errors carry; any other is counted as OTHER, so that the set of series stays fixed. */
const knownCodes = new Set<string>([...Object.keys(httpStatusOfCode), 'INTERNAL', 'INTERNAL_SERVER_ERROR']);

/**
 * Prometheus metrics at /metrics: yoga's request and phase durations, and ours: errors by code, Cypher round
 * trips per request, and whether Neo4j answers. Each app has its own registry, so several can live in one process.
 * When reads need a token, so does /metrics.
 */
export function metrics(neo4jAnswers: () => Promise<boolean>, access: AccessPolicy): Metrics {
  const registry = new Registry();
  const errors = new Counter({
    name: 'claimgraph_errors_total',
    help: 'GraphQL errors returned, by extensions.code.',
    labelNames: ['code'],
    registers: [registry],
  });
  const roundTrips = new Histogram({
    name: 'claimgraph_cypher_round_trips',
    help: 'Cypher round trips per GraphQL request.',
    buckets: [0, 1, 2, 3, 5, 8, 13],
    registers: [registry],
  });
  new Gauge({
    name: 'claimgraph_neo4j_up',
    help: '1 while Neo4j answers, 0 while it does not; read at every scrape.',
    registers: [registry],
    async collect() {
      this.set((await neo4jAnswers()) ? 1 : 0);
    },
  });
  const prometheus = usePrometheus({
    registry,
    endpoint: false,
    labels: clientChosenLabels,
    metrics: {
      graphql_yoga_http_duration: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_error_result: true,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_execute: true,
      // The same durations as graphql_envelop_request_duration, as quantiles kept per process (which replicas cannot
      // add up), at the cost of a t-digest insertion per request.
      graphql_envelop_request_time_summary: false,
      // No field of the schema is deprecated, yet counting their use would walk every document of every request.
      graphql_envelop_deprecated_field: false,
    },
  });
  return {
    plugin: {
      onPluginInit: ({ addPlugin }) => addPlugin(prometheus),
      // Not async: a promise from every request's hook would put every GraphQL request through another turn of the loop.
      onRequest: ({ url, request, fetchAPI, endResponse }) => {
        if (url.pathname !== endpoint) return undefined;
        const { viewer, refusal } = authenticate(access, request.headers.get('authorization'));
        if (access.requireTokenForReads && !viewer) {
          const error = unauthenticated(refusal);
          const response = errorResponse(fetchAPI, 401, [{ message: error.message, extensions: { code: error.extensions['code'] } }]);
          response.headers.set('www-authenticate', 'Bearer');
          return endResponse(response);
        }
        return registry.metrics().then((text) => endResponse(new fetchAPI.Response(text, { headers: { 'content-type': registry.contentType } })));
      },
    },
    listener: (_request, _response, outcome) => {
      for (const code of outcome.codes) errors.inc({ code: knownCodes.has(code) ? code : 'OTHER' });
      // Only requests that reached execution have a requester; the others made no round trip to count.
      if (outcome.requester !== undefined) roundTrips.observe(outcome.roundTrips);
    },
  };
}
