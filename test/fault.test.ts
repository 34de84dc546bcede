import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../src/db/database.js';
import { type LocalNeo4j } from '../src/db/local-neo4j/supervisor.js';
import { applySchema } from '../src/db/migrations.js';
import { loadSeed } from '../src/writes/seed.js';
import { type App, createApp } from '../src/yoga.js';
import { expectError, type GraphQLResponse, testAppOptions, testTokens } from './support.js';
import { QueryTooLarge } from '../src/model/failures.js';
import { type DisposableNeo4j, startDisposableNeo4j } from './test-neo4j.js';

/*
 * These tests kill Neo4j, so they run on an embedded Neo4j of their own, never the shared test database. They wait for
 * behaviour, however long a busy machine makes it take; how fast recovery is, `npm run bench:recovery` measures.
 */

/** Only a limit, so that a recovery that never comes fails with a message rather than the test's timeout. */
const patienceMs = 240_000;
const testTimeoutMs = 2 * patienceMs + 60_000;

let disposable: DisposableNeo4j;
let neo4jServer: LocalNeo4j;
let database: Database;
let app: App;

beforeAll(async () => {
  disposable = await startDisposableNeo4j('fault', {
    heap: '1g',
    transactionMemory: '256m',
    totalTransactionMemory: '600m',
    log: (line) => console.log(`[neo4j fault] ${line}`),
  });
  neo4jServer = disposable.server;
  // The default connect timeout stays: writes in an outage must fail with DATABASE_UNAVAILABLE, not wait it out.
  database = new Database({ uri: neo4jServer.uri, username: 'neo4j', password: '', database: undefined, queryTimeoutMs: 120_000 });
  await applySchema(database.runner());
  await database.runner().write((transaction) => transaction.run('MATCH (n) DETACH DELETE n'));
  await loadSeed(database.runner());
  app = createApp(database, testAppOptions());
});

afterAll(async () => {
  await database?.close();
  await disposable?.stop();
});

const upsertPerson = `mutation ($input: UpsertPersonInput!) { upsertPerson(input: $input) { created person { id name } } }`;
const createPerson = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id name createdBy } } }`;

async function post(body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
  const response = await app.fetch('http://claimgraph/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${testTokens.editor}`, ...headers },
    body: JSON.stringify(body),
  });
  return (await response.json()) as GraphQLResponse;
}

async function isReady(): Promise<boolean> {
  const response = await app.fetch('http://claimgraph/ready');
  return response.status === 200;
}

/** Kills the JVM as the kernel's OOM killer would: no shutdown hook, no clean close of the store. */
function killNeo4j(): number {
  const killedPid = neo4jServer.pid;
  expect(killedPid).toBeDefined();
  process.kill(killedPid!, 'SIGKILL');
  return killedPid!;
}

