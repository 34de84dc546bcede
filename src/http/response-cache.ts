import { randomUUID } from 'node:crypto';
import { defaultBuildResponseCacheKey } from '@envelop/response-cache';
import { createRedisCache } from '@envelop/response-cache-redis';
import { type Cache, createInMemoryCache, hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { bookmarksHeader, type Database } from '../db/database.js';
import type { Logger } from '../logger.js';

export type ResponseCacheOptions = Readonly<{
  /** How long an answer may be served again; 0 turns the cache off. */
  ttlMs: number;
  /** Absent: each process caches in its own memory. */
  redisUrl: string | undefined;
  database: Database;
  logger: Logger;
}>;

/** The Redis key that counts the writes of every replica sharing the cache. */
const generationKey = 'claimgraph:response-cache:generation';

/**
 * Caches the answers to anonymous queries (`@graphql-yoga/plugin-response-cache`), in memory or in Redis. Every write
 * that commits starts a new generation (a counter in this process, or in Redis for every replica sharing it), and the
 * generation is part of every cache key: after any write no earlier answer is served again, whatever entities it
 * touched. Requests with a token or with bookmarks are never cached. With Redis away every request is a miss, never
 * a failure.
 */
export function responseCache({ ttlMs, redisUrl, database, logger }: ResponseCacheOptions): Plugin | undefined {
  if (ttlMs <= 0) return undefined;
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 0 }) : undefined;
  redis?.on('error', (error: Error) => logger.warn({ err: error.message }, 'Redis for the response cache'));
  const generation = redis ? sharedGeneration(redis, database, logger) : localGeneration(database);
  return useResponseCache({
    ttl: ttlMs,
    session: () => null,
    enabled: (request) => !request.headers.has('authorization') && !request.headers.has(bookmarksHeader),
    cache: failingSoftly(redis ? createRedisCache({ redis }) : createInMemoryCache(), logger),
    includeExtensionMetadata: true,
    buildResponseCacheKey: async (parameters) => hashSHA256(`${await generation()}|${await defaultBuildResponseCacheKey(parameters)}`),
  });
}

function localGeneration(database: Database): () => Promise<string> {
  let writes = 0;
  database.onCommit(() => (writes += 1));
  return async () => String(writes);
}

/** The writes of every replica, counted in Redis; unreadable, a generation of its own, so that nothing cached is served. */
function sharedGeneration(redis: Redis, database: Database, logger: Logger): () => Promise<string> {
  database.onCommit(() => {
    void redis.incr(generationKey).catch((error: Error) => logger.warn({ err: error.message }, 'A write was not counted in the response cache'));
  });
  return async () => {
    try {
      return (await redis.get(generationKey)) ?? '0';
    } catch {
      return `unread:${randomUUID()}`;
    }
  };
}

/** A cache whose failures are a miss (and a log line), so that an unreachable Redis never fails a read. */
function failingSoftly(cache: Cache, logger: Logger): Cache {
  async function soft<Result>(what: string, fallback: Result, work: () => unknown): Promise<Result> {
    try {
      return (await work()) as Result;
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, `The response cache could not ${what}`);
      return fallback;
    }
  }
  return {
    get: (key) => soft('read', undefined, () => cache.get(key)),
    set: (...args) => soft('write', undefined, () => cache.set(...args)),
    invalidate: (entities) => soft('invalidate', undefined, () => cache.invalidate(entities)),
  };
}
