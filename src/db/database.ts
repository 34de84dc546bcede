import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { databaseUnavailable, queryTimedOut } from '../errors.js';

export type Parameters = Record<string, unknown>;
export type Row = Record<string, unknown>;

export type DatabaseSettings = Readonly<{
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  queryTimeoutMs: number;
}>;

/** One connection pool for the process. */
export class Database {
  readonly #driver: Driver;
  readonly #settings: DatabaseSettings;

  constructor(settings: DatabaseSettings) {
    this.#settings = settings;
    this.#driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
      disableLosslessIntegers: true,
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

  /** Runs `work` in one write transaction, retried on transient errors (deadlocks, constraint races). */
  async write<Result>(work: (transaction: WriteTransaction) => Promise<Result>): Promise<Result> {
    this.roundTrips += 1;
    const session = this.#driver.session({ database: this.#settings.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((transaction) => work(new WriteTransaction(transaction)), {
        timeout: this.#settings.queryTimeoutMs * 6,
      });
    } catch (error) {
      throw translateDatabaseError(error);
    } finally {
      await session.close();
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

function translateDatabaseError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code.includes('TransactionTimedOut')) return queryTimedOut();
  if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') return databaseUnavailable();
  return error;
}
