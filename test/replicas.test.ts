import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type GraphQLResponse, openTestApi, resetToSeed, testTokens } from './support.js';
import { startRedis, type RedisProcess } from './redis-server.js';
import { freePort, type ServerProcess, startServerProcess, stopServerProcess, waitUntilHealthy } from './server-process.js';
import { subscribe, type Subscription } from './sse.js';

/**
 * Two API processes, one Redis (Debian's redis-server) and one Neo4j. A is on bolt:// (auto-commit reads); B is on a
 * neo4j:// routing URI (managed read transactions), which the single Neo4j accepts: a cluster cannot run here (Neo4j
 * Community has none), so this proves the plumbing, bookmarks passed and honoured, not a secondary's lag.
 */
const api = openTestApi();
let redis: RedisProcess;
let a: ServerProcess;
let b: ServerProcess;
const open: Subscription[] = [];

async function post(server: ServerProcess, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await response.json()) as GraphQLResponse & { extensions?: { bookmarks?: string[] } }, headers: response.headers };
}

const asEditor = { authorization: `Bearer ${testTokens.editor}` };
const createStatement = `mutation ($id: ID!) { createStatement(input: { id: $id, text: "Across replicas.", language: "en" }) { statement { id } } }`;
const statementAdded = `subscription { statementAdded { id } }`;

async function listenOn(server: ServerProcess, query = statementAdded) {
  const subscription = await subscribe(fetch, `${server.url}/graphql`, query);
  open.push(subscription);
  return subscription;
}

beforeAll(async () => {
  await resetToSeed(api.database);
  redis = await startRedis();
  const boltUri = inject('neo4jUri');
  const shared = { REDIS_URL: redis.url, RESPONSE_CACHE_TTL_MS: '60000', BOOKMARK_KEY: 'the key both replicas sign bookmarks with' };
  a = startServerProcess(await freePort(), shared);
  b = startServerProcess(await freePort(), { ...shared, NEO4J_URI: boltUri.replace(/^bolt:/, 'neo4j:') });
  await Promise.all([waitUntilHealthy(a), waitUntilHealthy(b)]);
  // The first write and read of each process plan their queries, before the tests below.
  const warm = await listenOn(b);
  expect((await post(a, createStatement, { id: 'statement:replica-warm-up' }, asEditor)).body.errors).toBeUndefined();
  await warm.next(1, 20_000);
  warm.close();
});

afterAll(async () => {
  for (const subscription of open) subscription.close();
  for (const server of [a, b]) if (server) stopServerProcess(server);
  await redis?.kill();
  await resetToSeed(api.database);
  await api.close();
});

describe('replicas that share events through Redis', () => {
  it('a subscriber on B hears the statement written through A, and nothing of a dry run', async () => {
    const onB = await listenOn(b);
    const dryRun = await post(
      a,
      `mutation ($document: JSON!) { importDocument(input: { document: $document, dryRun: true }) { dryRun } }`,
      {
        document: {
          source: { id: 'source:replica-dry-run', title: 'Dry', language: 'en', text: 'Nothing lands.' },
          entities: [],
          statements: [{ id: 'statement:replica-dry-run', text: 'Nothing lands.', language: 'en' }],
          edges: [],
        },
      },
      asEditor,
    );
    expect(dryRun.body.errors).toBeUndefined();
    const written = await post(a, createStatement, { id: 'statement:replica-one' }, asEditor);
    expect(written.body.errors).toBeUndefined();
    const [event] = await onB.next(1);
    expect(event).toEqual({ data: { statementAdded: { id: 'statement:replica-one' } } });
    await delay(300);
    expect(onB.received).toHaveLength(1);
  });

  it('a client that writes on A and reads on B with the bookmark (and its token) always sees its write', async () => {
    for (let round = 0; round < 10; round += 1) {
      const id = `statement:replica-read-your-write-${round}`;
      const written = await post(a, createStatement, { id }, asEditor);
      expect(written.body.errors).toBeUndefined();
      const bookmarks = written.headers.get('claimgraph-bookmarks');
      expect(bookmarks).toBeTruthy();
      expect(written.body.extensions?.bookmarks?.join(',')).toBe(bookmarks);
      const read = await post(b, `query ($id: ID!) { statement(id: $id) { id } }`, { id }, { ...asEditor, 'claimgraph-bookmarks': bookmarks! });
      expect(read.body.errors).toBeUndefined();
      expect(read.body.data.statement).toEqual({ id });
    }
  });

  it('a response cached on B is not served again once A has written', async () => {
    const question = '{ statements(filter: { source: "source:bakhmut-azov-wagner-2023-05" }) { totalCount } }';
    const hit = (body: any) => body.extensions?.responseCache?.hit ?? false;
    const before = (await post(b, question)).body;
    expect(hit((await post(b, question)).body)).toBe(true);
    const quote = await post(
      a,
      `mutation { addSourceQuote(input: { statement: "statement:replica-one", source: "source:bakhmut-azov-wagner-2023-05", start: 0, end: 7, quote: "Volgens" }) { created } }`,
      {},
      asEditor,
    );
    expect(quote.body.errors).toBeUndefined();
    let after = (await post(b, question)).body;
    for (const deadline = Date.now() + 60_000; hit(after) && Date.now() < deadline; after = (await post(b, question)).body) await delay(50);
    expect(hit(after), b.output.join('').split('\n').filter((line) => !line.includes('"level":30')).join('\n')).toBe(false);
    expect(after.data.statements.totalCount).toBe(before.data.statements.totalCount + 1);
  });

  it('killing Redis ends subscriptions with a clear error and never fails a write or a read; they work again once it is back', async () => {
    const onB = await listenOn(b);
    await redis.kill();
    const [cut] = await onB.next(1);
    expect(cut.errors[0].extensions.code).toBe('EVENTS_UNAVAILABLE');
    await delay(200);
    expect(onB.ended()).toBe(true);

    const whileDown = await post(a, createStatement, { id: 'statement:replica-while-redis-is-down' }, asEditor);
    expect(whileDown.body.errors).toBeUndefined();
    // The response cache lives in the same Redis: without it, reads are answered uncached.
    const readWhileDown = await post(b, '{ statement(id: "statement:replica-while-redis-is-down") { id } }');
    expect(readWhileDown.body).toMatchObject({ data: { statement: { id: 'statement:replica-while-redis-is-down' } } });
    expect(readWhileDown.body.errors).toBeUndefined();
    const refused = await listenOn(b);
    const [refusal] = await refused.next(1);
    expect(refusal.errors[0].extensions.code).toBe('EVENTS_UNAVAILABLE');

    await redis.restart();
    let again: Subscription | undefined;
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await delay(250)) {
      const attempt = await listenOn(b);
      await delay(300);
      if (attempt.received.length === 0 && !attempt.ended()) {
        again = attempt;
        break;
      }
      attempt.close();
    }
    expect(again, 'a subscription once Redis is back').toBeDefined();
    // Redis may take a moment to accept B's subscription; keep writing until one is heard.
    for (let round = 0; round < 20 && again!.received.length === 0; round += 1) {
      await post(a, createStatement, { id: `statement:replica-after-redis-${round}` }, asEditor);
      await delay(250);
    }
    const [heard] = await again!.next(1);
    expect(heard.data.statementAdded.id).toMatch(/^statement:replica-after-redis-/);
  });
});
