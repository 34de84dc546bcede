/**
 * `npm run soak [-- --duration 600 --connections 8]`: the real server under a long mixed load of the README's
 * questions and about 10% writes, to see whether latency, errors or memory drift over time.
 *
 * The server starts as a user starts it (`npm start`: the compiled `dist/server.js` with its flags) on a free port. Its Neo4j is an
 * embedded one started here first, in a fresh `.neo4j/data/soak-<port>`, so that the soak neither locks nor
 * fills the `npm start` database; the server finds it on LOCAL_NEO4J_PORT, as `npm run seed` finds a running
 * `npm start`, and loads the seed into it. `--neo4j-uri` points the server at an existing Neo4j instead.
 * Writes bench/SOAK.md, and exits 1 when any request got a 5xx or no answer.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { hashToken, newToken } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config.js';
import { type LocalNeo4j } from '../src/db/local-neo4j/supervisor.js';
import { startLocalNeo4j } from '../src/db/local-neo4j.js';
import { freePort } from '../test/free-port.js';
import { projectRoot } from './database.js';
import { buildOurServer, residentMib, startArguments } from './servers.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '600' },
    connections: { type: 'string', default: '8' },
    'neo4j-port': { type: 'string', default: '7731' },
    'neo4j-uri': { type: 'string' },
  },
});

const durationSeconds = positiveInteger('--duration', values.duration);
const connections = positiveInteger('--connections', values.connections);
const neo4jPort = positiveInteger('--neo4j-port', values['neo4j-port']);
const neo4jUri = values['neo4j-uri'];
const sampleEveryMs = 10_000;
const requestTimeoutMs = 30_000;
const startTimeoutMs = 180_000;
/** Beyond the server's own shutdown grace (SHUTDOWN_GRACE_MS, 10 s by default), it has hung. */
const stopTimeoutMs = 30_000;
const reportFile = path.join(projectRoot, 'bench', 'SOAK.md');
const log = (line: string) => console.log(line);

