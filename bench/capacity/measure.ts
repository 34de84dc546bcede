/**
 * `npm run capacity -- --measure`: what one request of each kind costs, on the bench's Neo4j with the 100k corpus.
 *
 * Two API replicas run as children, as `npm start` serves (bench/servers.ts). Each kind is sent one request at a
 * time to the first replica, and the CPU that the API process, the Neo4j JVM and this process used meanwhile is
 * read from /proc, less what they use idle. Neo4j's own time and db hits come from a pass in this process
 * (neo4j-profile.ts). Last, the mix is sent to both replicas at once, from several connections, for the one
 * point the model is held against. The statements written are deleted at the end, and the corpus checked to be as
 * it was.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { hashToken, newToken } from '../../src/auth/tokens.js';
import { pomFile, versionFromPom } from '../../src/db/local-neo4j/jars.js';
import type { Database } from '../../src/db/database.js';
import { generatorVersion } from '../corpus/generate.js';
import { graphFingerprint } from '../corpus/load.js';
import { Random } from '../corpus/random.js';
import { type CorpusMarker, parseScale, prepareBenchDatabase, projectRoot } from '../database.js';
import { pickParameters, queries } from '../queries.js';
import { type RunningServer, startServer } from '../servers.js';
import type { Costs, KindCost, MeasuredCheck } from './costs.js';
import { machineBusyCpuMs, ownCpuMs, processCpuMs } from './cpu.js';
import type { Mix } from './model.js';
import { profileReads } from './neo4j-profile.js';
import { percentile } from './simulation.js';

export type MeasureOptions = Readonly<{
  /** Neo4j's Bolt port; the two replicas listen on the next two. */
  port: number;
  secondsPerKind: number;
  check: Readonly<{ seconds: number; connections: number; mix: Mix }>;
  log: (line: string) => void;
}>;

const scale = parseScale('100k');
const corpusSeed = 20230517;
const idleSeconds = 3;
/**
 * A fresh JVM and fresh Node processes spend their first tens of seconds compiling hot code, and Neo4j's page cache
 * starts cold: a first try with a few requests of warm-up measured every kind at three to four times its cost.
 */
const warmup = { seconds: 25, connections: 4 };
const requestsPerKind = { fewest: 20, most: 400 };
const checkWarmupSeconds = 3;

/** One kind of request: how to make the next one. */
type Kind = Readonly<{ key: string; title: string; write: boolean; body: () => Record<string, unknown> }>;

type Outcome = Readonly<{ milliseconds: number; ok: boolean; problem?: string }>;

