import type { Database, QueryRunner } from './db/database.js';

export type Context = Readonly<{
  /** Counts this request's Cypher round trips. */
  runner: QueryRunner;
}>;

export function createContext(database: Database): Context {
  return { runner: database.runner() };
}