function positiveInteger(option: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${option} takes a whole number above 0, got ${JSON.stringify(text)}`);
  return value;
}

// ---- The workload ----

type LoadRequest = Readonly<{ method: 'GET' | 'POST'; path: string; body?: unknown; write: boolean; onSuccess?: () => void }>;
type Operation = Readonly<{ name: string; weight: number; request: () => LoadRequest }>;

const people = ['person:yevgeny-prigozhin', 'person:andriy-biletsky', 'person:roger-housen', 'person:vladimir-putin'];
const centers = [...people, 'organisation:wagner-group', 'place:bakhmut'];
const statementIds = [
  'statement:azov-advance-2-6-km',
  'statement:wagner-lost-500-soldiers-and-3-km2',
  'statement:promised-ammunition-not-arrived',
  'statement:bakhmut-mostly-symbolic-battle',
];
const pathEnds: readonly (readonly [string, string])[] = [
  ['person:roger-housen', 'person:andriy-biletsky'],
  ['person:yevgeny-prigozhin', 'person:vladimir-putin'],
  ['person:roger-housen', 'person:yevgeny-prigozhin'],
];
const searchTerms = ['Housen', 'Prigozjin', 'Пригожин', 'Bachmoet', 'Wagner'];
const importedArticle: unknown = JSON.parse(readFileSync(path.join(projectRoot, 'test', 'fixtures', 'prigozjin-dreigt-2023-05.json'), 'utf8'));

const personQuery = `query ($id: ID!) {
  person(id: $id) {
    name
    claims { edges { node { medium statement { summary verificationStatus confirmations { confirmer { name } strength quote } } } } }
    blames { edges { node { blamed { name } reason quote statement { summary sources { quote start end } } } } }
  }
}`;
const statementQuery = `query ($id: ID!) {
  statement(id: $id) {
    summary verificationStatus verificationNote
    claims { actor { name } medium }
    confirmations { confirmer { name } strength quote }
    corroboration { claimants confirmers independentConfirmations adversarialConfirmations }
  }
}`;
const statementsQuery = `{
  statements(first: 20, filter: { from: "2023-05", to: "2023-05", status: [DISPUTED] }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { summary disputes { disputer { name } quote } } }
  }
}`;
const graphQuery = `query ($center: ID!) {
  graph(center: $center, depth: 2, limit: 40) {
    nodes { id kind label }
    edges { id type source target properties { quote strength } }
    truncated
    omitted { nodeId kind count }
  }
}`;
const pathsQuery = `query ($from: ID!, $to: ID!) {
  paths(from: $from, to: $to) {
    steps { from { label } edge { type } to { label } forward }
    throughStatements { label }
  }
}`;
const actorNetworkQuery = `{
  actorNetwork(filter: { place: "place:bakhmut", from: "2023-05", to: "2023-05" }) {
    nodes { id label }
    edges { type source target weight statementIds }
  }
}`;
const searchQuery = `query ($query: String!) {
  search(query: $query) {
    matchedName
    node { ... on Person { name claims { edges { node { statement { summary text } } } } } ... on Place { name } ... on Organisation { name } }
  }
}`;
const timelineQuery = `{
  timeline(place: "place:bakhmut", from: "2023-05", to: "2023-06", first: 20) {
    totalCount
    edges { node { date datePrecision summary claims { actor { name } } } }
  }
}`;
const upsertPerson = `mutation ($input: UpsertPersonInput!) { upsertPerson(input: $input) { created person { id name } } }`;
const createStatement = `mutation ($input: CreateStatementInput!) { createStatement(input: $input) { statement { id } } }`;
const addClaim = `mutation ($input: AddClaimInput!) { addClaim(input: $input) { created claim { id } } }`;
const addConfirmation = `mutation ($input: AddConfirmationInput!) { addConfirmation(input: $input) { created confirmation { strength } } }`;
const importDocument = `mutation ($input: ImportDocumentInput!) {
  importDocument(input: $input) { dryRun nodes { created updated unchanged } relationships { created updated unchanged } }
}`;

const pick = <Item>(items: readonly Item[]): Item => items[Math.floor(Math.random() * items.length)]!;
const read = (query: string, variables: Record<string, unknown> = {}): LoadRequest => ({
  method: 'POST',
  path: '/graphql',
  body: { query, variables },
  write: false,
});
const write = (query: string, variables: Record<string, unknown>, onSuccess?: () => void): LoadRequest => ({
  ...read(query, variables),
  write: true,
  onSuccess,
});

/**
 * The soak writes only nodes of its own (ids unique to the run) and relationships between them, so that the seed's
 * questions keep asking about the same amount of data and their latency stays comparable over the run.
 */
function soakWorkload(): Operation[] {
  const run = Date.now().toString(36);
  let written = 0;
  const created = { people: [] as string[], statements: [] as string[] };
  const newPerson = (): LoadRequest => {
    const number = (written += 1);
    const id = `person:soak-${run}-${number}`;
    return write(upsertPerson, { input: { id, name: `Soak Person ${run} ${number}` } }, () => created.people.push(id));
  };
  const newStatement = (): LoadRequest => {
    const number = (written += 1);
    const id = `statement:soak-${run}-${number}`;
    const input = { id, text: `Soak statement ${run} ${number}.`, language: 'en', summary: `Soak statement ${number}`, date: '2024-01' };
    return write(createStatement, { input }, () => created.statements.push(id));
  };
  const ownPair = () => (created.people.length && created.statements.length ? [pick(created.people), pick(created.statements)] : undefined);
  return [
    { name: 'person', weight: 12, request: () => read(personQuery, { id: pick(people) }) },
    { name: 'statement', weight: 10, request: () => read(statementQuery, { id: pick(statementIds) }) },
    { name: 'statements', weight: 12, request: () => read(statementsQuery) },
    { name: 'graph', weight: 10, request: () => read(graphQuery, { center: pick(centers) }) },
    {
      name: 'paths',
      weight: 8,
      request: () => {
        const [from, to] = pick(pathEnds);
        return read(pathsQuery, { from, to });
      },
    },
    { name: 'actorNetwork', weight: 8, request: () => read(actorNetworkQuery) },
    { name: 'search', weight: 12, request: () => read(searchQuery, { query: pick(searchTerms) }) },
    { name: 'timeline', weight: 10, request: () => read(timelineQuery) },
    {
      name: 'export graph.gexf',
      weight: 8,
      request: () => ({ method: 'GET', path: `/export/graph.gexf?center=${encodeURIComponent(pick(centers))}&depth=2`, write: false }),
    },
    { name: 'upsertPerson', weight: 3, request: newPerson },
    { name: 'createStatement', weight: 2, request: newStatement },
    {
      name: 'addClaim',
      weight: 2,
      request: () => {
        const [actor, statement] = ownPair() ?? [];
        return actor ? write(addClaim, { input: { actor, statement, medium: 'soak', date: '2024-01' } }) : newPerson();
      },
    },
    {
      name: 'addConfirmation',
      weight: 2,
      request: () => {
        const [confirmer, statement] = ownPair() ?? [];
        return confirmer ? write(addConfirmation, { input: { confirmer, statement, strength: 'MODERATE' } }) : newStatement();
      },
    },
    { name: 'importDocument (dry run)', weight: 1, request: () => write(importDocument, { input: { document: importedArticle, dryRun: true } }) },
  ];
}

function weightedChooser(operations: readonly Operation[]): () => Operation {
  const total = operations.reduce((sum, operation) => sum + operation.weight, 0);
  return () => {
    let remaining = Math.random() * total;
    for (const operation of operations) {
      remaining -= operation.weight;
      if (remaining < 0) return operation;
    }
    return operations.at(-1)!;
  };
}

// ---- Recording ----

/** Status 0: no HTTP answer at all (refused, reset, or no answer within requestTimeoutMs). */
type Outcome = Readonly<{ status: number; milliseconds: number; codes: readonly string[] }>;

class OperationRecord {
  readonly durations: number[] = [];
  readonly statuses = new Map<number, number>();
  readonly codes = new Map<string, number>();

  add(outcome: Outcome): void {
    this.durations.push(outcome.milliseconds);
    increment(this.statuses, outcome.status);
    for (const code of outcome.codes) increment(this.codes, code);
  }
}

class Recorder {
  readonly byOperation = new Map<string, OperationRecord>();
  /** Durations per minute of the run, to see latency drift beside memory; answers after the deadline count in the last. */
  readonly byMinute: number[][] = [];
  readonly #lastMinute = Math.ceil(durationSeconds / 60) - 1;

  constructor(readonly startedAt: number) {}

  add(operation: string, outcome: Outcome): void {
    let record = this.byOperation.get(operation);
    if (!record) this.byOperation.set(operation, (record = new OperationRecord()));
    record.add(outcome);
    const minute = Math.min(this.#lastMinute, Math.floor((performance.now() - this.startedAt) / 60_000));
    (this.byMinute[minute] ??= []).push(outcome.milliseconds);
  }

  overall(): OperationRecord {
    const total = new OperationRecord();
    for (const record of this.byOperation.values()) {
      // One by one: spreading a long run's durations into push() would pass more arguments than a call takes.
      for (const duration of record.durations) total.durations.push(duration);
      for (const [status, count] of record.statuses) increment(total.statuses, status, count);
      for (const [code, count] of record.codes) increment(total.codes, code, count);
    }
    return total;
  }
}

function increment<Key>(counts: Map<Key, number>, key: Key, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

// ---- Sending ----

async function send(baseUrl: string, token: string, request: LoadRequest): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(baseUrl + request.path, {
      method: request.method,
      headers: {
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(request.write ? { authorization: `Bearer ${token}` } : {}),
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    const text = await response.text();
    const codes = errorCodes(response.headers.get('content-type'), text);
    if (response.ok && codes.length === 0) request.onSuccess?.();
    return { status: response.status, milliseconds: performance.now() - started, codes };
  } catch (error) {
    const code = error instanceof DOMException && error.name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : 'NO_RESPONSE';
    return { status: 0, milliseconds: performance.now() - started, codes: [code] };
  }
}

/** `errors[].extensions.code` of a JSON answer; exports answer files, and JSON only for errors. */
function errorCodes(contentType: string | null, text: string): string[] {
  if (!contentType?.includes('json')) return [];
  try {
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
    return (body.errors ?? []).map((error) => String(error.extensions?.code ?? '(no code)'));
  } catch {
    return ['(unparsable JSON)'];
  }
}

async function runLoad(baseUrl: string, token: string, startedAt: number): Promise<Recorder> {
  const recorder = new Recorder(startedAt);
  const deadline = startedAt + durationSeconds * 1000;
  const choose = weightedChooser(soakWorkload());
  const client = async () => {
    while (performance.now() < deadline) {
      const operation = choose();
      recorder.add(operation.name, await send(baseUrl, token, operation.request()));
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  return recorder;
}

// ---- The server and its Neo4j ----

type RunningServer = Readonly<{
  process: ChildProcess;
  url: string;
  outputTail: () => string;
  /** Lines the server logged at level error or above (pino 50+): what it masked as INTERNAL_SERVER_ERROR. */
  errorLines: () => readonly string[];
}>;

const errorLogLevel = 50;

/** Read without parsing the JSON: the server logs every request at level info. */
function isErrorLine(line: string): boolean {
  return Number(/^\{"level":(\d+)/.exec(line)?.[1] ?? 0) >= errorLogLevel;
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * With the memory the server would give its own; only once the port is free can no Neo4j be using the
 * folder, so only then is it wiped.
 */
async function startSoakNeo4j(): Promise<LocalNeo4j> {
  if (!(await portIsFree(neo4jPort))) throw new Error(`Port ${neo4jPort} is in use; choose another with --neo4j-port.`);
  const name = `soak-${neo4jPort}`;
  await rm(path.join(projectRoot, '.neo4j', 'data', name), { recursive: true, force: true });
  const { heap, transactionMemory, totalTransactionMemory } = loadConfig().localNeo4j;
  return startLocalNeo4j({ name, port: neo4jPort, heap, transactionMemory, totalTransactionMemory, log });
}

function startServer(port: number, token: string): RunningServer {
  buildOurServer();
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOCAL_NEO4J_PORT: String(neo4jPort),
    CLAIMGRAPH_TOKENS: `soak:editor:${hashToken(token)}`,
    RATE_LIMIT_PER_MINUTE: '1000000',
  };
  delete environment['NEO4J_URI'];
  delete environment['CLAIMGRAPH_TOKENS_FILE'];
  if (neo4jUri) environment['NEO4J_URI'] = neo4jUri;
  // node itself rather than npx or the tsx binary, so that the child's pid is the server whose memory we read.
  const child = spawn(process.execPath, startArguments(), {
    cwd: projectRoot,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const errorLines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (isErrorLine(line)) errorLines.push(line);
    });
  }
  return { process: child, url: `http://127.0.0.1:${port}`, outputTail: () => tail.join('\n'), errorLines: () => errorLines };
}

