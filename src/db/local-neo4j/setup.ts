import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/* Where the embedded Neo4j keeps its files, and the errors and commands its setup shares. */

/** A fault in the environment that the user must fix; callers print the message, not a stack. */
export class SetupError extends Error {
  override name = 'SetupError';
}

export const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const stateDirectory = path.join(projectRoot, '.neo4j');
export const libraryDirectory = path.join(stateDirectory, 'lib');
export const apocDirectory = path.join(stateDirectory, 'apoc');

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return hasErrorCode(error, 'EPERM');
  }
}

export function hasErrorCode(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && codes.includes((error as NodeJS.ErrnoException).code ?? '');
}

interface CommandResult {
  readonly exitCode: number | null;
  /** stdout and stderr interleaved. */
  readonly output: string;
}

/** Resolves undefined when the command is not installed. */
export function runCommand(command: string, commandArguments: readonly string[]): Promise<CommandResult | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArguments, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', (error) => (hasErrorCode(error, 'ENOENT') ? resolve(undefined) : reject(error)));
    child.once('close', (exitCode) => resolve({ exitCode, output: Buffer.concat(chunks).toString('utf8') }));
  });
}
