import type { TestProject } from 'vitest/node';
import { Database } from '../src/db/database.js';
import { type LocalNeo4j } from '../src/db/local-neo4j/supervisor.js';
import { startLocalNeo4j } from '../src/db/local-neo4j.js';
import { applySchema } from '../src/db/migrations.js';

/** Bolt port of the tests' own embedded Neo4j, apart from the one `npm start` serves. */
const testNeo4jPort = Number(process.env.TEST_NEO4J_PORT ?? 7697);

/**
 * Tests run on a database of their own, which they wipe: the embedded one in .neo4j/data/test,
 * or TEST_NEO4J_URI when set. Never NEO4J_URI, which may hold a user's data.
 */
export default async function setup(project: TestProject) {
  let local: LocalNeo4j | undefined;
  // Every test file wipes and seeds the database again; with Neo4j's 10 s replan interval that replanned the large graph
  // queries again and again, for seconds each on a busy machine. Their plans do not depend on the seed's few hundred nodes.
  const uri =
    process.env.TEST_NEO4J_URI ??
    (local = await startLocalNeo4j({ name: `test-${testNeo4jPort}`, port: testNeo4jPort, minReplanInterval: '1h', log: console.log })).uri;
  const database = new Database({
    uri,
    username: process.env.TEST_NEO4J_USERNAME ?? 'neo4j',
    password: process.env.TEST_NEO4J_PASSWORD ?? '',
    database: process.env.TEST_NEO4J_DATABASE,
    queryTimeoutMs: 10_000,
  });
  await applySchema(database.runner());
  await database.close();
  project.provide('neo4jUri', uri);
  return async () => {
    await local?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}
