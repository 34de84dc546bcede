import type { Config } from '../config.js';
import { Database } from './database.js';
import { type LocalNeo4j, startLocalNeo4j } from './local-neo4j.js';
import { applySchema } from './migrations.js';

export type Connection = Readonly<{ database: Database; close: () => Promise<void> }>;

/**
 * The configured Neo4j, or else the project's own embedded one (`localName` picks its data folder),
 * with the constraints and indexes of schema/constraints.cypher in place.
 */
export async function connect(
  config: Config,
  local: { name: string; port: number },
  log: (line: string) => void = console.log,
): Promise<Connection> {
  let localNeo4j: LocalNeo4j | undefined;
  let settings = config.neo4j;
  if (!settings) {
    localNeo4j = await startLocalNeo4j({ ...local, log });
    settings = { uri: localNeo4j.uri, username: 'neo4j', password: '', database: undefined };
  }
  const database = new Database({ ...settings, queryTimeoutMs: config.queryTimeoutMs });
  const close = async () => {
    await database.close();
    await localNeo4j?.stop();
  };
  try {
    await applySchema(database.runner());
  } catch (error) {
    await close();
    throw error;
  }
  return { database, close };
}
