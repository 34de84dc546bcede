import { setTimeout as delay } from 'node:timers/promises';
import neo4j, { type Driver, isRetryableError, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { DatabaseUnavailable, QueryTimedOut, QueryTooLarge } from '../model/problems.js';

export type Parameters = Record<string, unknown>;
export type Row = Record<string, unknown>;

export type DatabaseSettings = Readonly<{
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  queryTimeoutMs: number;
  /** How long a query may wait for a connection before DATABASE_UNAVAILABLE; 2 s unless told otherwise. */
  connectTimeoutMs?: number;
}>;

const defaultConnectTimeoutMs = 2_000;
/** How long a write is retried after deadlocks and other transient errors of a database that answers. */
const transientRetryMs = 30_000;

/** One connection pool for the process. */
export class Database {
  readonly #driver: Driver;
  readonly #settings: DatabaseSettings;

  constructor(settings: DatabaseSettings) {
    this.#settings = settings;
    this.#driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: settings.connectTimeoutMs ?? defaultConnectTimeoutMs,
      connectionTimeout: settings.connectTimeoutMs ?? defaultConnectTimeoutMs,
      // Writes retry by themselves (QueryRunner.write), so that an unreachable database fails fast.
      maxTransactionRetryTime: 0,
      logging: { level: 'error', logger: (_level, message) => console.error(`neo4j-driver: ${message}`) },
    });
  }

  /** A query runner that counts its round trips: one per request, so a request's cost is visible. */
  runner(): QueryRunner {
    return new QueryRunner(this.#driver, this.#settings);
  }

  /** Answers at once: unlike a query, a connectivity check is not retried while the server is down. */
  async isReachable(): Promise<boolean> {
    try {
      await this.#driver.getServerInfo({ database: this.#settings.database });
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.#driver.close();
  }
}

export class QueryRunner {
  roundTrips = 0;
  readonly #driver: Driver;
  readonly #settings: DatabaseSettings;

  constructor(driver: Driver, settings: DatabaseSettings) {
    this.#driver = driver;
    this.#settings = settings;
  }

  /**
   * One auto-commit read: a single Bolt exchange, where a managed transaction with bookmarks (executeQuery)
   * costs three to four times as long per query on a single Neo4j. Reads need no causal chaining here,
   * since a write is visible once its transaction has committed.
   */
  async read<Result extends Row = Row>(cypher: string, parameters: Parameters = {}): Promise<Result[]> {
    this.roundTrips += 1;
    const session = this.#driver.session({ database: this.#settings.database, defaultAccessMode: neo4j.session.READ });
    try {
      const { records } = await session.run(cypher, parameters, { timeout: this.#settings.queryTimeoutMs });
      return records.map((record) => record.toObject() as Result);
    } catch (error) {
      throw translateDatabaseError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `work` in one write transaction. Deadlocks and other transient errors are retried for up to 30 s;
   * an unreachable database only within the connect timeout, so that a write fails as fast as a read
   * instead of hanging while Neo4j is down.
   */
  async write<Result>(work: (transaction: WriteTransaction) => Promise<Result>): Promise<Result> {
    this.roundTrips += 1;
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      const session = this.#driver.session({ database: this.#settings.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite((transaction) => work(new WriteTransaction(transaction)), {
          timeout: this.#settings.queryTimeoutMs * 6,
        });
      } catch (error) {
        const retryFor = retryWindowOf(error, this.#settings.connectTimeoutMs ?? defaultConnectTimeoutMs);
        const pause = Math.min(1_000, 50 * 2 ** attempt) * (0.8 + Math.random() * 0.4);
        if (Date.now() - started + pause > retryFor) throw translateDatabaseError(error);
        await delay(pause);
      } finally {
        await session.close();
      }
    }
  }
}

export class WriteTransaction {
  readonly #transaction: ManagedTransaction;

  constructor(transaction: ManagedTransaction) {
    this.#transaction = transaction;
  }

  async run<Result extends Row = Row>(cypher: string, parameters: Parameters = {}): Promise<Result[]> {
    const result = await this.#transaction.run(cypher, parameters);
    return result.records.map((record) => record.toObject() as Result);
  }
}

const isUnreachable = (error: Neo4jError) => error.code === 'ServiceUnavailable' || error.code === 'SessionExpired';
const isOutOfMemory = (error: Neo4jError) => /MemoryLimit|MemoryPoolOutOfMemory|OutOfMemory/.test(error.code);

/** How long since the first attempt an error may be retried: 0 for errors a retry cannot cure. */
function retryWindowOf(error: unknown, connectTimeoutMs: number): number {
  if (!(error instanceof Neo4jError) || !isRetryableError(error) || isOutOfMemory(error)) return 0;
  return isUnreachable(error) ? connectTimeoutMs : transientRetryMs;
}

function translateDatabaseError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code.includes('TransactionTimedOut')) return new QueryTimedOut();
  if (isOutOfMemory(error)) return new QueryTooLarge();
  if (isUnreachable(error)) return new DatabaseUnavailable();
  return error;
}
