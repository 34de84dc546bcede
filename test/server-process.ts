import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { inject } from 'vitest';
import { hashToken } from '../src/auth/tokens.js';
import { testTokens } from './support.js';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

export { freePort } from './free-port.js';

/** The real server, `node --import tsx src/server.ts`, on the tests' Neo4j, with the editor's token. */
export type ServerProcess = Readonly<{
  child: ChildProcess;
  port: number;
  url: string;
  /** Its stdout and stderr so far. */
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}>;

export function startServerProcess(port: number, environment: Record<string, string> = {}): ServerProcess {
  const { CLAIMGRAPH_TOKENS_FILE, REQUIRE_TOKEN_FOR_READS, NEO4J_DATABASE, REDIS_URL, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: repositoryRoot,
    env: {
      ...inherited,
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USERNAME: process.env.TEST_NEO4J_USERNAME ?? 'neo4j',
      NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD ?? '',
      ...(process.env.TEST_NEO4J_DATABASE ? { NEO4J_DATABASE: process.env.TEST_NEO4J_DATABASE } : {}),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: '1000000',
      CLAIMGRAPH_TOKENS: `editor:editor:${hashToken(testTokens.editor)}`,
      // A freshly started Neo4j on a busy machine may plan a query for longer than the default 5 s.
      QUERY_TIMEOUT_MS: '60000',
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, port, url: `http://127.0.0.1:${port}`, output, exited };
}

export async function waitUntilHealthy({ port, child, output }: ServerProcess, timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output.join('')}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (healthy) return;
    await delay(200);
  }
  throw new Error(`The server did not answer /health within ${timeoutMs} ms:\n${output.join('')}`);
}

export function stopServerProcess({ child }: ServerProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** Waits until nothing listens on `port` any more. */
export async function untilConnectionsRefused(port: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await refusesConnections(port))) {
    if (Date.now() > deadline) throw new Error(`Port ${port} still accepted connections after ${timeoutMs} ms`);
    await delay(20);
  }
}