/** Waits for GET /health, and for GET /ready where the server has it; fails as soon as the server exits. */
async function waitUntilServing(server: RunningServer): Promise<string> {
  const deadline = Date.now() + startTimeoutMs;
  const statusOf = async (endpoint: string) => {
    try {
      return (await fetch(server.url + endpoint, { signal: AbortSignal.timeout(5_000) })).status;
    } catch {
      return 0;
    }
  };
  for (const endpoint of ['/health', '/ready']) {
    for (;;) {
      if (server.process.exitCode !== null || server.process.signalCode !== null) {
        throw new Error(`The server exited during start (${server.process.exitCode ?? server.process.signalCode}):\n${server.outputTail()}`);
      }
      const status = await statusOf(endpoint);
      if (status === 200) break;
      if (endpoint === '/ready' && status === 404) return 'GET /health answered 200; the server has no /ready';
      if (Date.now() > deadline) throw new Error(`GET ${endpoint} did not answer 200 within ${startTimeoutMs / 1000} s:\n${server.outputTail()}`);
      await delay(250);
    }
  }
  return 'GET /health and GET /ready answered 200';
}

type Shutdown = Readonly<{ milliseconds: number; exit: string }>;

async function stopServer(server: RunningServer): Promise<Shutdown> {
  const started = performance.now();
  if (server.process.exitCode !== null || server.process.signalCode !== null) {
    return { milliseconds: 0, exit: `had already exited (${server.process.exitCode ?? server.process.signalCode})` };
  }
  const exit = await new Promise<string>((resolve) => {
    const timer = setTimeout(() => {
      server.process.kill('SIGKILL');
      resolve(`killed after ${stopTimeoutMs / 1000} s: SIGTERM did not end it`);
    }, stopTimeoutMs);
    server.process.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code === null ? `signal ${signal}` : `exited with code ${code}`);
    });
    server.process.kill('SIGTERM');
  });
  return { milliseconds: performance.now() - started, exit };
}

