import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ResponseListener } from './request-log.js';

type Metrics = Readonly<{ plugin: Plugin; listener: ResponseListener }>;

/**
 * Prometheus metrics at /metrics: yoga's request and phase durations, and ours: errors by code, Cypher round
 * trips per request, and whether Neo4j answers. Each app has its own registry, so several can live in one process.
 */
export function metrics(neo4jAnswers: () => Promise<boolean>): Metrics {
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
  return {
    plugin: usePrometheus({
      registry,
      endpoint: '/metrics',
      metrics: {
        graphql_yoga_http_duration: true,
        graphql_envelop_request_duration: true,
        graphql_envelop_error_result: true,
        graphql_envelop_phase_parse: true,
        graphql_envelop_phase_validate: true,
        graphql_envelop_phase_execute: true,
      },
    }),
    listener: (_request, _response, outcome) => {
      for (const code of outcome.codes) errors.inc({ code });
      // Only requests that reached execution have a requester; the others made no round trip to count.
      if (outcome.requester !== undefined) roundTrips.observe(outcome.roundTrips);
    },
  };
}
