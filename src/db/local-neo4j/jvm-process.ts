import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { launcherClassName, launcherFile } from './launcher.js';
import { apocDirectory, libraryDirectory, projectRoot, SetupError } from './setup.js';

/* One JVM running the launcher: its command line, its start, its output and how it ended. */

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const OUTPUT_LINES_KEPT = 50;
const OUTPUT_LINES_SHOWN = 20;

/** Exit codes of Launcher.java for the two common start failures. */
const PORT_IN_USE_EXIT_CODE = 20;
const STORE_LOCKED_EXIT_CODE = 21;

/** How the JVM exits under -XX:+ExitOnOutOfMemoryError. */
const OUT_OF_MEMORY_EXIT_CODE = 3;

export type MemorySettings = Readonly<{ heap: string; transactionMemory: string; totalTransactionMemory: string }>;

export type LaunchSettings = MemorySettings &
  Readonly<{
    port: number;
    pageCacheMb: number | undefined;
    minReplanInterval: string | undefined;
    apoc: boolean;
    dataDirectory: string;
    /** Holds the compiled Launcher.class; undefined: run Launcher.java as a source file. */
    launcherDirectory: string | undefined;
    log: (line: string) => void;
  }>;

/** One JVM running Launcher.java, from spawn to exit. */
export class Neo4jProcess {
  readonly #settings: LaunchSettings;
  readonly #child: ChildProcess;
  readonly #recentOutput: string[] = [];
  readonly #readyLineSeen: Promise<void>;
  readonly exited: Promise<void>;
  #exitDescription: string | undefined;
  #exitCode: number | null = null;
  #terminating: Promise<void> | undefined;

  constructor(settings: LaunchSettings) {
    this.#settings = settings;
    const { port, heap, transactionMemory, totalTransactionMemory, pageCacheMb, minReplanInterval, apoc, dataDirectory, launcherDirectory } = settings;
    // APOC must be both on the classpath (its extension factory) and in the plugin folder (its procedures).
    const classPath = [libraryDirectory, ...(apoc ? [apocDirectory] : [])].map((folder) => path.join(folder, '*'));
    if (launcherDirectory !== undefined) classPath.push(launcherDirectory);
    this.#child = spawn(
      'java',
      [
        `-Xmx${heap}`,
        '-XX:+ExitOnOutOfMemoryError',
        `-Dneo4j.transactionMemory=${transactionMemory}`,
        `-Dneo4j.totalTransactionMemory=${totalTransactionMemory}`,
        ...(pageCacheMb === undefined ? [] : [`-Dneo4j.pagecacheMb=${pageCacheMb}`]),
        ...(minReplanInterval === undefined ? [] : [`-Dneo4j.minReplanInterval=${minReplanInterval}`]),
        ...(apoc ? [`-Dneo4j.pluginDir=${apocDirectory}`] : []),
        '-cp',
        classPath.join(path.delimiter),
        launcherDirectory === undefined ? launcherFile : launcherClassName,
        dataDirectory,
        String(port),
      ],
      {
        cwd: projectRoot,
        // The JVM stops when this pipe closes, which happens however this process ends.
        stdio: ['pipe', 'pipe', 'pipe'],
        // Own process group: Ctrl-C reaches only us, and we stop the database in order.
        detached: true,
      },
    );
    // Closing stdin of a JVM that already exited raises EPIPE, which is expected.
    this.#child.stdin?.on('error', () => {});