// ---- Memory over time ----

type MemorySample = Readonly<{ seconds: number; serverMib: number; neo4jMib: number | undefined }>;

/** With --neo4j-uri there is no JVM of ours to measure. */
function sampleMemory(serverPid: number, localNeo4j: LocalNeo4j | undefined, startedAt: number): MemorySample {
  const neo4jPid = localNeo4j?.pid;
  return {
    seconds: (performance.now() - startedAt) / 1000,
    serverMib: residentMib(serverPid),
    neo4jMib: neo4jPid === undefined ? undefined : residentMib(neo4jPid),
  };
}

// ---- The report ----

type Soak = Readonly<{
  recorder: Recorder;
  seconds: number;
  samples: readonly MemorySample[];
  shutdown: Shutdown;
  readiness: string;
  neo4j: string;
  serverErrorLines: readonly string[];
  /** The machine's 1-minute load average at start and end: a shared machine slows everything alike. */
  loadAverages: readonly [number, number];
}>;

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

const milliseconds = (value: number) => (Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(1) : value.toFixed(0));
const mebibytes = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(0));
const countOf = <Key>(counts: Map<Key, number>, test: (key: Key) => boolean) =>
  [...counts].filter(([key]) => test(key)).reduce((sum, [, count]) => sum + count, 0);

