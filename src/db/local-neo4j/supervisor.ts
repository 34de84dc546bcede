import { setTimeout as delay } from 'node:timers/promises';
import { LaunchSettings, Neo4jProcess } from './jvm-process.js';

/* Keeps the embedded Neo4j running: a JVM that dies is started again, with backoff, until it is stopped. */

export interface LocalNeo4j {
  readonly uri: string;
  /** The running JVM's process id; undefined while it is down between a crash and its restart. */
  readonly pid: number | undefined;
  /** How many times the JVM has been started again after it died. */
  readonly restarts: number;
  /** Stops the JVM for good: it is not restarted after this. */
  stop(): Promise<void>;
}

/** Restarts wait this long after the first crash, twice as long after each further one, up to the cap. */
const FIRST_RESTART_DELAY_MS = 500;
const MAXIMUM_RESTART_DELAY_MS = 30_000;

/** A JVM that stayed up this long before it died starts the backoff afresh. */
const STABLE_UPTIME_MS = 60_000;

/** Supervises the JVM: one that dies after it was ready is started again, with backoff, until `stop()`. */
export class EmbeddedNeo4j implements LocalNeo4j {
  readonly uri: string;
  readonly #settings: LaunchSettings;
  readonly #stopped = new AbortController();
  #process: Neo4jProcess;
  #readyAt = 0;
  #restarts = 0;
  /** Crashes since a JVM last stayed up for STABLE_UPTIME_MS: how far the backoff has grown. */
  #crashesInRow = 0;
  #restarting: Promise<void> | undefined;
  #stopping: Promise<void> | undefined;

  constructor(settings: LaunchSettings) {
    this.#settings = settings;
    this.uri = `bolt://127.0.0.1:${settings.port}`;
    this.#process = new Neo4jProcess(settings);
  }

  get pid(): number | undefined {
    return this.#process.hasExited ? undefined : this.#process.pid;
  }

  get restarts(): number {
    return this.#restarts;
  }

  async start(): Promise<void> {
    await this.#process.waitUntilReady(this.uri);
    this.#supervise();
  }

  stop(): Promise<void> {
    this.#stopping ??= this.#shutDown();
    return this.#stopping;
  }

  async #shutDown(): Promise<void> {
    this.#stopped.abort();
    await this.#process.terminate();
    await this.#restarting;
  }

  #supervise(): void {
    const watched = this.#process;
    this.#readyAt = Date.now();
    void watched.exited.then(() => {
      if (this.#stopped.signal.aborted) return;
      this.#restarting = this.#restart(watched);
    });
  }

  async #restart(crashed: Neo4jProcess): Promise<void> {
    const log = this.#settings.log;
    const crashedAt = Date.now();
    const uptime = crashedAt - this.#readyAt;
    if (uptime >= STABLE_UPTIME_MS) this.#crashesInRow = 0;
    log(
      `The embedded Neo4j on ${this.uri} stopped unexpectedly (${crashed.exitDescription}) after ${seconds(uptime)} up; its last output:\n${crashed.lastOutput()}`,
    );
    for (let attempt = 1; ; attempt += 1) {
      const wait = Math.min(FIRST_RESTART_DELAY_MS * 2 ** this.#crashesInRow, MAXIMUM_RESTART_DELAY_MS);
      this.#crashesInRow += 1;
      log(`Restarting the embedded Neo4j in ${seconds(wait)} (attempt ${attempt})…`);
      await delay(wait, undefined, { signal: this.#stopped.signal }).catch(() => {});
      if (this.#stopped.signal.aborted) return;
      this.#process = new Neo4jProcess(this.#settings);
      try {
        await this.#process.waitUntilReady(this.uri);
      } catch (error) {
        if (this.#stopped.signal.aborted) return;
        log(`Restart attempt ${attempt} failed: ${error instanceof Error ? error.message : String(error)}`);
        await this.#process.terminate();
        if (this.#stopped.signal.aborted) return;
        continue;
      }
      this.#restarts += 1;
      log(`The embedded Neo4j is back on ${this.uri} (pid ${this.#process.pid}), ${seconds(Date.now() - crashedAt)} after it stopped.`);
      this.#supervise();
      return;
    }
  }
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(milliseconds < 10_000 ? 1 : 0)} s`;
}
