/**
 * `npm run bench [-- --scale 1m]`: our server against the peer (@neo4j/graphql) and the raw Cypher limit,
 * on the same Neo4j and synthetic corpus. Checks that all three return the same data, then times each query
 * with autocannon at fixed concurrencies, the servers taking turns, and writes bench/results.json and
 * bench/RESULTS.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as delay } from 'node:timers/promises';
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import { compareImports } from './import-comparison.js';
import { parseScale, prepareBenchDatabase, projectRoot } from './database.js';
import { normalizerOf, type Parameters, pickParameters, queries, type Query, type Request, type ServerName, serverNames } from './queries.js';
import { keepingOtherSections, renderMarkdown } from './report.js';
import type { QueryResult, ScaleResult } from './results.js';
import { type RunningServer, samplePeakMemory, startServer } from './servers.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '100k' },
    seed: { type: 'string', default: '20230517' },
    duration: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '1,16' },
    queries: { type: 'string', default: '' },
    'import-sample': { type: 'string', default: '5000' },
    'skip-import': { type: 'boolean', default: false },
    'only-import': { type: 'boolean', default: false },
    port: { type: 'string', default: '7700' },
  },
});

const log = (line: string) => console.log(line);
let adminDriver: Driver | undefined;
const scale = parseScale(values.scale);
const seed = Number(values.seed);
const duration = Number(values.duration);
const rounds = Number(values.rounds);
const concurrencies = values.connections.split(',').map(Number);
const chosenQueries = queries.filter((query) => !values.queries || values.queries.split(',').some((name) => query.id.startsWith(name)));
const serverPorts: Record<ServerName, number> = { ours: 4101, peer: 4102, raw: 4103 };
const resultsFile = path.join(projectRoot, 'bench', 'results.json');
const markdownFile = path.join(projectRoot, 'bench', 'RESULTS.md');

function ensurePeerInstalled(): void {
  const peer = path.join(projectRoot, 'bench', 'peer');
  if (existsSync(path.join(peer, 'node_modules', '@neo4j', 'graphql'))) return;
  log('Installing the peer server\'s own dependencies (bench/peer)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['--prefix', peer, existsSync(path.join(peer, 'package-lock.json')) ? 'ci' : 'install', '--no-audit', '--no-fund'], {
    stdio: 'inherit',
  });
}

async function send(server: RunningServer, request: Request): Promise<any> {
  const response = await fetch(server.url + request.path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request.body),
  });
  const body = (await response.json()) as any;
  if (!response.ok || body.errors) throw new Error(`${server.name} answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body;
}

/** The same value with object keys in order, so that key order never counts as a difference. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}

function firstDifference(left: unknown, right: unknown, at = ''): string | undefined {
  if (JSON.stringify(left) === JSON.stringify(right)) return undefined;
  if (Array.isArray(left) && Array.isArray(right)) {
    if (left.length !== right.length) return `${at || '(root)'}: ${left.length} items against ${right.length}`;
    for (let index = 0; index < left.length; index += 1) {
      const difference = firstDifference(left[index], right[index], `${at}[${index}]`);
      if (difference) return difference;
    }
  }
  if (left && right && typeof left === 'object' && typeof right === 'object' && !Array.isArray(left)) {
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
      const difference = firstDifference((left as any)[key], (right as any)[key], `${at}.${key}`);
      if (difference) return difference;
    }
  }
  return `${at || '(root)'}: ${JSON.stringify(left)?.slice(0, 300)} against ${JSON.stringify(right)?.slice(0, 300)}`;
}

/** Fails the bench unless the servers agree on the data of every query; returns our round trips and the peer's check. */
async function checkAgreement(
  query: Query,
  requests: Partial<Record<ServerName, Request>>,
  servers: Record<ServerName, RunningServer>,
  runner: import('../src/db/database.js').QueryRunner,
  parameters: Parameters,
): Promise<{ roundTrips: number; peerCheck: string; singleRequestMs: Partial<Record<ServerName, number>> }> {
  const answers: Partial<Record<ServerName, { data: unknown; body: any }>> = {};
  const singleRequestMs: Partial<Record<ServerName, number>> = {};
  for (const name of serverNames) {
    const request = requests[name];
    if (!request) continue;
    await send(servers[name], request); // once to plan the query, once to time it
    const started = performance.now();
    const body = await send(servers[name], request);
    singleRequestMs[name] = Math.round((performance.now() - started) * 10) / 10;
    if (body.errors?.length) throw new Error(`${query.id}: ${name} answered with errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
    answers[name] = { body, data: canonical(normalizerOf(query, name)(body.data)) };
  }
  const ours = answers.ours!;
  const difference = firstDifference(ours.data, answers.raw!.data);
  if (difference) {
    await writeFile(path.join(os.tmpdir(), `${query.id}-ours.json`), JSON.stringify(ours.data, null, 1));
    await writeFile(path.join(os.tmpdir(), `${query.id}-raw.json`), JSON.stringify(answers.raw!.data, null, 1));
    throw new Error(`${query.id}: ours and raw differ at ${difference} (both answers in ${os.tmpdir()}/${query.id}-*.json)`);
  }
  let peerCheck = 'none (no equivalent query)';
  if (answers.peer && query.peerComparison === 'within-neighbourhood') {
    const ids = (answers.peer.data as { id: string }[]).map(({ id }) => id);
    const [row] = await runner.read<{ outside: string[] }>(
      `MATCH (center:Node {id: $center})
       UNWIND $ids AS id
       MATCH (node:Node {id: id})
       WITH center, node WHERE node <> center AND NOT EXISTS { MATCH (center)-[]-(node) } AND NOT EXISTS { MATCH (center)-[]-()-[]-(node) }
       RETURN collect(node.id) AS outside`,
      { center: parameters.hub, ids },
    );
    if (row?.outside.length) throw new Error(`${query.id}: the peer returned nodes outside the 2-hop neighbourhood: ${row.outside.slice(0, 5).join(', ')}`);
    peerCheck = `${ids.length} nodes, all within 2 hops (no equivalent query)`;
  } else if (answers.peer) {
    const peerDifference = firstDifference(ours.data, answers.peer.data);
    if (peerDifference) throw new Error(`${query.id}: ours and the peer differ at ${peerDifference}`);
    peerCheck = 'same data';
  }
  const size = JSON.stringify(ours.data).length;
  log(`  ${query.id}: ours = raw${peerCheck === 'same data' ? ' = peer' : ''} (${size} bytes normalized), ${ours.body.extensions?.cypherRoundTrips} round trips`);
  return { roundTrips: Number(ours.body.extensions?.cypherRoundTrips ?? Number.NaN), peerCheck, singleRequestMs };
}

/**
 * Ends the queries a timed run left running in Neo4j: when the load tool stops, requests still in flight
 * are abandoned, but Neo4j would go on executing them and slow the next server's run.
 */
async function terminateLeftoverQueries(driver: Driver): Promise<number> {
  // The peer's q2 at 1M and c=16 can fill Neo4j's transaction memory, and then even SHOW TRANSACTIONS is refused with a
  // transient error until some of its queries end: try again for up to a minute.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await terminateLeftoverQueriesOnce(driver);
    } catch (error) {
      const transient = typeof (error as { code?: unknown }).code === 'string' && (error as { code: string }).code.startsWith('Neo.TransientError.');
      if (!transient || attempt === 60) throw error;
      await delay(1000);
    }
  }
}

async function terminateLeftoverQueriesOnce(driver: Driver): Promise<number> {
  const session = driver.session();
  try {
    const result = await session.run(
      `SHOW TRANSACTIONS YIELD transactionId, currentQuery
       WHERE currentQuery <> '' AND NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
       RETURN collect(transactionId) AS ids`,
    );
    const ids = (result.records[0]?.get('ids') ?? []) as string[];
    if (ids.length > 0) await session.run('TERMINATE TRANSACTIONS $ids', { ids });
    return ids.length;
  } finally {
    await session.close();
  }
}

async function load(server: RunningServer, request: Request, connections: number, seconds: number) {
  const stopSampling = samplePeakMemory(server.pid);
  const result = await autocannon({
    url: server.url + request.path,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request.body),
    connections,
    duration: seconds,
  });
  const peakRssMib = stopSampling();
  await terminateLeftoverQueries(adminDriver!);
  return { result, peakRssMib };
}

async function main(): Promise<void> {
  if (values['only-import']) {
    const comparison = await compareImports({ statements: Number(values['import-sample']), seed, port: Number(values.port) + 1, log });
    log(`Import: the project's ${comparison.projectRowsPerSecond.toFixed(0)} rows/s, ${comparison.ratio.toFixed(2)}× the hand-written load's ${comparison.handWrittenRowsPerSecond.toFixed(0)} rows/s (load average ${os.loadavg()[0]!.toFixed(2)}; nothing written to results).`);
    return;
  }
  ensurePeerInstalled();
  const importComparison = values['skip-import']
    ? null
    : await (async () => {
        log(`Import: the project's import against the hand-written load, on ${values['import-sample']} statements…`);
        return compareImports({ statements: Number(values['import-sample']), seed, port: Number(values.port) + 1, log });
      })();

  const bench = await prepareBenchDatabase({ scale, seed, port: Number(values.port), load: 'hand-written', log });
  const servers = {} as Record<ServerName, RunningServer>;
  adminDriver = neo4j.driver(bench.neo4j.uri);
  try {
    const parameters = await pickParameters(bench.database.runner());
    log(`Parameters: ${JSON.stringify(parameters)}`);
    for (const name of serverNames) servers[name] = await startServer(name, serverPorts[name], bench.neo4j.uri);

    log('Checking that the servers agree…');
    const checks = new Map<string, Awaited<ReturnType<typeof checkAgreement>>>();
    for (const query of chosenQueries) {
      checks.set(query.id, await checkAgreement(query, query.requests(parameters), servers, bench.database.runner(), parameters));
    }

    log('Warming up…');
    for (const query of chosenQueries) {
      for (const [name, request] of Object.entries(query.requests(parameters)) as [ServerName, Request][]) {
        if ((checks.get(query.id)!.singleRequestMs[name] ?? 0) > duration * 1000) continue;
        await load(servers[name], request, 4, 1);
      }
    }

    // Other work on the machine skews every number; the load while our servers idle says whether there was any.
    const idleLoad = os.loadavg()[0]!;
    if (idleLoad > 1.5) log(`Warning: the machine is busy before timing (load average ${idleLoad.toFixed(1)} with our servers idle).`);
    const results: QueryResult[] = [];
    const serverPeaks: Partial<Record<ServerName, number>> = {};
    for (const query of chosenQueries) {
      const requests = query.requests(parameters);
      const byConcurrency: QueryResult['byConcurrency'] = {};
      for (const connections of concurrencies) {
        const runs: Partial<Record<ServerName, { requests: number; seconds: number; p50: number[]; p99: number[]; errors: number; peak: number }>> = {};
        // A/B/A/B: the servers take turns, so that drift of the machine falls on all of them alike.
        for (let round = 0; round < rounds; round += 1) {
          for (const name of serverNames) {
            const request = requests[name];
            if (!request) continue;
            // A request that alone outlasts a run would complete nothing and leave Neo4j busy: it is not timed.
            if ((checks.get(query.id)!.singleRequestMs[name] ?? 0) > duration * 1000) continue;
            const { result, peakRssMib } = await load(servers[name], request, connections, duration);
            const run = (runs[name] ??= { requests: 0, seconds: 0, p50: [], p99: [], errors: 0, peak: 0 });
            run.requests += result.requests.total;
            run.seconds += result.duration;
            run.p50.push(result.latency.p50);
            run.p99.push(result.latency.p99);
            run.errors += result.errors + result.timeouts + result.non2xx;
            run.peak = Math.max(run.peak, peakRssMib);
            serverPeaks[name] = Math.max(serverPeaks[name] ?? 0, peakRssMib);
          }
        }
        const mean = (numbers: number[]) => numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
        byConcurrency[connections] = Object.fromEntries(
          Object.entries(runs).map(([name, run]) => [
            name,
            {
              requestsPerSecond: run.requests / run.seconds,
              p50Ms: mean(run.p50),
              p99Ms: mean(run.p99),
              errors: run.errors,
              requests: run.requests,
              peakRssMib: Math.round(run.peak),
            },
          ]),
        );
        const line = serverNames
          .filter((name) => byConcurrency[connections]![name])
          .map((name) => `${name} ${byConcurrency[connections]![name]!.requestsPerSecond.toFixed(0)} req/s p50 ${byConcurrency[connections]![name]!.p50Ms} ms`)
          .join(' | ');
        log(`  ${query.id} c=${connections}: ${line}`);
      }
      const check = checks.get(query.id)!;
      results.push({
        id: query.id,
        title: query.title,
        depth: query.depth,
        cypherRoundTrips: check.roundTrips,
        peerCheck: check.peerCheck,
        singleRequestMs: check.singleRequestMs,
        byConcurrency,
      });
    }

    const scaleResult: ScaleResult = {
      scale: scale.name,
      ranAt: new Date().toISOString(),
      machine: machine(),
      settings: {
        durationSeconds: duration,
        rounds,
        concurrencies,
        seed,
        alternation: 'ours, peer, raw in turn, each round',
        loadAverageBeforeTiming: Math.round(idleLoad * 100) / 100,
        loadAverageAfterTiming: Math.round(os.loadavg()[0]! * 100) / 100,
      },
      corpus: bench.marker,
      parameters,
      importComparison,
      serverPeakRssMib: Object.fromEntries(Object.entries(serverPeaks).map(([name, peak]) => [name, Math.round(peak)])),
      queries: results,
    };
    const all = existsSync(resultsFile) ? (JSON.parse(await readFile(resultsFile, 'utf8')) as Record<string, ScaleResult>) : {};
    all[scale.name] = scaleResult;
    await writeFile(resultsFile, `${JSON.stringify(all, null, 2)}\n`);
    const previous = existsSync(markdownFile) ? await readFile(markdownFile, 'utf8') : '';
    const markdown = keepingOtherSections(renderMarkdown(all), previous);
    await writeFile(markdownFile, markdown);
    console.log(`\n${markdown}`);
    log(`Wrote ${path.relative(projectRoot, resultsFile)} and ${path.relative(projectRoot, markdownFile)}.`);
  } finally {
    for (const server of Object.values(servers)) await server.stop();
    await adminDriver.close();
    await bench.close();
  }
}

function machine(): Record<string, string> {
  const packageVersion = (folder: string, name: string) => {
    try {
      return (JSON.parse(readFileSync(path.join(folder, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  };
  // `java -version` answers on standard error.
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const peer = path.join(projectRoot, 'bench', 'peer');
  return {
    cpu: `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: `${java.stderr ?? ''}${java.stdout ?? ''}`.split('\n')[0]?.trim() || 'unknown',
    neo4j: '5.26.19 Community, embedded (APOC core 5.26.19)',
    '@neo4j/graphql': packageVersion(peer, '@neo4j/graphql'),
    'graphql (peer)': packageVersion(peer, 'graphql'),
    'graphql (ours)': packageVersion(projectRoot, 'graphql'),
    'graphql-yoga': packageVersion(projectRoot, 'graphql-yoga'),
    '@pothos/core': packageVersion(projectRoot, '@pothos/core'),
    'neo4j-driver': packageVersion(projectRoot, 'neo4j-driver'),
    autocannon: packageVersion(projectRoot, 'autocannon'),
  };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