export async function measureCosts(options: MeasureOptions): Promise<Costs> {
  const { log } = options;
  const loadAverageAtStart = os.loadavg();
  await requireBenchCorpus();
  const bench = await prepareBenchDatabase({ scale, seed: corpusSeed, port: options.port, load: 'hand-written', log });
  const servers: RunningServer[] = [];
  const writtenPrefix = `statement:capacity-${Date.now().toString(36)}-`;
  try {
    const neo4jPid = bench.neo4j.pid;
    if (neo4jPid === undefined) throw new Error('The bench Neo4j has no process to measure.');
    const token = newToken();
    // The replicas read their grants from the environment they inherit (bench/servers.ts).
    process.env['CLAIMGRAPH_TOKENS'] = `capacity:editor:${hashToken(token)}`;
    servers.push(...(await Promise.all([1, 2].map((offset) => startServer('ours', options.port + offset, bench.neo4j.uri)))));
    const parameters = await pickParameters(bench.database.runner());
    const kinds = requestKinds(parameters, writtenPrefix);
    const send = sender(token);

    const driveMix = mixDriver(servers, kinds, options.check.mix, send);
    log(`Warming up: the mix from ${warmup.connections} connections on both replicas for ${warmup.seconds} s…`);
    const failed = (await driveMix(warmup.connections, warmup.seconds)).find((outcome) => !outcome.ok);
    if (failed) throw new Error(`A request failed while warming up: ${failed.problem}`);
    const idle = await idleCpuMsPerSecond(servers[0]!.pid, neo4jPid);

    const measured: Record<string, KindCost> = {};
    for (const kind of kinds) {
      const before = { at: performance.now(), api: processCpuMs(servers[0]!.pid), neo4j: processCpuMs(neo4jPid), client: ownCpuMs(), machine: machineBusyCpuMs() };
      const outcomes = await sendFor(options.secondsPerKind, requestsPerKind.fewest, requestsPerKind.most, () => send(servers[0]!, kind));
      const after = { at: performance.now(), api: processCpuMs(servers[0]!.pid), neo4j: processCpuMs(neo4jPid), client: ownCpuMs(), machine: machineBusyCpuMs() };
      const seconds = (after.at - before.at) / 1000;
      const failed = outcomes.find((outcome) => !outcome.ok);
      if (failed) throw new Error(`${kind.key} failed: ${failed.problem}`);
      const perRequest = (used: number, idlePerSecond: number) => round(Math.max(0, used - idlePerSecond * seconds) / outcomes.length);
      const ours = after.api - before.api + after.neo4j - before.neo4j + after.client - before.client;
      const sorted = outcomes.map((outcome) => outcome.milliseconds).sort((left, right) => left - right);
      measured[kind.key] = {
        title: kind.title,
        write: kind.write,
        requests: outcomes.length,
        wallMs: { mean: round(sorted.reduce((sum, value) => sum + value, 0) / sorted.length), p50: round(percentile(sorted, 0.5)), p99: round(percentile(sorted, 0.99)) },
        wallMsPercentiles: Array.from({ length: 100 }, (_, index) => round(percentile(sorted, (index + 0.5) / 100))),
        apiCpuMs: perRequest(after.api - before.api, idle.api),
        neo4jCpuMs: perRequest(after.neo4j - before.neo4j, idle.neo4j),
        clientCpuMs: perRequest(after.client - before.client, 0),
        neo4jQueryMs: null,
        dbHits: null,
        otherCoresBusy: round(Math.max(0, after.machine - before.machine - ours) / (seconds * 1000)),
      };
      const cost = measured[kind.key]!;
      log(`  ${kind.key}: ${cost.requests} requests, wall ${cost.wallMs.mean} ms, API ${cost.apiCpuMs} ms CPU, Neo4j ${cost.neo4jCpuMs} ms CPU`);
    }

    log('Neo4j\'s own time and db hits of each read…');
    const reads = new Map(kinds.filter((kind) => !kind.write).map((kind) => [kind.key, kind.body()]));
    for (const [key, account] of await profileReads(bench.neo4j.uri, reads)) {
      measured[key] = { ...measured[key]!, neo4jQueryMs: round(account.queryMs), dbHits: account.dbHits };
    }

    log(`The check: the mix from ${options.check.connections} connections on both replicas for ${options.check.seconds} s…`);
    const check = await runCheck(servers, neo4jPid, driveMix, options.check);
    log(`  ${check.requestsPerSecond} req/s, p50 ${check.p50Ms} ms, p99 ${check.p99Ms} ms, ${check.errors} errors`);

    await deleteWritten(bench.database, writtenPrefix, bench.marker, log);
    return {
      measuredAt: new Date().toISOString(),
      machine: await machine(loadAverageAtStart),
      corpus: { statements: bench.marker.statements, nodes: bench.marker.load.nodes, relationships: bench.marker.load.relationships },
      method: {
        requests:
          `after ${warmup.seconds} s of the mix from ${warmup.connections} connections to warm up, each kind sent one at a time to one replica ` +
          `for ${options.secondsPerKind} s (${requestsPerKind.fewest} to ${requestsPerKind.most} requests)`,
        wallMs: 'from sending the request to having read the whole answer, in the load generator',
        apiCpuMs: `utime + stime of the API process (/proc/<pid>/stat) over the run, less its idle use over ${idleSeconds} s, per request`,
        neo4jCpuMs: `utime + stime of the Neo4j JVM, all threads, over the run, less its idle use over ${idleSeconds} s, per request`,
        clientCpuMs: 'CPU of the load generator (process.cpuUsage), per request',
        neo4jQueryMs: 'resultAvailableAfter + resultConsumedAfter of the same Cypher, sent from this process through the API code',
        dbHits: 'PROFILE of the same Cypher, summed over its operators',
        write: `createStatement of a new statement (${writtenPrefix}…), deleted afterwards`,
        otherCoresBusy: "cores the rest of the machine kept busy meanwhile (/proc/stat less the processes measured): other people's work",
      },
      kinds: measured,
      check,
    };
  } finally {
    for (const server of servers) await server.stop();
    await bench.close();
  }
}

