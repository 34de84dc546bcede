import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type AccessPolicy, parseGrants } from './auth/tokens.js';
import type { ReadTransactions } from './db/database.js';
import { suggestionPoolDefaults } from './drafts/suggestion-pool.js';

const booleanText = z.enum(['true', 'false']).transform((value) => value === 'true');
const javaMemory = z.string().regex(/^\d+[kKmMgG]?$/, 'a Java memory size such as 512m or 2g');

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  /** The interface the API listens on; loopback unless the operator opens it. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Origins a browser may call the API from, besides its own; empty means same-origin only. */
  CORS_ORIGINS: z.string().default(''),
  NEO4J_URI: z.string().min(1).optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).optional(),
  /** Bolt port of the embedded Neo4j that `npm start` manages when NEO4J_URI is unset. */
  LOCAL_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  /** The folder under .neo4j/data/ that holds the embedded Neo4j's store. */
  LOCAL_NEO4J_DATA: z.string().regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/, 'must be a folder name: letters, digits, ".", "_" and "-"').default('serve'),
  NEO4J_HEAP: javaMemory.default('1g'),
  /** Neo4j's memory guard: one transaction, and all of them together, fail rather than exhaust the heap (by default a quarter and 60% of it). */
  NEO4J_TRANSACTION_MEMORY: javaMemory.optional(),
  NEO4J_TOTAL_TRANSACTION_MEMORY: javaMemory.optional(),
  /** Any query running longer than this is stopped by Neo4j. */
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** How long a request waits for a connection to Neo4j before it answers DATABASE_UNAVAILABLE. */
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(2000),
  /** On SIGTERM, how long in-flight requests may take to finish before the server closes anyway. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Expensive fields (graph, paths, actorNetwork, search …) one token or IP may ask for per minute. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  CLAIMGRAPH_TOKENS: z.string().default(''),
  CLAIMGRAPH_TOKENS_FILE: z.string().min(1).optional(),
  REQUIRE_TOKEN_FOR_READS: booleanText.default(false),
  /** Events (subscriptions) go through this Redis, so a subscriber on any replica hears a write on any other; in-process without it. */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL').optional(),
  /** How many subscriptions one client (a token, or an address without one) may hold at once. */
  SUBSCRIPTIONS_PER_CLIENT: z.coerce.number().int().min(1).max(10_000).default(20),
  /** How long an anonymous query's answer may be served again from the response cache; 0 (the default) turns it off. */
  RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(86_400_000).default(0),
  /** How reads run: managed read transactions (the default on a neo4j:// routing URI) or auto-commit queries (on bolt://). */
  NEO4J_READ_TRANSACTIONS: z.enum(['managed', 'auto-commit']).optional(),
  /** Signs the bookmarks the API hands out; replicas of one database share it. Unset: a random key per process. */
  BOOKMARK_KEY: z.string().min(32, 'at least 32 characters, e.g. from openssl rand -base64 32').optional(),
  /** The token `npm run import` sends to the API (its --token wins). */
  CLAIMGRAPH_TOKEN: z.string().min(1).optional(),
  /** Threads that read articles for suggestions at once. */
  SUGGEST_WORKERS: z.coerce.number().int().min(1).max(64).default(suggestionPoolDefaults.threads),
  /** How long a thread may read one article for suggestions before it is stopped. */
  SUGGEST_BUDGET_MS: z.coerce.number().int().min(1).max(600_000).default(suggestionPoolDefaults.budgetMs),
});

export type Neo4jSettings = Readonly<{ uri: string; username: string; password: string; database: string | undefined }>;

export type Config = Readonly<{
  port: number;
  host: string;
  /** Empty: browsers may call only from the API's own origin. */
  corsOrigins: readonly string[];
  /** Absent: the project starts its own embedded Neo4j. */
  neo4j: Neo4jSettings | undefined;
  localNeo4j: Readonly<{ name: string; port: number; heap: string; transactionMemory: string | undefined; totalTransactionMemory: string | undefined }>;
  queryTimeoutMs: number;
  connectTimeoutMs: number;
  shutdownGraceMs: number;
  logLevel: string;
  rateLimitPerMinute: number;
  access: AccessPolicy;
  /** A client's own token, for the command-line tools that call the API. */
  clientToken: string | undefined;
  /** Absent: events stay in this process. */
  redisUrl: string | undefined;
  /** Absent: chosen by the URI (see `readTransactionsFor`). */
  readTransactions: ReadTransactions | undefined;
  /** Absent: a random key per process, so only this process accepts the bookmarks it gave. */
  bookmarkKey: string | undefined;
  /** 0: no response cache. */
  responseCacheTtlMs: number;
  subscriptionsPerClient: number;
  suggestWorkers: number;
  suggestBudgetMs: number;
}>;

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    corsOrigins: values.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0),
    neo4j: values.NEO4J_URI
      ? {
          uri: values.NEO4J_URI,
          username: values.NEO4J_USERNAME,
          password: values.NEO4J_PASSWORD,
          database: values.NEO4J_DATABASE,
        }
      : undefined,
    localNeo4j: {
      name: values.LOCAL_NEO4J_DATA,
      port: values.LOCAL_NEO4J_PORT,
      heap: values.NEO4J_HEAP,
      transactionMemory: values.NEO4J_TRANSACTION_MEMORY,
      totalTransactionMemory: values.NEO4J_TOTAL_TRANSACTION_MEMORY,
    },
    queryTimeoutMs: values.QUERY_TIMEOUT_MS,
    connectTimeoutMs: values.NEO4J_CONNECT_TIMEOUT_MS,
    shutdownGraceMs: values.SHUTDOWN_GRACE_MS,
    logLevel: values.LOG_LEVEL,
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
    access: {
      grants: [
        ...parseGrants(values.CLAIMGRAPH_TOKENS, 'CLAIMGRAPH_TOKENS'),
        ...(values.CLAIMGRAPH_TOKENS_FILE
          ? parseGrants(readFileSync(values.CLAIMGRAPH_TOKENS_FILE, 'utf8'), values.CLAIMGRAPH_TOKENS_FILE)
          : []),
      ],
      requireTokenForReads: values.REQUIRE_TOKEN_FOR_READS,
    },
    clientToken: values.CLAIMGRAPH_TOKEN,
    redisUrl: values.REDIS_URL,
    readTransactions: values.NEO4J_READ_TRANSACTIONS,
    bookmarkKey: values.BOOKMARK_KEY,
    responseCacheTtlMs: values.RESPONSE_CACHE_TTL_MS,
    subscriptionsPerClient: values.SUBSCRIPTIONS_PER_CLIENT,
    suggestWorkers: values.SUGGEST_WORKERS,
    suggestBudgetMs: values.SUGGEST_BUDGET_MS,
  };
}
