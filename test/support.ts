import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, inject } from 'vitest';
import { type AccessPolicy, hashToken, type Role } from '../src/auth/tokens.js';
import { Database } from '../src/db/database.js';
import { loadSeed } from '../src/writes/seed.js';
import { createLogger } from '../src/logger.js';
import { type App, type AppOptions, createApp } from '../src/yoga.js';
import { testDatabaseSettings } from './test-neo4j.js';

export type GraphQLResponse<Data = any> = {
  data?: Data;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
  extensions?: { cypherRoundTrips?: number };
};

/** A token per role, known to the test API's access policy under the role's name. */
export const testTokens: Record<Role, string> = {
  reader: 'cg_test-reader-token',
  editor: 'cg_test-editor-token',
  admin: 'cg_test-admin-token',
};

export function testAccessPolicy(requireTokenForReads = false): AccessPolicy {
  return {
    grants: Object.entries(testTokens).map(([role, token]) => ({ name: role, role: role as Role, sha256: hashToken(token) })),
    requireTokenForReads,
  };
}

/** The app's options in tests: no rate limit to speak of, and no log lines between the test reports. */
export function testAppOptions(access: AccessPolicy = testAccessPolicy()): AppOptions {
  return { access, corsOrigins: [], rateLimitPerMinute: 1_000_000, logger: createLogger('silent') };
}

type Query = <Data = any>(document: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<Data>>;

export type TestApi = Readonly<{
  app: App;
  database: Database;
  /** Without a token. */
  query: Query;
  /** With `Authorization: Bearer <token>`. */
  as: (token: string) => Query;
  close: () => Promise<void>;
}>;

export function openTestApi(access: AccessPolicy = testAccessPolicy(), options: Partial<AppOptions> = {}): TestApi {
  const database = new Database(testDatabaseSettings(inject('neo4jUri')));
  const app = createApp(database, { ...testAppOptions(access), ...options });
  const queryWith =
    (token: string | undefined): Query =>
    async (document, variables) => {
      const response = await app.fetch('http://claimgraph/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: document, variables }),
      });
      return (await response.json()) as GraphQLResponse;
    };
  return {
    app,
    database,
    query: queryWith(undefined),
    as: queryWith,
    close: () => database.close(),
  };
}

/** The app on a real HTTP port on loopback, for what reaches it as a client does: the CLI, a browser. */
export async function serveOverHttp(app: App): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Empties the test database and loads the seed article. */
export async function resetToSeed(database: Database): Promise<void> {
  const runner = database.runner();
  await runner.write((transaction) => transaction.run('MATCH (n) DETACH DELETE n'));
  await loadSeed(runner);
}

/** The graph's nodes and the relationships between them; the name keys of entity resolution are not counted. */
export async function countGraph(database: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await database
    .runner()
    .read<{ nodes: number; relationships: number }>(
      'CALL () { MATCH (n:Node) RETURN count(n) AS nodes } CALL () { MATCH (:Node)-[r]->(:Node) RETURN count(r) AS relationships } RETURN nodes, relationships',
    );
  return row ?? { nodes: 0, relationships: 0 };
}

/** Everything in the database, name keys included, with every property: equal snapshots mean nothing changed. */
export async function snapshotDatabase(database: Database): Promise<string> {
  const rows = await database.runner().read<{ item: Record<string, unknown> }>(
    `CALL () { MATCH (n) RETURN n {.*, labels: labels(n)} AS item
       UNION ALL
       MATCH (a)-[r]->(b) RETURN r {.*, type: type(r), from: coalesce(a.id, a.key), to: coalesce(b.id, b.key)} AS item }
     RETURN item`,
  );
  return rows
    .map(({ item }) => JSON.stringify(item, Object.keys(item).sort()))
    .sort()
    .join('\n');
}

/** Runs `work` and checks that it left the database exactly as it was. */
export async function expectUnchanged<Result>(database: Database, work: () => Promise<Result>): Promise<Result> {
  const before = await snapshotDatabase(database);
  const result = await work();
  expect(await snapshotDatabase(database)).toBe(before);
  return result;
}

/** The first error of a response, checked to carry this code and, for input errors, to name this field. */
export function expectError(response: GraphQLResponse, code: string, field?: string) {
  expect(response.errors, JSON.stringify(response.data)).toBeDefined();
  const [error] = response.errors!;
  expect(error!.extensions?.code, error!.message).toBe(code);
  if (field !== undefined) expect(error!.extensions?.field, error!.message).toBe(field);
  return error!;
}