/** Fails with the way out when the bench corpus has not been loaded: loading it takes minutes and is the bench's business. */
async function requireBenchCorpus(): Promise<void> {
  const folder = path.join(projectRoot, '.neo4j', 'data', `bench-${scale.name}`);
  let marker: CorpusMarker | undefined;
  try {
    marker = JSON.parse(await readFile(path.join(folder, 'corpus.json'), 'utf8')) as CorpusMarker;
  } catch {
    marker = undefined;
  }
  if (marker?.generatorVersion !== generatorVersion || marker.statements !== scale.statements || marker.seed !== corpusSeed) {
    throw new Error(
      `${path.relative(projectRoot, folder)} holds no ${scale.name} bench corpus (generator version ${generatorVersion}, seed ${corpusSeed}). ` +
        'Load it first with `npm run bench:prepare` (a few minutes), then measure again.',
    );
  }
}

function requestKinds(parameters: Awaited<ReturnType<typeof pickParameters>>, writtenPrefix: string): Kind[] {
  const reads = queries.map((query): Kind => {
    const request = query.requests(parameters).ours!;
    return { key: query.id.split('-')[0]!, title: query.title, write: false, body: () => request.body };
  });
  let written = 0;
  const write: Kind = {
    key: 'write',
    title: 'A new statement (createStatement): one write transaction',
    write: true,
    body: () => {
      written += 1;
      const input = { id: `${writtenPrefix}${written}`, text: `Capacity statement ${written}.`, language: 'en', summary: `Capacity statement ${written}`, date: '2019-01' };
      return { query: 'mutation ($input: CreateStatementInput!) { createStatement(input: $input) { statement { id } } }', variables: { input } };
    },
  };
  return [...reads, write];
}

function sender(token: string): (server: RunningServer, kind: Kind) => Promise<Outcome> {
  return async (server, kind) => {
    const started = performance.now();
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(kind.write ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(kind.body()),
      });
      const answer = (await response.json()) as { errors?: unknown };
      const ok = response.ok && !answer.errors;
      return { milliseconds: performance.now() - started, ok, ...(ok ? {} : { problem: `${response.status} ${JSON.stringify(answer.errors).slice(0, 300)}` }) };
    } catch (error) {
      return { milliseconds: performance.now() - started, ok: false, problem: String(error) };
    }
  };
}

/** Sends one request at a time for about `seconds`, but at least `fewest` and at most `most` requests. */
async function sendFor(seconds: number, fewest: number, most: number, send: () => Promise<Outcome>): Promise<Outcome[]> {
  const deadline = performance.now() + seconds * 1000;
  const outcomes: Outcome[] = [];
  while (outcomes.length < most && (outcomes.length < fewest || performance.now() < deadline)) outcomes.push(await send());
  return outcomes;
}

async function idleCpuMsPerSecond(apiPid: number, neo4jPid: number): Promise<{ api: number; neo4j: number }> {
  const api = processCpuMs(apiPid);
  const neo4j = processCpuMs(neo4jPid);
  await delay(idleSeconds * 1000);
  return { api: (processCpuMs(apiPid) - api) / idleSeconds, neo4j: (processCpuMs(neo4jPid) - neo4j) / idleSeconds };
}