function latencies(durations: readonly number[]): string[] {
  const sorted = [...durations].sort((left, right) => left - right);
  return [0.5, 0.95, 0.99, 1].map((fraction) => milliseconds(percentile(sorted, fraction)));
}

function listCounts<Key>(counts: Map<Key, number>): string {
  return [...counts]
    .sort(([, left], [, right]) => right - left)
    .map(([key, count]) => `${key} ×${count}`)
    .join(', ');
}

function failures(soak: Soak): { serverErrors: number; unanswered: number } {
  const { statuses } = soak.recorder.overall();
  return { serverErrors: countOf(statuses, (status) => status >= 500), unanswered: statuses.get(0) ?? 0 };
}

/** Start, the first sample of each minute, and the end; each minute's row with the requests answered in it. */
function memoryRows(soak: Soak): string[] {
  const first = soak.samples[0]!;
  const last = soak.samples.at(-1)!;
  const row = (label: string, sample: MemorySample, durations: readonly number[] | undefined) =>
    `| ${label} | ${mebibytes(sample.serverMib)} | ${mebibytes(sample.neo4jMib)} | ${durations?.length ?? '–'} | ${durations ? latencies(durations)[1] : '–'} |`;
  const rows = [row('start', first, undefined)];
  const minutes = soak.recorder.byMinute.length;
  for (let minute = 1; minute < minutes; minute += 1) {
    const sample = soak.samples.find((candidate) => candidate.seconds >= minute * 60) ?? last;
    rows.push(row(`${minute} min`, sample, soak.recorder.byMinute[minute - 1] ?? []));
  }
  rows.push(row(`end (${last.seconds.toFixed(0)} s)`, last, soak.recorder.byMinute[minutes - 1] ?? []));
  return rows;
}