/** Polls `condition`, doing `meanwhile` between polls, until it holds; throws only past `patienceMs`. */
async function until(what: string, condition: () => Promise<boolean> | boolean, meanwhile: () => Promise<unknown> = () => delay(100)): Promise<void> {
  const deadline = Date.now() + patienceMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not after ${patienceMs / 1000} s.`);
    await meanwhile();
  }
}

/** Resolves when the supervisor has restarted the JVM at least `restarts` times and Neo4j answers. */
const waitForNeo4j = (restarts = 0) =>
  until(`Neo4j restarted ${restarts} times and answering`, async () => neo4jServer.restarts >= restarts && (await database.isReachable()));

async function peopleWithIds(ids: readonly string[]): Promise<string[]> {
  const rows = await database
    .runner()
    .read<{ id: string }>('MATCH (person:Person) WHERE person.id IN $ids RETURN person.id AS id', { ids });
  return rows.map((row) => row.id).sort();
}

describe('a query that needs more memory than Neo4j allows one transaction', () => {
  it('fails alone with QUERY_TOO_LARGE, and the same JVM keeps answering', async () => {
    const pid = neo4jServer.pid;
    await expect(database.runner().read('UNWIND range(1, 100000000) AS x RETURN collect(x) AS all')).rejects.toBeInstanceOf(QueryTooLarge);
    expect(await database.runner().read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    expect(neo4jServer.pid).toBe(pid);
  });
});

describe('Neo4j killed in the middle of a stream of writes', () => {
  it('is restarted, /ready answers again, writes in the outage fail with DATABASE_UNAVAILABLE, and every acknowledged write is kept', async () => {
    const restartsBefore = neo4jServer.restarts;
    type Attempt = Readonly<{ id: string; response: GraphQLResponse }>;
    const attempts: Attempt[] = [];
    const write = async (): Promise<Attempt> => {
      const id = `person:fault-${attempts.length + 1}`;
      const response = await post({ query: upsertPerson, variables: { input: { id, name: `Fault ${attempts.length + 1}` } } });
      const attempt = { id, response };
      attempts.push(attempt);
      return attempt;
    };
    const acknowledged = (attempt: Attempt) => attempt.response.errors === undefined && attempt.response.data?.upsertPerson != null;

    for (let index = 0; index < 5; index += 1) {
      const attempt = await write();
      expect(attempt.response.errors, JSON.stringify(attempt.response.errors)).toBeUndefined();
    }

    const killedPid = killNeo4j();
    const sentBeforeKill = attempts.length;
    // Writes go on until /ready answers again: those the outage meets must fail with a code, never hang or be lost.
    await until('GET /ready answers 200 after the kill', isReady, async () => {
      await write();
      await delay(100);
    });
    await until('the supervisor counts the restart', () => neo4jServer.restarts > restartsBefore);
    expect(neo4jServer.restarts).toBe(restartsBefore + 1);
    expect(neo4jServer.pid).not.toBe(killedPid);

    const duringOutage = attempts.slice(sentBeforeKill);
    const failed = duringOutage.filter((attempt) => !acknowledged(attempt));
    expect.soft(failed.length, 'some write saw the outage').toBeGreaterThan(0);
    for (const attempt of failed) {
      expect.soft(attempt.response.errors?.[0]?.extensions?.code, `${attempt.id}: ${JSON.stringify(attempt.response.errors)}`).toBe('DATABASE_UNAVAILABLE');
    }

    for (let index = 0; index < 3; index += 1) {
      const attempt = await write();
      expect.soft(attempt.response.errors, `after recovery: ${JSON.stringify(attempt.response.errors)}`).toBeUndefined();
    }

    const acknowledgedIds = attempts.filter(acknowledged).map((attempt) => attempt.id).sort();
    expect(await peopleWithIds(acknowledgedIds)).toEqual(acknowledgedIds);
  }, testTimeoutMs);
});

describe('a retried idempotent write', () => {
  // Waits on the lead's Idempotency-Key header: the same key and body answer the first response and write nothing again.
  it('is applied once, also when retried after Neo4j was killed and restarted; the key with another body is IDEMPOTENCY_KEY_REUSED', async () => {
    const key = { 'idempotency-key': 'fault-retry-1' };
    const request = { query: createPerson, variables: { input: { name: 'Idempotent Fault' } } };
    await waitForNeo4j();

    const first = await post(request, key);
    expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
    expect(first.data?.createPerson.person).toMatchObject({ id: 'person:idempotent-fault', name: 'Idempotent Fault' });

    const retried = await post(request, key);
    expect(retried.errors, JSON.stringify(retried.errors)).toBeUndefined();
    expect(retried.data).toEqual(first.data);

    const restartsBefore = neo4jServer.restarts;
    killNeo4j();
    await waitForNeo4j(restartsBefore + 1);
    const retriedAfterRestart = await post(request, key);
    expect(retriedAfterRestart.errors, JSON.stringify(retriedAfterRestart.errors)).toBeUndefined();
    expect(retriedAfterRestart.data).toEqual(first.data);

    expect(await peopleWithIds(['person:idempotent-fault'])).toEqual(['person:idempotent-fault']);
    const [{ count } = { count: 0 }] = await database
      .runner()
      .read<{ count: number }>(`MATCH (person:Person) WHERE person.name STARTS WITH 'Idempotent Fault' RETURN count(person) AS count`);
    expect(count).toBe(1);

    const reused = await post({ ...request, variables: { input: { name: 'Another Fault' } } }, key);
    expectError(reused, 'IDEMPOTENCY_KEY_REUSED');
    expect(await peopleWithIds(['person:another-fault'])).toEqual([]);
  }, testTimeoutMs);
});
