/** Starts the three servers as child processes on loopback, each reporting READY, and samples their memory. */
import { type ChildProcess, spawn } from 'node:child_process';
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

const commands: Record<ServerName, { args: string[]; cwd: string }> = {
  ours: { args: ['--import', 'tsx', 'bench/servers/ours.ts'], cwd: projectRoot },
  peer: { args: ['server.js'], cwd: path.join(projectRoot, 'bench', 'peer') },
  raw: { args: ['--import', 'tsx', 'bench/servers/raw.ts'], cwd: projectRoot },
};

export async function startServer(
  name: ServerName,
  port: number,
  neo4jUri: string,
  environment: Record<string, string> = {},
): Promise<RunningServer> {
  const child = spawn(process.execPath, commands[name].args, {
    cwd: commands[name].cwd,
    env: { ...process.env, NEO4J_URI: neo4jUri, PORT: String(port), NODE_ENV: 'production', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s:\n${output.join('\n')}`)), 60_000);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream! }).on('line', (line) => {
        output.push(line);
        if (output.length > 40) output.shift();
        if (line === 'READY') {
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