function renderReport(soak: Soak): string {
  const overall = soak.recorder.overall();
  const total = overall.durations.length;
  const { serverErrors, unanswered } = failures(soak);
  const [p50, p95, p99, max] = latencies(overall.durations);
  const peakServer = Math.max(...soak.samples.map((sample) => sample.serverMib));
  const operations = [...soak.recorder.byOperation].sort(([left], [right]) => left.localeCompare(right));
  return [
    '# Soak',
    '',
    `\`npm run soak -- --duration ${durationSeconds} --connections ${connections}\`, ${new Date().toISOString()}, ` +
      `commit ${commitDescription()}, Node ${process.version}, ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
      `load average ${soak.loadAverages.map((load) => load.toFixed(1)).join(' → ')}.`,
    `Server \`node ${startArguments().join(' ')}\` (as \`npm start\`); Neo4j: ${soak.neo4j}. ${soak.readiness}.`,
    '',
    '| | |',
    '|---|---|',
    `| requests | ${total} |`,
    `| requests/s | ${(total / soak.seconds).toFixed(1)} |`,
    `| HTTP 5xx | ${serverErrors} |`,
    `| no answer | ${unanswered} |`,
    `| p50 / p95 / p99 / max | ${p50} / ${p95} / ${p99} / ${max} ms |`,
    `| server RSS start → end (peak) | ${mebibytes(soak.samples[0]?.serverMib)} → ${mebibytes(soak.samples.at(-1)?.serverMib)} (${mebibytes(peakServer)}) MiB |`,
    `| shutdown on SIGTERM | ${soak.shutdown.exit} after ${(soak.shutdown.milliseconds / 1000).toFixed(1)} s |`,
    '',
    '## Errors by code',
    '',
    ...(overall.codes.size === 0
      ? ['None.']
      : ['| code | count |', '|---|---:|', ...[...overall.codes].sort(([, left], [, right]) => right - left).map(([code, count]) => `| ${code} | ${count} |`)]),
    '',
    `## Server log: ${soak.serverErrorLines.length} lines at level error or above`,
    '',
    ...firstDistinct(soak.serverErrorLines, 3).flatMap((line) => [`    ${line.slice(0, 600)}`, '']),
    '## Per operation (ms)',
    '',
    '| operation | requests | p50 | p95 | p99 | max | HTTP | error codes |',
    '|---|---:|---:|---:|---:|---:|---|---|',
    ...operations.map(([name, record]) => {
      const [operationP50, operationP95, operationP99, operationMax] = latencies(record.durations);
      return `| ${name} | ${record.durations.length} | ${operationP50} | ${operationP95} | ${operationP99} | ${operationMax} | ${listCounts(record.statuses)} | ${listCounts(record.codes)} |`;
    }),
    '',
    `## Resident memory (MiB), sampled every ${sampleEveryMs / 1000} s, and the requests of the minute before`,
    '',
    '| time | server | Neo4j JVM | requests | p95 ms |',
    '|---|---:|---:|---:|---:|',
    ...memoryRows(soak),
    '',
  ].join('\n');
}

/** The first few lines that differ once their times and request ids are left out. */
function firstDistinct(lines: readonly string[], count: number): string[] {
  const seen = new Map<string, string>();
  for (const line of lines) {
    const key = line.replace(/"(time|reqId|requestId|pid|hostname)":("[^"]*"|\d+),?/g, '');
    if (!seen.has(key)) seen.set(key, line);
    if (seen.size === count) break;
  }
  return [...seen.values()];
}

function commitDescription(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    return changed ? `${commit} with uncommitted changes` : commit;
  } catch {
    return 'unknown';
  }
}

// ---- The run ----

async function main(): Promise<number> {
  const token = newToken();
  const localNeo4j = neo4jUri ? undefined : await startSoakNeo4j();
  let server: RunningServer | undefined;
  try {
    server = startServer(await freePort(), token);
    const readiness = await waitUntilServing(server);
    const serverPid = server.process.pid!;
    log(`${readiness}; soaking ${server.url} for ${durationSeconds} s with ${connections} connections…`);

    const startLoad = os.loadavg()[0]!;
    const startedAt = performance.now();
    const samples = [sampleMemory(serverPid, localNeo4j, startedAt)];
    const sampler = setInterval(() => {
      const sample = sampleMemory(serverPid, localNeo4j, startedAt);
      samples.push(sample);
      log(`  ${sample.seconds.toFixed(0)} s: server ${mebibytes(sample.serverMib)} MiB, Neo4j ${mebibytes(sample.neo4jMib)} MiB`);
    }, sampleEveryMs);
    const recorder = await runLoad(server.url, token, startedAt);
    clearInterval(sampler);
    const seconds = (performance.now() - startedAt) / 1000;
    samples.push(sampleMemory(serverPid, localNeo4j, startedAt));

    const shutdown = await stopServer(server);
    const neo4j =
      neo4jUri ??
      `embedded on bolt://127.0.0.1:${neo4jPort}, fresh \`.neo4j/data/soak-${neo4jPort}\` with the seed, restarted ${localNeo4j?.restarts} times`;
    const serverErrorLines = server.errorLines();
    const soak: Soak = { recorder, seconds, samples, shutdown, readiness, neo4j, serverErrorLines, loadAverages: [startLoad, os.loadavg()[0]!] };
    const report = renderReport(soak);
    log(`\n${report}`);
    await writeFile(reportFile, report);
    log(`Wrote ${path.relative(projectRoot, reportFile)}.`);
    const { serverErrors, unanswered } = failures(soak);
    return serverErrors + unanswered > 0 ? 1 : 0;
  } finally {
    if (server) await stopServer(server);
    await localNeo4j?.stop();
  }
}

main().then(
  (exitCode) => process.exit(exitCode),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
