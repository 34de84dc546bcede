import { setTimeout as delay } from 'node:timers/promises';
import { defaultBuildResponseCacheKey } from '@envelop/response-cache';
import { createRedisCache } from '@envelop/response-cache-redis';
import { type Cache, createInMemoryCache, hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { bookmarksHeader, type Database } from '../db/database.js';
import { type EventStream, lost } from '../events/event-stream.js';
import type { Logger } from '../logger.js';

export type ResponseCacheOptions = Readonly<{
  /** How long an answer may be served again; 0 turns the cache off. */
  ttlMs: number;
  /** Absent: each process caches in its own memory. */
  redisUrl: string | undefined;
  database: Database;
  events: EventStream;
  logger: Logger;
}>;

/**
 * Caches the answers to anonymous queries (`@graphql-yoga/plugin-response-cache`), in memory or in Redis. Every write
 * that commits, here or on another replica (heard through the events), starts a new generation, and the generation is
 * part of every cache key: after any write no earlier answer is served again, whatever entities it touched. Requests
 * with a token or with bookmarks are never cached. With Redis away the cache is skipped, never the request.
 */
export function responseCache(options: ResponseCacheOptions): Plugin | undefined {
  if (options.ttlMs <= 0) return undefined;
  const generation = writeGenerations(options);
  const store = options.redisUrl
    ? createRedisCache({ redis: new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 0 }) })
    : createInMemoryCache();
  return useResponseCache({
    ttl: options.ttlMs,
    session: () => null,
    enabled: (request) => !request.headers.has('authorization') && !request.headers.has(bookmarksHeader),
    cache: failingSoftly(store, options.logger),
    includeExtensionMetadata: true,
    buildResponseCacheKey: async (parameters) => hashSHA256(`${generation()}|${await defaultBuildResponseCacheKey(parameters)}`),
  });
}

/**
 * The current generation of what may be cached. Each commit here moves it past every generation heard, and tells the
 * other replicas; each one heard moves it too. It only ever grows, so no key of an earlier generation comes back.
 */
function writeGenerations({ database, events, logger }: ResponseCacheOptions): () => number {
  let current = Date.now();
  const advance = (heard: number) => (current = Math.max(current + 1, heard));
  database.onCommit(() => {
    const generation = advance(Date.now());
    if (events.shared) events.publish('writeCommitted', { generation });
  });
  if (events.shared) void listenForWrites(events, advance, logger);
  return () => current;
}

async function listenForWrites(events: EventStream, advance: (heard: number) => number, logger: Logger): Promise<void> {
  for (;;) {
    try {
      for await (const event of events.subscribe('writeCommitted', 'response cache')) {
        if (event === lost) break;
        advance(event.generation);
      }
    } catch {
      // Redis is away; the cache still turns over at each of this replica's own writes, and each answer expires.
    }
    // Writes elsewhere may have gone unheard: what was cached before cannot be trusted.
    advance(Date.now());
    logger.warn('The response cache lost the events of other replicas; listening again.');
    await delay(2_000);
  }
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
