import { readdirSync, readFileSync } from 'node:fs';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { AccessPolicy } from './auth/tokens.js';
import { loadConfig } from './config.js';
import { type Context, createContext } from './context.js';
import type { Database } from './db/database.js';
import { exportEndpoint } from './export/endpoint.js';
import { nameInvalidInputFields } from './input-errors.js';
import { schema } from './schema/index.js';

const examplesFolder = new URL('../seed/examples/', import.meta.url);

/** GraphiQL opens with one tab per example question in seed/examples. */
function exampleTabs(): { query: string }[] {
  return readdirSync(examplesFolder)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({ query: readFileSync(new URL(file, examplesFolder), 'utf8') }));
}

/** Reports each response's Cypher round trips, so the cost of a query is visible where it is written. */
const reportRoundTrips: Plugin<Context> = {
  onExecute: ({ args }) => ({
    onExecuteDone: ({ result, setResult }) => {
      if (Symbol.asyncIterator in result) return;
      setResult({ ...result, extensions: { ...result.extensions, cypherRoundTrips: args.contextValue.runner.roundTrips } });
    },
  }),
};

/** GET /health answers 200 when Neo4j answers, 503 when it does not. */
function healthEndpoint(database: Database): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/health') return;
      const neo4jAnswers = await database.isReachable();
      const body = JSON.stringify({ status: neo4jAnswers ? 'ok' : 'unavailable', neo4j: neo4jAnswers });
      endResponse(
        new fetchAPI.Response(body, { status: neo4jAnswers ? 200 : 503, headers: { 'content-type': 'application/json' } }),
      );
    },
  };
}

/** `access` says who may read and write; by default the operator's tokens from the environment. */
export function createApp(database: Database, access: AccessPolicy = loadConfig().access) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request }) => createContext(database, access, request.headers.get('authorization')),
    graphiql: { title: 'claimgraph', defaultTabs: exampleTabs() },
    landingPage: false,
    // The process is alive; /health below also asks Neo4j.
    healthCheckEndpoint: '/live',
    plugins: [
      reportRoundTrips,
      nameInvalidInputFields,
      healthEndpoint(database),
      exportEndpoint(),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
