import type { Config } from './config.js';
import { Database, type DatabaseSettings } from './db/database.js';
import { type LocalNeo4j } from './db/local-neo4j/supervisor.js';
import { startLocalNeo4j } from './db/local-neo4j.js';
import { SetupError } from './db/local-neo4j/setup.js';
import { applySchema } from './db/migrations.js';
import { countUncountedStatements } from './data/statement-counts.js';
import { DatabaseUnavailable, QueryTimedOut } from './model/failures.js';
import { rebuildNamesIfFoldingChanged } from './writes/name-reindex.js';

export type Connection = Readonly<{ database: Database; close: () => Promise<void> }>;

export type ConnectOptions = Readonly<{
  log?: (line: string) => void;
  /** More start-up work (the seed, warming the plans), done with the start-up work's time limits. */
  prepare?: (startUp: Database) => Promise<void>;
}>;

/*
 * Start-up work (the constraints, a name rebuild, the counts, the seed) runs on a connection of its own, with time
 * limits for a freshly started Neo4j on a busy machine rather than for a request: there it plans each new query for
 * seconds, and a start that stopped at the request timeout would stop again at the next try.
 */
const startUpQueryTimeoutMs = 120_000;
const startUpConnectTimeoutMs = 30_000;

/**
 * The configured Neo4j; else the embedded one of a running `npm start` (it holds the port and the store);
 * else the project's own embedded one, started here (LOCAL_NEO4J_DATA names its data folder). Constraints and
 * indexes of schema/constraints.cypher are in place, and `prepare` has run, before it is returned.
 */
export async function connect(config: Config, options: ConnectOptions = {}): Promise<Connection> {
  const { log = console.log, prepare } = options;
  let localNeo4j: LocalNeo4j | undefined;
  let settings: Omit<DatabaseSettings, 'queryTimeoutMs'> | undefined = config.neo4j;
  if (!settings) {
    const running = { uri: `bolt://127.0.0.1:${config.localNeo4j.port}`, username: 'neo4j', password: '', database: undefined };
    if (await answers({ ...running, queryTimeoutMs: config.queryTimeoutMs })) {
      log(`Using the embedded Neo4j already running on ${running.uri}.`);
      settings = running;
    } else {
      localNeo4j = await startLocalNeo4j({ ...config.localNeo4j, log });
      settings = { ...running, uri: localNeo4j.uri };
    }
  }
  const database = new Database({
    ...settings,
    queryTimeoutMs: config.queryTimeoutMs,
    connectTimeoutMs: config.connectTimeoutMs,
    readTransactions: config.readTransactions,
  });
  const close = async () => {
    await database.close();
    await localNeo4j?.stop();
  };
  const startUpTimeoutMs = Math.max(config.queryTimeoutMs, startUpQueryTimeoutMs);
  const startUp = new Database({
    ...settings,
    queryTimeoutMs: startUpTimeoutMs,
    connectTimeoutMs: Math.max(config.connectTimeoutMs, startUpConnectTimeoutMs),
    readTransactions: config.readTransactions,
  });
  try {
    await applySchema(startUp.runner());
    await rebuildNamesIfFoldingChanged(startUp.runner(), log);
    const counted = await countUncountedStatements(startUp.runner());
    if (counted > 0) log(`Counted the claimants, confirmations, disputes and sources of ${counted} statements, for ordering by them.`);
    await prepare?.(startUp);
  } catch (error) {
    await close();
    throw startUpFailure(error, settings.uri, startUpTimeoutMs);
  } finally {
    await startUp.close();
  }
  return { database, close };
}

/** A start that Neo4j was too slow for, or stopped answering during, is the environment's fault: one line says what to do. */
function startUpFailure(error: unknown, uri: string, timeoutMs: number): unknown {
  const advice = 'is the machine very busy? Try again when it is quieter, or set NEO4J_URI to a Neo4j of your own.';
  if (error instanceof QueryTimedOut) {
    return new SetupError(`Neo4j at ${uri} was too slow for the start-up work (a query took over ${Math.round(timeoutMs / 1000)} s): ${advice}`);
  }
  if (error instanceof DatabaseUnavailable) return new SetupError(`Neo4j at ${uri} did not answer while the server started: ${advice}`);
  return error;
}

async function answers(settings: DatabaseSettings): Promise<boolean> {
  const probe = new Database(settings);
  try {
    return await probe.isReachable();
  } finally {
    await probe.close();
  }
}
