import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisProcess, startRedis } from './redis-server.js';
import { type GraphQLResponse, openTestApi, resetToSeed, testTokens } from './support.js';
import { freePort, type ServerProcess, startServerProcess, stopServerProcess, untilConnectionsRefused, waitUntilHealthy } from './server-process.js';
import { subscribe, type Subscription } from './sse.js';

/**
 * The real server, `node --import tsx src/server.ts` in a child process, is sent SIGTERM while requests
 * are in flight on keep-alive connections. Before graceful draining, 5 or 6 of 7 such requests were cut
 * with connection resets, a committed write among them. With Redis for events, after Redis had gone away
 * and come back, closing Redis before the drain threw an uncaught "Connection is closed." that ended the
 * process with code 1 and cut every request.
 */

const api = openTestApi();
const shutdownGraceMs = 10_000;

const reads = [
  `{ graph(center: "person:yevgeny-prigozhin", depth: 3, limit: 500) {
      nodes { id kind label } edges { id type source target } truncated } }`,
  `{ actorNetwork(limit: 500) { nodes { id label } edges { id type source target weight } } }`,
  `{ statements(first: 100) { totalCount edges { node { id text summary date } } } }`,
  `{ timeline(first: 100) { edges { node { id date datePrecision } } } }`,
];
const upsertPerson = `mutation ($input: UpsertPersonInput!) { upsertPerson(input: $input) { created person { id name createdBy } } }`;
type Written = Readonly<{ id: string; name: string }>;
/** Four people to write during a drain, each name its own (a name already taken would resolve to its person). */
const drainWrites = (name: string): Written[] => [1, 2, 3, 4].map((index) => ({ id: `person:${name.toLowerCase().replaceAll(' ', '-')}-${index}`, name: `${name} ${index}` }));

/** A whole response, or what went wrong: a reset or a short body is an outcome, never a throw. */
type Outcome = { status: number; body: string } | { error: string };

/** A request sent up to its last byte: the server has begun it, and waits for the rest. */
type HeldRequest = Readonly<{
  label: string;
  written: Promise<void>;
  finish: () => void;
  outcome: Promise<Outcome>;
  /** Whether it went down a keep-alive connection that had carried an earlier request. */
  reusedConnection: () => boolean;
}>;

const servers: ServerProcess[] = [];
let redis: RedisProcess | undefined;

async function ask(port: number, query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

function heldGraphQLRequest(agent: Agent, port: number, label: string, body: unknown, token?: string): HeldRequest {
  const bytes = Buffer.from(JSON.stringify(body));
  const outgoing = request({
    host: '127.0.0.1',
    port,
    path: '/graphql',
    method: 'POST',
    agent,
    headers: {
      'content-type': 'application/json',
      'content-length': bytes.length,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
  const outcome = new Promise<Outcome>((settle) => {
    outgoing.on('error', (error) => settle({ error: String(error) }));
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error) => settle({ error: String(error) }));
      response.on('end', () =>
        settle(
          response.complete
            ? { status: response.statusCode!, body: Buffer.concat(chunks).toString() }
            : { error: 'the response was cut short' },
        ),
      );
    });
  });
  const written = new Promise<void>((resolve, reject) =>
    outgoing.write(bytes.subarray(0, -1), (error) => (error ? reject(error) : resolve())),
  );
  return { label, written, finish: () => outgoing.end(bytes.subarray(-1)), outcome, reusedConnection: () => outgoing.reusedSocket };
}

/** `GET /ready` on a connection of its own, sent up to the blank line that ends its headers. */
function heldReadinessRequest(port: number): HeldRequest {
  const socket = connect(port, '127.0.0.1');
  const outcome = new Promise<Outcome>((settle) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error) => settle({ error: String(error) }));
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString();
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(text)?.[1];
      settle(status ? { status: Number(status), body: text.slice(text.indexOf('\r\n\r\n') + 4) } : { error: `no response: ${text}` });
    });
    socket.on('close', () => settle({ error: 'the connection closed without a response' }));
  });
  const written = new Promise<void>((resolve, reject) =>
    socket.write('GET /ready HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n', (error) => (error ? reject(error) : resolve())),
  );
  return { label: 'GET /ready', written, finish: () => socket.write('\r\n'), outcome, reusedConnection: () => false };
}

function get(agent: Agent, port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode!));
    })
      .on('error', reject)
      .end();
  });
}

