/** Starts the three servers as child processes on loopback, each reporting READY, and samples their memory. */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from './database.js';
import type { ServerName } from './queries.js';

export type RunningServer = Readonly<{
  name: ServerName;
  url: string;
  pid: number;
  stop: () => Promise<void>;
}>;

/**
 * What `npm start` gives `node`: its flags and the compiled server, read from package.json's start script, so that the
 * bench times our server exactly as it is started.
 */
export function startArguments(): string[] {
  const start = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const match = /^exec node ((?:--\S+ )*dist\/server\.js)$/.exec(start);
  if (!match) throw new Error(`package.json's start script should read \`exec node [--flag …] dist/server.js\`, not \`${start}\``);
  return match[1]!.split(' ');
}

/** How each server starts; ours as `npm start` runs it: the compiled server (dist/, built by buildOurServer()). */
const commands: Record<ServerName, { args: string[]; cwd: string; environment: Record<string, string>; ready: RegExp }> = {
  ours: {
    args: startArguments(),
    cwd: projectRoot,
    // The benchmark measures how fast requests are answered, not how the rate limiter refuses them.
    environment: { RATE_LIMIT_PER_MINUTE: '1000000', QUERY_TIMEOUT_MS: '600000' },
    ready: /claimgraph serves the explorer/,
  },
  peer: { args: ['server.js'], cwd: path.join(projectRoot, 'bench', 'peer'), environment: {}, ready: /^READY$/ },
  raw: { args: ['--import', 'tsx', 'bench/servers/raw.ts'], cwd: projectRoot, environment: {}, ready: /^READY$/ },
};

let built = false;

/** Compiles our server into dist/ once per bench run, so that what is timed is the source as it stands. */
export function buildOurServer(): void {
  if (built) return;
  execFileSync(process.execPath, [path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-server.ts'], { cwd: projectRoot, stdio: 'inherit' });
  built = true;
}

export type ServerOptions = Readonly<{
  environment?: Record<string, string>;
  /** The Node that runs the server: this process's own unless given (bench/node-versions.ts compares two). */
  node?: string;
  /** A file the V8 profiler writes, from SIGUSR2 until SIGTERM (bench/cpu-profile.ts): the timed load alone. */
  cpuProfileFile?: string;
}>;

export async function startServer(name: ServerName, port: number, neo4jUri: string, options: ServerOptions = {}): Promise<RunningServer> {
  if (name === 'ours') buildOurServer();
  const command = commands[name];
  const profiling = options.cpuProfileFile ? ['--import', path.join(projectRoot, 'bench', 'servers', 'profile-on-signal.ts')] : [];
  const child = spawn(options.node ?? process.execPath, [...profiling, ...command.args], {
    cwd: command.cwd,
    env: {
      ...process.env,
      NEO4J_URI: neo4jUri,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      ...command.environment,
      ...(options.cpuProfileFile ? { CPU_PROFILE_FILE: options.cpuProfileFile } : {}),
      ...options.environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      // A server that never became ready is not left running behind a bench that gave up on it.
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within 600 s (ours asks its example questions first, as npm start does):\n${output.join('\n')}`));
    }, 600_000);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream! }).on('line', (line) => {
        output.push(line);
        if (output.length > 40) output.shift();
        if (command.ready.test(line)) {
          clearTimeout(timer);
          resolve();
        }
      });
    }
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} during start:\n${output.join('\n')}`));
    });
  });
  return { name, url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => stopChild(child) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Resident memory of a process now, in MiB, from /proc (Linux). */
export function residentMib(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kib / 1024;
  } catch {
    return 0;
  }
}

/** Samples a process's resident memory until stopped; resolves the peak. */
export function samplePeakMemory(pid: number, everyMs = 200): () => number {
  let peak = residentMib(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, residentMib(pid));
  }, everyMs);
  return () => {
    clearInterval(timer);
    return Math.max(peak, residentMib(pid));
  };
}