/** Sends the mix from several connections at once, the replicas taking requests in turn, as a load balancer would send them. */
function mixDriver(
  servers: readonly RunningServer[],
  kinds: readonly Kind[],
  mix: Mix,
  send: (server: RunningServer, kind: Kind) => Promise<Outcome>,
): (connections: number, seconds: number) => Promise<Outcome[]> {
  const random = new Random(1);
  const chosen = kinds.filter((kind) => (mix[kind.key] ?? 0) > 0);
  const weights = chosen.map((kind) => mix[kind.key]!);
  let next = 0;
  return async (connections, seconds) => {
    const deadline = performance.now() + seconds * 1000;
    const outcomes: Outcome[] = [];
    const connection = async () => {
      while (performance.now() < deadline) outcomes.push(await send(servers[next++ % servers.length]!, chosen[random.weighted(weights)]!));
    };
    await Promise.all(Array.from({ length: connections }, connection));
    return outcomes;
  };
}

/** The one point the model is held against: the mix on both replicas at once, with the CPU each process used meanwhile. */
async function runCheck(
  servers: readonly RunningServer[],
  neo4jPid: number,
  driveMix: (connections: number, seconds: number) => Promise<Outcome[]>,
  check: MeasureOptions['check'],
): Promise<MeasuredCheck> {
  await driveMix(check.connections, checkWarmupSeconds);
  const cpu = () => ({
    at: performance.now(),
    api: servers.reduce((sum, server) => sum + processCpuMs(server.pid), 0),
    neo4j: processCpuMs(neo4jPid),
    client: ownCpuMs(),
    machine: machineBusyCpuMs(),
  });
  const before = cpu();
  const outcomes = await driveMix(check.connections, check.seconds);
  const after = cpu();
  const elapsed = after.at - before.at;
  const cores = (used: number) => round(used / elapsed);
  const sorted = outcomes.filter((outcome) => outcome.ok).map((outcome) => outcome.milliseconds).sort((left, right) => left - right);
  const api = after.api - before.api;
  const neo4j = after.neo4j - before.neo4j;
  const client = after.client - before.client;
  return {
    replicas: servers.length,
    cores: os.cpus().length,
    connections: check.connections,
    seconds: round(elapsed / 1000),
    mix: check.mix,
    requests: outcomes.length,
    errors: outcomes.length - sorted.length,
    requestsPerSecond: round((1000 * sorted.length) / elapsed),
    p50Ms: round(percentile(sorted, 0.5)),
    p99Ms: round(percentile(sorted, 0.99)),
    coresBusy: { api: cores(api), neo4j: cores(neo4j), client: cores(client), others: cores(Math.max(0, after.machine - before.machine - api - neo4j - client)) },
  };
}

/** Deletes the statements the measurement wrote, with their revisions, and checks the corpus is as it was loaded. */
async function deleteWritten(database: Database, prefix: string, marker: CorpusMarker, log: (line: string) => void): Promise<void> {
  const runner = database.runner();
  await runner.write(async (transaction) => {
    await transaction.run('MATCH (revision:Revision) WHERE revision.targetId STARTS WITH $prefix DELETE revision', { prefix });
    await transaction.run('MATCH (statement:Statement) WHERE statement.id STARTS WITH $prefix DETACH DELETE statement', { prefix });
  });
  const fingerprint = await graphFingerprint(runner);
  if (fingerprint !== marker.fingerprint) {
    log(`Warning: the bench corpus differs from the one loaded after deleting ${prefix}…:\n  now    ${fingerprint}\n  loaded ${marker.fingerprint}`);
  }
}

async function machine(loadAverageAtStart: readonly number[]): Promise<Record<string, string>> {
  // `java -version` answers on standard error.
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const git = (...args: string[]) => spawnSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).stdout.trim();
  return {
    code: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src') ? ' with uncommitted changes in src/' : ''}`,
    cpu: `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: `${java.stderr ?? ''}${java.stdout ?? ''}`.split('\n')[0]?.trim() || 'unknown',
    neo4j: `${await versionFromPom(pomFile, 'neo4j.version')} Community, embedded`,
    loadAverageAtStart: loadAverageAtStart.map((load) => load.toFixed(2)).join(' '),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;
