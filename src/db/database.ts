import { setTimeout as delay } from 'node:timers/promises';
import neo4j, { type Driver, isRetryableError, type ManagedTransaction, Neo4jError, type Session, type SessionMode } from 'neo4j-driver';
import type { NodeKind, RelationshipType } from '../model/kinds.js';
import { BookmarkNotReached, DatabaseUnavailable, InvalidInput, QueryTimedOut, QueryTooLarge } from '../model/failures.js';

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
  /**
   * How reads run: as managed read transactions, which the driver routes to secondaries and which are retried on a
   * leader change (the default for a routing URI, neo4j:// or neo4j+s://), or as auto-commit queries, one Bolt
   * exchange each (the default for a single Neo4j, bolt://). Both wait for the bookmarks the request brings.
   */
  readTransactions?: ReadTransactions;
}>;

export type ReadTransactions = 'managed' | 'auto-commit';

/** Reads are managed transactions on a routing URI, auto-commit queries on a single server. */
export const readTransactionsFor = (uri: string): ReadTransactions => (/^neo4j(\+s|\+ssc)?:\/\//.test(uri) ? 'managed' : 'auto-commit');

/** A node or relationship a committed write created. */
export type CreatedElement =
  | Readonly<{ id: string; kind: NodeKind }>
  | Readonly<{ id: string; type: RelationshipType; from: string; to: string; statementId: string | null }>;

/** Told of every committed write: what it created (perhaps nothing), and the bookmarks that make it readable. */
export type CommitListener = (created: readonly CreatedElement[], bookmarks: readonly string[]) => void;

const defaultConnectTimeoutMs = 2_000;

/** The HTTP header that carries Neo4j bookmarks: a mutation's answer holds them, and a later request sends them back. */
export const bookmarksHeader = 'Claimgraph-Bookmarks';
/** How long a write is retried after deadlocks and other transient errors of a database that answers. */
const transientRetryMs = 30_000;
/** How long a request waits for the database to have applied the writes its client's bookmarks name. */
const bookmarkWaitMs = 2_000;

/** One connection pool for the process. */
export class Database {
  readonly #driver: Driver;
  readonly #settings: DatabaseSettings;
  readonly #commitListeners: CommitListener[] = [];

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

  /**
   * A query runner that counts its round trips: one per request, so a request's cost is visible. It reads at least
   * as fresh as `bookmarks` (a client's earlier write, on any replica), and as fresh as its own writes.
   */
  runner(bookmarks: readonly string[] = []): QueryRunner {
    return new QueryRunner(this.#driver, this.#settings, bookmarks, this.#commitListeners);
  }

  /** Calls `listener` after each committed write. */
  onCommit(listener: CommitListener): void {
    this.#commitListeners.push(listener);
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
  readonly #commitListeners: readonly CommitListener[];
  #bookmarks: readonly string[];
  #bookmarksReached: Promise<void> | undefined;
  #wrote = false;

  constructor(driver: Driver, settings: DatabaseSettings, bookmarks: readonly string[], commitListeners: readonly CommitListener[]) {
    this.#driver = driver;
    this.#settings = settings;
    this.#bookmarks = bookmarks;
    this.#commitListeners = commitListeners;
  }

  /** The bookmarks of this runner's latest committed write, for the client to send back; none when it wrote nothing. */
  get writtenBookmarks(): readonly string[] {
    return this.#wrote ? this.#bookmarks : [];
  }

  /** Reads from now on at least as fresh as these bookmarks too (an event written elsewhere). */
  readAfter(bookmarks: readonly string[]): void {
    this.#bookmarks = [...new Set([...this.#bookmarks, ...bookmarks])];
  }

  /**
   * One read. On a single Neo4j an auto-commit query, a single Bolt exchange, where a managed transaction costs more
   * per query; on a cluster a managed read transaction, which the driver sends to a secondary and retries on a leader
   * change. Either waits until the server has applied the runner's bookmarks, so a request reads its own writes.
   */
  async read<Result extends Row = Row>(cypher: string, parameters: Parameters = {}): Promise<Result[]> {
    await this.#waitForBookmarks();
    this.roundTrips += 1;
    const config = { timeout: this.#settings.queryTimeoutMs };
    if ((this.#settings.readTransactions ?? readTransactionsFor(this.#settings.uri)) === 'managed') {
      return this.#retrying(neo4j.session.READ, (session) =>
        session.executeRead(
          async (transaction) => (await withoutCallerStack(() => transaction.run(cypher, parameters))).records.map((record) => record.toObject() as Result),
          config,
        ),
      );
    }
    const session = this.#session(neo4j.session.READ);
    try {
      const { records } = await withoutCallerStack(() => session.run(cypher, parameters, config));
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
    await this.#waitForBookmarks();
    this.roundTrips += 1;
    let created: CreatedElement[] = [];
    const result = await this.#retrying(neo4j.session.WRITE, async (session) => {
      const outcome = await session.executeWrite(
        (transaction) => {
          const wrapped = new WriteTransaction(transaction);
          created = wrapped.created;
          return work(wrapped);
        },
        { timeout: this.#settings.queryTimeoutMs * 6 },
      );
      this.#bookmarks = session.lastBookmarks();
      this.#wrote = true;
      return outcome;
    });
    for (const listener of this.#commitListeners) listener(created, this.#bookmarks);
    return result;
  }

  /**
   * Neo4j starts a transaction only once it has applied the bookmarks it was given, and waits for them up to its own
   * bookmark timeout (30 s by default) whatever the transaction timeout, holding a connection all along. So the first
   * exchange of a runner that brings bookmarks is a small query that waits for them, for at most `bookmarkWaitMs`; past
   * that the request answers BOOKMARK_NOT_REACHED, and the small query ends in the background when Neo4j gives up.
   */
  #waitForBookmarks(): Promise<void> {
    this.#bookmarksReached ??= this.#bookmarks.length === 0 ? Promise.resolve() : this.#firstReadAfterBookmarks();
    return this.#bookmarksReached;
  }

  async #firstReadAfterBookmarks(): Promise<void> {
    this.roundTrips += 1;
    const session = this.#session(neo4j.session.READ);
    const reached = session.run('RETURN 1').then(() => 'reached' as const).finally(() => session.close());
    const gaveUp = new AbortController();
    try {
      const outcome = await Promise.race([reached, delay(bookmarkWaitMs, 'waited' as const, { signal: gaveUp.signal })]);
      if (outcome === 'waited') throw new BookmarkNotReached();
    } catch (error) {
      throw translateDatabaseError(error);
    } finally {
      gaveUp.abort();
    }
  }

  /**
   * A write's answer is one row per row it was given, and is fetched whole: pulled in pages of 1,000, a large upsert now
   * and then came back with only its first page, and the importer took its batch for one with missing ends.
   */
  #session(mode: SessionMode): Session {
    const fetchSize = mode === neo4j.session.WRITE ? fetchAll : undefined;
    return this.#driver.session({ database: this.#settings.database, defaultAccessMode: mode, bookmarks: [...this.#bookmarks], fetchSize });
  }

  /**
   * Runs `work` in a session of its own, again after deadlocks and other transient errors for up to 30 s, and after an
   * unreachable database only within the connect timeout, so that a request fails fast instead of hanging while Neo4j
   * is down.
   */
  async #retrying<Result>(mode: SessionMode, work: (session: Session) => Promise<Result>): Promise<Result> {
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      const session = this.#session(mode);
      try {
        return await work(session);
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

/**
 * The driver keeps the caller's stack trace with every query it runs, to put on its errors; under source maps
 * (`npm start`) formatting that trace costs a read more than decoding a small answer. A read's errors are translated
 * here and logged with their message and code, so reads start their queries with no stack to keep.
 */
function withoutCallerStack<Started>(start: () => Started): Started {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

const fetchAll = -1;

export class WriteTransaction {
  readonly #transaction: ManagedTransaction;
  /** What this transaction created, for the commit listeners once it commits. */
  readonly created: CreatedElement[] = [];

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
const isBookmarkTimeout = (error: Neo4jError) => error.code.endsWith('.BookmarkTimeout');

/** How long since the first attempt an error may be retried: 0 for errors a retry cannot cure. */
function retryWindowOf(error: unknown, connectTimeoutMs: number): number {
  if (!(error instanceof Neo4jError) || !isRetryableError(error) || isOutOfMemory(error) || isBookmarkTimeout(error)) return 0;
  return isUnreachable(error) ? connectTimeoutMs : transientRetryMs;
}

function translateDatabaseError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (/InvalidBookmark/.test(error.code)) return new InvalidInput(bookmarksHeader, 'holds a bookmark this database never gave; send back only what a mutation returned');
  if (isBookmarkTimeout(error)) return new BookmarkNotReached();
  if (error.code.includes('TransactionTimedOut')) return new QueryTimedOut();
  if (isOutOfMemory(error)) return new QueryTooLarge();
  if (isUnreachable(error)) return new DatabaseUnavailable();
  return error;
}
