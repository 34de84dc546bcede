import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './free-port.js';
import { untilConnectionsRefused } from './server-process.js';

/**
 * `npm start` as a newcomer runs it: its own embedded Neo4j on a fresh data folder, seeded at the first start. Stopped
 * with a signal to npm, the server and its Neo4j stopped too; before, npm's shell died alone and left both running.
 * The embedded Neo4j also dies with a server killed outright, however it ends.
 */

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const graphQuery = `query Neighbourhood($center: ID!) {
  graph(center: $center, depth: 2, limit: 200) { nodes { id kind label } edges { id type source target } truncated }
}`;

type Started = Readonly<{ child: ChildProcess; output: string[]; exited: Promise<number | null> }>;

let httpPort: number;
let boltPort: number;
let dataName: string;
const started: Started[] = [];

/** `command` in the repository with the environment of a user who set no NEO4J_URI. */
function start(command: string, commandArguments: string[], environment: Record<string, string>): Started {
  const { NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE, REDIS_URL, CLAIMGRAPH_TOKENS_FILE, REQUIRE_TOKEN_FOR_READS, ...inherited } = process.env;
  const child = spawn(command, commandArguments, { cwd: repositoryRoot, env: { ...inherited, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...environment }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const startedProcess = { child, output, exited };
  started.push(startedProcess);
  return startedProcess;
}

const serverEnvironment = () => ({ PORT: String(httpPort), LOCAL_NEO4J_PORT: String(boltPort), LOCAL_NEO4J_DATA: dataName });

async function untilReady({ child, output }: Started, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output.join('')}`);
    const ready = await fetch(`http://127.0.0.1:${httpPort}/ready`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return;
    await delay(250);
  }
  throw new Error(`The server was not ready within ${timeoutMs} ms:\n${output.join('')}`);
}

async function askGraph(): Promise<{ data?: { graph: { nodes: { id: string }[] } }; errors?: unknown[] }> {
  const response = await fetch(`http://127.0.0.1:${httpPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: graphQuery, variables: { center: 'person:yevgeny-prigozhin' } }),
  });
  return (await response.json()) as never;
}

beforeAll(async () => {
  httpPort = await freePort();
  boltPort = await freePort();
  dataName = `start-test-${boltPort}`;
});

afterAll(async () => {
  for (const { child } of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await untilConnectionsRefused(boltPort, 120_000);
  await rm(new URL(`.neo4j/data/${dataName}`, new URL('..', import.meta.url)), { recursive: true, force: true });
});

describe('npm start on a fresh data folder', () => {
  let npm: Started;
  beforeAll(async () => {
    npm = start('npm', ['start'], serverEnvironment());
    await untilReady(npm);
  });

  it('seeds the empty database and warms the plans before it listens', () => {
    const output = npm.output.join('');
    expect(output).toContain('Loaded the seed');
    expect(output.indexOf('Warmed the query plans')).toBeGreaterThan(output.indexOf('Loaded the seed'));
    expect(output.indexOf('claimgraph serves the explorer')).toBeGreaterThan(output.indexOf('Warmed the query plans'));
  });

  it("answers the explorer's first graph", async () => {
    const { data, errors } = await askGraph();
    expect(errors).toBeUndefined();
    expect(data?.graph.nodes.map((node) => node.id)).toContain('person:yevgeny-prigozhin');
  });

  it('runs the compiled server, whose suggestion thread reads an article', async () => {
    expect(npm.output.join('')).toContain('dist/server.js');
    const text: string = JSON.parse(await readFile(new URL('../seed/bakhmut-2023-05.json', import.meta.url), 'utf8')).source.text;
    const response = await fetch(`http://127.0.0.1:${httpPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query ($text: String!) { suggestAttributions(text: $text) { language suggestions { kind } } }', variables: { text } }),
    });
    const { data, errors } = (await response.json()) as { data?: { suggestAttributions: { language: string; suggestions: { kind: string }[] } }; errors?: unknown[] };
    expect(errors).toBeUndefined();
    expect(data?.suggestAttributions.language).toBe('nl');
    expect(data?.suggestAttributions.suggestions.map(({ kind }) => kind)).toContain('BLAMES');
  });

  it('stops the server and its Neo4j when npm is sent SIGTERM', async () => {
    npm.child.kill('SIGTERM');
    await untilConnectionsRefused(httpPort, 120_000);
    await untilConnectionsRefused(boltPort, 120_000);
    for (const deadline = Date.now() + 60_000; !npm.output.join('').includes('Stopped.') && Date.now() < deadline; ) await delay(100);
    expect(npm.output.join('')).toContain('Stopped.');
  });
});

describe('the server killed outright', () => {
  it('takes its embedded Neo4j with it', async () => {
    const server = start(process.execPath, ['--import', 'tsx', 'src/server.ts'], serverEnvironment());
    await untilReady(server);
    server.child.kill('SIGKILL');
    await server.exited;
    await untilConnectionsRefused(boltPort, 120_000);
  });
});

describe('a start that cannot reach Neo4j', () => {
  it('exits with code 1 and one line that says what to do', async () => {
    const server = start(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      PORT: String(httpPort),
      NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`,
    });
    expect(await server.exited).toBe(1);
    const lines = server.output.join('').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Neo4j at bolt:\/\/127\.0\.0\.1:\d+ did not answer while the server started: .*Try again.*NEO4J_URI/);
  });
});