function countSockets(sockets: NodeJS.ReadOnlyDict<unknown[]>): number {
  return Object.values(sockets).reduce((sum, list) => sum + (list?.length ?? 0), 0);
}

type Answered = Readonly<{ label: string; outcome: Outcome; reusedConnection: boolean }>;

type Shutdown = Readonly<{
  server: ServerProcess;
  written: readonly Written[];
  requests: readonly Answered[];
  readiness: Outcome;
  inFlightAtSignal: number;
  idleConnectionsBefore: number;
  idleConnectionsAfterSignal: number;
  exit: { code: number | null; signal: NodeJS.Signals | null };
}>;

/** Starts the server process and waits until it answers, each read and a write asked once. */
async function startedServer(environment: Record<string, string> = {}): Promise<ServerProcess> {
  const server = startServerProcess(await freePort(), { SHUTDOWN_GRACE_MS: String(shutdownGraceMs), ...environment });
  servers.push(server);
  await waitUntilHealthy(server);
  // The plans were warmed at the start; the first requests still load what Node compiles lazily.
  for (const query of reads) expect((await ask(server.port, query)).errors).toBeUndefined();
  const warmUp = await ask(server.port, upsertPerson, { input: { id: `person:warm-up-${server.port}`, name: `Warm Up ${server.port}` } }, testTokens.editor);
  expect(warmUp.errors).toBeUndefined();
  return server;
}

/** Sends SIGTERM while four writes, sixteen reads and a `GET /ready` are in flight, and collects what each got. */
async function signalWithRequestsInFlight(server: ServerProcess, written: readonly Written[]): Promise<Shutdown> {
  const { port } = server;
  // Open a keep-alive connection for each GraphQL request below and three more, which stay idle.
  const agent = new Agent({ keepAlive: true });
  const requestCount = written.length + 16;
  await Promise.all(Array.from({ length: requestCount + 3 }, () => get(agent, port, '/health')));
  const requests = [
    ...written.map(({ id, name }) =>
      heldGraphQLRequest(agent, port, `upsertPerson ${id}`, { query: upsertPerson, variables: { input: { id, name } } }, testTokens.editor),
    ),
    ...Array.from({ length: requestCount - written.length }, (_, index) => {
      const query = reads[index % reads.length]!;
      return heldGraphQLRequest(agent, port, query.slice(2, query.indexOf('(')), { query });
    }),
  ];
  const readiness = heldReadinessRequest(port);
  const held = [...requests, readiness];
  const idleConnectionsBefore = countSockets(agent.freeSockets);

  // Each request is sent but for its last byte (its headers' last line, for /ready), and the server is
  // given a moment to read what was sent. Node's server has then begun every request, and cannot answer
  // any before the signal: each waits for a byte that is sent only once the server refuses new
  // connections, that is, once it is surely draining. So all of them are in flight at SIGTERM, and all
  // of them (the writes' Cypher included) run during the drain.
  let answered = 0;
  for (const request of held) void request.outcome.then(() => answered++);
  await Promise.all(held.map((request) => request.written));
  await delay(300);
  const inFlightAtSignal = held.length - answered;

  const signalledAt = performance.now();
  server.child.kill('SIGTERM');
  await untilConnectionsRefused(port);
  await delay(300);
  const idleConnectionsAfterSignal = countSockets(agent.freeSockets);
  for (const request of held) request.finish();
  const outcomes = await Promise.all(held.map((request) => request.outcome));
  const exit = await server.exited;
  const exitMs = Math.round(performance.now() - signalledAt);
  agent.destroy();

  const cut = outcomes.filter((outcome) => 'error' in outcome).length;
  console.log(
    `SIGTERM with ${inFlightAtSignal} requests in flight (${written.length} writes, ${requestCount - written.length} reads, GET /ready): ` +
      `${cut} cut; the server exited with code ${exit.code} ${exitMs} ms after the signal (grace ${shutdownGraceMs} ms).`,
  );
  return {
    server,
    written,
    requests: requests.map((request, index) => ({ label: request.label, outcome: outcomes[index]!, reusedConnection: request.reusedConnection() })),
    readiness: outcomes.at(-1)!,
    inFlightAtSignal,
    idleConnectionsBefore,
    idleConnectionsAfterSignal,
    exit,
  };
}

