import { inject } from 'vitest';
import { Database } from '../src/db/database.js';
import { loadSeed } from '../src/import/seed.js';
import { type App, createApp } from '../src/yoga.js';

export type GraphQLResponse<Data = any> = {
  data?: Data;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
  extensions?: { cypherRoundTrips?: number };
};

export type TestApi = Readonly<{
  app: App;
  database: Database;
  query: <Data = any>(document: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<Data>>;
  close: () => Promise<void>;
}>;

export function openTestApi(): TestApi {
  const database = new Database({
    uri: inject('neo4jUri'),
    username: process.env.TEST_NEO4J_USERNAME ?? 'neo4j',
    password: process.env.TEST_NEO4J_PASSWORD ?? '',
    database: process.env.TEST_NEO4J_DATABASE,
    queryTimeoutMs: 10_000,
  });
  const app = createApp(database);
  return {
    app,
    database,
    query: async (document, variables) => {
      const response = await app.fetch('http://claimgraph/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: document, variables }),
      });
      return (await response.json()) as GraphQLResponse;
    },
    close: () => database.close(),
  };
}

/** Empties the test database and loads the seed article. */
export async function resetToSeed(database: Database): Promise<void> {
  const runner = database.runner();
  await runner.write((transaction) => transaction.run('MATCH (n) DETACH DELETE n'));
  await loadSeed(runner);
}

export async function countGraph(database: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await database
    .runner()
    .read<{ nodes: number; relationships: number }>(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    );
  return row ?? { nodes: 0, relationships: 0 };
}
