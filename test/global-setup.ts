import type { TestProject } from 'vitest/node';
import { Database } from '../src/db/database.js';
import { startLocalNeo4j } from '../src/db/local-neo4j.js';
import { applySchema } from '../src/db/migrations.js';
import { rebuildNamesIfFoldingChanged } from '../src/writes/name-reindex.js';
import { startDisposableNeo4j, testDatabaseSettings } from './test-neo4j.js';

/**
 * The integration tests run on a database of their own, which they wipe, never NEO4J_URI, which may hold a user's data:
 * TEST_NEO4J_URI when set; else an embedded Neo4j on TEST_NEO4J_PORT, its data kept in .neo4j/data/test-<port>;
 * else one on a free port with a data folder of this run, removed after, so two copies of the suite never meet.
 */
export default async function setup(project: TestProject) {
  // Every test file wipes and seeds the database again; with Neo4j's 10 s replan interval that replanned the large graph
  // queries again and again, for seconds each on a busy machine. Their plans do not depend on the seed's few hundred nodes.
  const neo4jOptions = { minReplanInterval: '1h', log: console.log };
  const fixedPort = process.env.TEST_NEO4J_PORT === undefined ? undefined : Number(process.env.TEST_NEO4J_PORT);
  let stop = async () => {};
  let uri = process.env.TEST_NEO4J_URI;
  if (uri === undefined && fixedPort !== undefined) {
    const local = await startLocalNeo4j({ ...neo4jOptions, name: `test-${fixedPort}`, port: fixedPort });
    ({ uri } = local);
    stop = () => local.stop();
  } else if (uri === undefined) {
    const disposable = await startDisposableNeo4j('test', neo4jOptions);
    ({ uri } = disposable.server);
    stop = disposable.stop;
  }
  const database = new Database(testDatabaseSettings(uri));
  // As a server's start does; done here once, server processes that tests start side by side find nothing to do.
  await applySchema(database.runner());
  await rebuildNamesIfFoldingChanged(database.runner(), console.log);
  await database.close();
  project.provide('neo4jUri', uri);
  return stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}
