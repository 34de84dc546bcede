import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { type DatabaseSettings } from '../src/db/database.js';
import { type LocalNeo4jOptions, startLocalNeo4j } from '../src/db/local-neo4j.js';
import { isProcessAlive, SetupError, stateDirectory } from '../src/db/local-neo4j/setup.js';
import { type LocalNeo4j } from '../src/db/local-neo4j/supervisor.js';
import { freePort } from './free-port.js';

/*
 * An embedded Neo4j that belongs to one run of the suite: on a free port, in a data folder of its own that is removed
 * when it stops, so that a second copy of the suite on the same machine (or in the same working tree) never meets it.
 * The jars and the compiled launcher in .neo4j stay shared; their fetch and compile are safe to run twice at once.
 */

/** `stop()` stops the server and removes its data folder. */
export type DisposableNeo4j = Readonly<{ server: LocalNeo4j; stop: () => Promise<void> }>;

const dataRoot = path.join(stateDirectory, 'data');
/** What startLocalNeo4j says when the port was taken between picking it and the JVM binding it. */
const portTaken = /already in use/;

/** `purpose` names the folder: `.neo4j/data/<purpose>-<pid>-<port>`. */
export async function startDisposableNeo4j(purpose: string, options: Omit<LocalNeo4jOptions, 'name' | 'port'> = {}): Promise<DisposableNeo4j> {
  await removeAbandonedData(purpose);
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const name = `${purpose}-${process.pid}-${port}`;
    try {
      const server = await startLocalNeo4j({ ...options, name, port });
      return {
        server,
        stop: async () => {
          await server.stop();
          await rm(path.join(dataRoot, name), { recursive: true, force: true });
        },
      };
    } catch (error) {
      await rm(path.join(dataRoot, name), { recursive: true, force: true });
      if (attempt < 3 && error instanceof SetupError && portTaken.test(error.message)) continue;
      throw error;
    }
  }
}

/** Data folders of runs that were killed before they could remove their own. */
async function removeAbandonedData(purpose: string): Promise<void> {
  const pattern = new RegExp(`^${purpose}-(\\d+)-\\d+$`);
  const entries = await readdir(dataRoot).catch(() => []);
  for (const entry of entries) {
    const ownerPid = pattern.exec(entry)?.[1];
    if (ownerPid !== undefined && !isProcessAlive(Number(ownerPid))) await rm(path.join(dataRoot, entry), { recursive: true, force: true });
  }
}

/**
 * How the tests connect. A busy machine (a second copy of the suite beside this one) can make a query or a new
 * connection take many seconds, so the limits are generous; tests about a limit open a database with their own.
 */
export function testDatabaseSettings(uri: string): DatabaseSettings {
  return {
    uri,
    username: process.env.TEST_NEO4J_USERNAME ?? 'neo4j',
    password: process.env.TEST_NEO4J_PASSWORD ?? '',
    database: process.env.TEST_NEO4J_DATABASE,
    queryTimeoutMs: 120_000,
    connectTimeoutMs: 30_000,
  };
}