/** A live subscription held open through Redis: polled until Redis, back after an outage, carries it. */
async function subscriptionThroughRedis(server: ServerProcess, timeoutMs = 120_000): Promise<Subscription> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const subscription = await subscribe(fetch, `${server.url}/graphql`, 'subscription { statementAdded(filter: { entity: "place:bakhmut" }) { id } }');
    await delay(500);
    if (!subscription.ended() && subscription.received.length === 0) return subscription;
    subscription.close();
    if (Date.now() > deadline) throw new Error(`No subscription through Redis within ${timeoutMs} ms: ${JSON.stringify(subscription.received)}`);
    await delay(500);
  }
}

beforeAll(async () => {
  await resetToSeed(api.database);
});

afterAll(async () => {
  for (const server of servers) stopServerProcess(server);
  await redis?.kill();
  await resetToSeed(api.database);
  await api.close();
});

function responseBody({ outcome }: Answered): GraphQLResponse | undefined {
  return 'body' in outcome ? (JSON.parse(outcome.body) as GraphQLResponse) : undefined;
}

/** What every clean SIGTERM must show: each request in flight answered in full, code 0, each acknowledged write kept. */
function drainsEveryRequest(shutdown: () => Shutdown) {
  it('answers every request in flight in full: no reset, 200, data without errors', () => {
    const { requests, inFlightAtSignal, server } = shutdown();
    expect(inFlightAtSignal).toBe(requests.length + 1);
    const failures = requests.flatMap(({ label, outcome }) =>
      'error' in outcome ? [`${label}: ${outcome.error}`] : outcome.status === 200 ? [] : [`${label}: HTTP ${outcome.status}`],
    );
    expect(failures, server.output.join('')).toEqual([]);
    for (const request of requests) {
      expect(responseBody(request)?.errors, `${request.label}\n${server.output.join('')}`).toBeUndefined();
      expect(responseBody(request)?.data, request.label).toBeTruthy();
    }
  });

  it('exits with code 0 once the requests in flight are answered, without cutting any at the end of the grace period', () => {
    const { exit, server } = shutdown();
    expect(exit, server.output.join('')).toEqual({ code: 0, signal: null });
    expect(server.output.join('')).not.toContain('The grace period ended');
  });

  it('keeps every write it acknowledged', async () => {
    const { requests, written } = shutdown();
    const writtenIds = written.map(({ id }) => id);
    const acknowledged = requests
      .slice(0, written.length)
      .flatMap((request) => responseBody(request)?.data?.upsertPerson ?? [])
      .map(({ person }: { person: { id: string } }) => person);
    expect(acknowledged.map((person) => person.id)).toEqual(writtenIds);
    const { data } = await api.query(`query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Person { name createdBy } } }`, {
      ids: writtenIds,
    });
    expect(data.nodes).toEqual(written.map(({ id, name }) => ({ id, name, createdBy: 'editor' })));
  });
}

describe('SIGTERM while requests are in flight', () => {
  let shutdown: Shutdown;
  beforeAll(async () => {
    shutdown = await signalWithRequestsInFlight(await startedServer(), drainWrites('Drain'));
  });

  drainsEveryRequest(() => shutdown);

  it('keeps the busy keep-alive connections, closes the idle ones, refuses new ones and answers 503 on /ready', () => {
    expect(shutdown.requests.every((request) => request.reusedConnection)).toBe(true);
    expect(shutdown.idleConnectionsBefore).toBe(3);
    expect(shutdown.idleConnectionsAfterSignal).toBe(0);
    expect(shutdown.readiness).toMatchObject({ status: 503 });
  });
});

describe('SIGTERM with Redis for events, after Redis went away and came back, while requests and a subscription are in flight', () => {
  let shutdown: Shutdown;
  let subscription: Subscription;
  beforeAll(async () => {
    redis = await startRedis();
    const server = await startedServer({ REDIS_URL: redis.url });
    const cutOff = await subscriptionThroughRedis(server);
    await redis.kill();
    // The server has noticed: the subscription Redis carried ends.
    for (const deadline = Date.now() + 60_000; !cutOff.ended() && Date.now() < deadline; ) await delay(100);
    expect(cutOff.ended()).toBe(true);
    await redis.restart();
    subscription = await subscriptionThroughRedis(server);
    shutdown = await signalWithRequestsInFlight(server, drainWrites('Drain Redis'));
  });

  drainsEveryRequest(() => shutdown);

  it('ends the subscription', () => {
    expect(subscription.ended()).toBe(true);
  });
});
