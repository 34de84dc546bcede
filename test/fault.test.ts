import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../src/db/database.js';
import { type LocalNeo4j } from '../src/db/local-neo4j/supervisor.js';
import { startLocalNeo4j } from '../src/db/local-neo4j.js';
import { applySchema } from '../src/db/migrations.js';
import { loadSeed } from '../src/writes/seed.js';
import { type App, createApp } from '../src/yoga.js';
import { expectError, type GraphQLResponse, testAppOptions, testTokens } from './support.js';
import { QueryTooLarge } from '../src/model/problems.js';

/**
 * These tests kill Neo4j, so they run on an embedded Neo4j of their own, never the shared test database.
 */
const faultPort = 7751;
const recoveryLimitMs = 15_000;
/** Past the limit, how long to keep waiting so that a slow recovery is still measured and reported. */
const patienceMs = 60_000;
const outageAnswerLimitMs = 3_000;

let neo4jServer: LocalNeo4j;
let database: Database;
let app: App;

beforeAll(async () => {
  neo4jServer = await startLocalNeo4j({
    name: `fault-${faultPort}`,
    port: faultPort,
    heap: '1g',
    transactionMemory: '256m',
    totalTransactionMemory: '600m',
    log: (line) => console.log(`[neo4j ${faultPort}] ${line}`),
  });
  database = new Database({ uri: neo4jServer.uri, username: 'neo4j', password: '', database: undefined, queryTimeoutMs: 10_000 });
  await applySchema(database.runner());
  await database.runner().write((transaction) => transaction.run('MATCH (n) DETACH DELETE n'));
  await loadSeed(database.runner());
  app = createApp(database, testAppOptions());
});

afterAll(async () => {
  await database?.close();
  await neo4jServer?.stop();
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
function killNeo4j(): { killedAt: number; killedPid: number } {
  const killedPid = neo4jServer.pid;
  expect(killedPid).toBeDefined();
  process.kill(killedPid!, 'SIGKILL');
  return { killedAt: Date.now(), killedPid: killedPid! };
}

/** Resolves when the supervisor has restarted the JVM at least `restarts` times and Neo4j answers. */
async function waitForNeo4j(restarts = 0): Promise<void> {
  const deadline = Date.now() + patienceMs;
  while (Date.now() < deadline) {
    if (neo4jServer.restarts >= restarts && (await database.isReachable())) return;
    await delay(100);
  }
  throw new Error(`Neo4j did not answer within ${patienceMs / 1000} s.`);
}

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
  it('is restarted, /ready answers again within 15 s, writes in the outage fail fast, and every acknowledged write is kept', async () => {
    const restartsBefore = neo4jServer.restarts;
    type Attempt = Readonly<{ id: string; startedAt: number; milliseconds: number; response: GraphQLResponse }>;
    const attempts: Attempt[] = [];
    let written = 0;
    const write = async (): Promise<Attempt> => {
      written += 1;
      const id = `person:fault-${written}`;
      const startedAt = Date.now();
      const response = await post({ query: upsertPerson, variables: { input: { id, name: `Fault ${written}` } } });
      const attempt = { id, startedAt, milliseconds: Date.now() - startedAt, response };
      attempts.push(attempt);
      return attempt;
    };
    const acknowledged = (attempt: Attempt) => attempt.response.errors === undefined && attempt.response.data?.upsertPerson != null;

    for (let index = 0; index < 5; index += 1) {
      const attempt = await write();
      expect(attempt.response.errors, JSON.stringify(attempt.response.errors)).toBeUndefined();
    }

    const { killedAt, killedPid } = killNeo4j();
    let jvmBackAt: number | undefined;
    let readyAt: number | undefined;
    const since = (moment: number | undefined) => (moment === undefined ? undefined : moment - killedAt);
    const done = () => {
      const elapsed = Date.now() - killedAt;
      const measured = jvmBackAt !== undefined && readyAt !== undefined;
      return measured || elapsed > patienceMs || (jvmBackAt !== undefined && elapsed > recoveryLimitMs);
    };
    const watchRecovery = (async () => {
      while (!done()) {
        if (jvmBackAt === undefined && neo4jServer.restarts > restartsBefore) jvmBackAt = Date.now();
        if (readyAt === undefined && (await isReady())) readyAt = Date.now();
        await delay(100);
      }
    })();
    const keepWriting = (async () => {
      while (!done() && jvmBackAt === undefined && readyAt === undefined) {
        await write();
        await delay(100);
      }
    })();
    await Promise.all([watchRecovery, keepWriting]);
    const waited = Date.now() - killedAt;
    console.log(
      `Recovery after SIGKILL: GET /ready answered 200 after ${since(readyAt) ?? `more than ${waited}`} ms; ` +
        `the supervisor had the new JVM answering after ${since(jvmBackAt) ?? `more than ${waited}`} ms; ` +
        `${attempts.filter((attempt) => attempt.startedAt >= killedAt).length} writes were sent meanwhile.`,
    );

    expect(neo4jServer.restarts).toBe(restartsBefore + 1);
    expect(neo4jServer.pid).not.toBe(killedPid);

    const recovered = Math.min(readyAt ?? Infinity, jvmBackAt ?? Infinity);
    const duringOutage = attempts.filter((attempt) => attempt.startedAt >= killedAt && attempt.startedAt < recovered);
    expect.soft(duringOutage.some((attempt) => !acknowledged(attempt)), 'some write saw the outage').toBe(true);
    for (const attempt of duringOutage.filter((attempt) => !acknowledged(attempt))) {
      const errors = JSON.stringify(attempt.response.errors);
      expect.soft(attempt.milliseconds, `${attempt.id} failed within 3 s of being sent: ${errors}`).toBeLessThanOrEqual(outageAnswerLimitMs);
      expect.soft(attempt.response.errors?.[0]?.extensions?.code, `${attempt.id}: ${errors}`).toBe('DATABASE_UNAVAILABLE');
    }

    for (let index = 0; index < 3; index += 1) {
      const attempt = await write();
      expect.soft(attempt.response.errors, `after recovery: ${JSON.stringify(attempt.response.errors)}`).toBeUndefined();
    }

    const acknowledgedIds = attempts.filter(acknowledged).map((attempt) => attempt.id).sort();
    expect(await peopleWithIds(acknowledgedIds)).toEqual(acknowledgedIds);

    expect(since(readyAt) ?? Infinity, 'GET /ready answers 200 within 15 s of the kill').toBeLessThanOrEqual(recoveryLimitMs);
  }, 120_000);
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
  }, 120_000);
});