    let announceReady: () => void = () => {};
    this.#readyLineSeen = new Promise((resolve) => {
      announceReady = resolve;
    });
    for (const stream of [this.#child.stdout, this.#child.stderr]) {
      if (stream === null) continue;
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
        this.#remember(line);
        if (line.startsWith('READY ')) announceReady();
      });
    }

    this.exited = new Promise((resolve) => {
      this.#child.once('error', (error) => {
        this.#exitDescription ??= `could not be started: ${error.message}`;
        resolve();
      });
      this.#child.once('close', (code, signal) => {
        this.#exitCode = code;
        this.#exitDescription ??=
          signal !== null ? `signal ${signal}` : code === OUT_OF_MEMORY_EXIT_CODE ? `exit code ${code}, out of memory` : `exit code ${code}`;
        resolve();
      });
    });
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  get hasExited(): boolean {
    return this.#exitDescription !== undefined;
  }

  get exitDescription(): string {
    return this.#exitDescription ?? 'still running';
  }

  async waitUntilReady(uri: string): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    const outcome = await raceWithTimeout(
      [this.#readyLineSeen.then(() => 'ready' as const), this.exited.then(() => 'exited' as const)],
      START_TIMEOUT_MS,
    );
    if (outcome === 'exited') throw this.#startFailure();
    if (outcome === 'timed-out') {
      throw new SetupError(
        `The embedded Neo4j did not start within ${START_TIMEOUT_MS / 1000} s; its last output:\n${this.lastOutput()}`,
      );
    }
    await this.#waitUntilAnswering(uri, deadline);
  }

  terminate(): Promise<void> {
    this.#terminating ??= this.#terminate();
    return this.#terminating;
  }

  async #terminate(): Promise<void> {
    if (this.hasExited) return;
    this.#child.stdin?.end();
    this.#child.kill('SIGTERM');
    const outcome = await raceWithTimeout([this.exited], STOP_TIMEOUT_MS);
    if (outcome === 'timed-out') {
      this.#child.kill('SIGKILL');
      await this.exited;
    }
  }

  /** READY means the database is up; a real query also proves Bolt accepts this driver. */
  async #waitUntilAnswering(uri: string, deadline: number): Promise<void> {
    const driver = neo4j.driver(uri, undefined, { connectionAcquisitionTimeout: 5_000 });
    try {
      for (;;) {
        try {
          await driver.executeQuery('RETURN 1');
          return;
        } catch (error) {
          if (this.hasExited) throw this.#startFailure();
          if (Date.now() > deadline) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new SetupError(
              `The embedded Neo4j started but did not answer queries at ${uri} (${reason}); its last output:\n${this.lastOutput()}`,
            );
          }
          await delay(250);
        }
      }
    } finally {
      await driver.close();
    }
  }

  #startFailure(): SetupError {
    if (this.#exitCode === PORT_IN_USE_EXIT_CODE) return portInUseError(this.#settings.port);
    if (this.#exitCode === OUT_OF_MEMORY_EXIT_CODE) {
      return new SetupError(
        `The embedded Neo4j ran out of memory with a ${this.#settings.heap} heap: set NEO4J_HEAP higher, for example 2g.`,
      );
    }
    if (this.#exitCode === STORE_LOCKED_EXIT_CODE) {
      return new SetupError(
        `The data folder ${path.relative(projectRoot, this.#settings.dataDirectory)} is already used by another running Neo4j (perhaps another copy of this server): stop that one first.`,
      );
    }
    return new SetupError(
      `The embedded Neo4j stopped during startup (${this.exitDescription}); its last output:\n${this.lastOutput()}`,
    );
  }

  #remember(line: string): void {
    this.#recentOutput.push(line);
    if (this.#recentOutput.length > OUTPUT_LINES_KEPT) this.#recentOutput.shift();
  }

  lastOutput(): string {
    const lines = this.#recentOutput.slice(-OUTPUT_LINES_SHOWN);
    return lines.length === 0 ? '  (no output)' : lines.map((line) => `  ${line}`).join('\n');
  }
}

/** Resolves with the first outcome, or 'timed-out', without leaving a timer that keeps the process alive. */
async function raceWithTimeout<T>(outcomes: Promise<T>[], milliseconds: number): Promise<T | 'timed-out'> {
  const cancelTimer = new AbortController();
  const timeout = delay(milliseconds, 'timed-out' as const, { signal: cancelTimer.signal }).catch(
    () => 'timed-out' as const,
  );
  try {
    return await Promise.race([...outcomes, timeout]);
  } finally {
    cancelTimer.abort();
  }
}

export function portInUseError(port: number): SetupError {
  return new SetupError(
    `Port ${port} is already in use, so the embedded Neo4j cannot listen there: stop whatever holds it (perhaps another copy of this server) or set LOCAL_NEO4J_PORT to a free port.`,
  );
}
