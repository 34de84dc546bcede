import type { Config } from './config.js';
import { Database, type DatabaseSettings } from './db/database.js';
import { type LocalNeo4j } from './db/local-neo4j/supervisor.js';
import { startLocalNeo4j } from './db/local-neo4j.js';
import { applySchema } from './db/migrations.js';
import { countUncountedStatements } from './data/statement-counts.js';
import { rebuildNamesIfFoldingChanged } from './writes/name-reindex.js';

export type Connection = Readonly<{ database: Database; close: () => Promise<void> }>;

/**
 * The configured Neo4j; else the embedded one of a running `npm start` (it holds the port and the store);
 * else the project's own embedded one, started here (`local.name` picks its data folder). Constraints and
 * indexes of schema/constraints.cypher are in place before it is returned.
 */
export async function connect(
  config: Config,
  local: { name: string; port: number } = { name: 'serve', port: config.localNeo4j.port },
  log: (line: string) => void = console.log,
): Promise<Connection> {
  let localNeo4j: LocalNeo4j | undefined;
  let settings: Omit<DatabaseSettings, 'queryTimeoutMs'> | undefined = config.neo4j;
  if (!settings) {
    const running = { uri: `bolt://127.0.0.1:${local.port}`, username: 'neo4j', password: '', database: undefined };
    if (await answers({ ...running, queryTimeoutMs: config.queryTimeoutMs })) {
      log(`Using the embedded Neo4j already running on ${running.uri}.`);
      settings = running;
    } else {
      const { heap, transactionMemory, totalTransactionMemory } = config.localNeo4j;
      localNeo4j = await startLocalNeo4j({ ...local, heap, transactionMemory, totalTransactionMemory, log });
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
  try {
    await applySchema(database.runner());
    await rebuildNamesIfFoldingChanged(database.runner(), log);
    const counted = await countUncountedStatements(database.runner());
    if (counted > 0) log(`Counted the claimants, confirmations, disputes and sources of ${counted} statements, for ordering by them.`);
  } catch (error) {
    await close();
    throw error;
  }
  return { database, close };
}

async function answers(settings: DatabaseSettings): Promise<boolean> {
  const probe = new Database(settings);
  try {
    return await probe.isReachable();
  } finally {
    await probe.close();
  }
}
