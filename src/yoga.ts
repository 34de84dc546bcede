import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { createGraphQLError, createYoga, type GraphQLParams, type MaskError, maskError, useReadinessCheck } from 'graphql-yoga';
import type { Config } from './config.js';
import { type Context, createContext, type Idempotency } from './context.js';
import { bookmarksHeader, type Database } from './db/database.js';
import { suggestionPool } from './drafts/suggestion-pool.js';
import { badInput } from './errors.js';
import { inProcessEvents, type EventStream } from './events/event-stream.js';
import { publishCommits } from './events/commit-events.js';
import { bookmarksOf, returnBookmarks } from './http/bookmarks.js';
import { compiledQueries } from './http/compiled-execution.js';
import { corsRefusal } from './http/cors-refusal.js';
import { csrfPrevention } from './http/csrf-prevention.js';
import { documentCache } from './http/document-cache.js';
import { requestBodyLimit } from './http/request-body-limit.js';
import { responseCache } from './http/response-cache.js';
import { exportEndpoint } from './http/export/endpoint.js';
import { claimReviewEndpoint } from './http/export/claim-review.js';
import { explorerPages } from './http/explorer.js';
import type { Logger } from './logger.js';
import { everyErrorCoded } from './http/error-codes.js';
import { nameInvalidInputFields } from './http/input-errors.js';
import { fieldSuggestionsNeedReadAccess, introspectionNeedsReadAccess } from './http/introspection-access.js';
import { listBounds } from './http/list-bounds.js';
import { metrics } from './http/metrics.js';
import { documentLimitsPlugin } from './http/query-limits.js';
import { rateLimitsPlugin } from './http/rate-limits.js';
import { requestLogPlugin } from './http/request-log.js';
import { reportRoundTrips } from './http/round-trips.js';
import { schema } from './schema/index.js';
import { codedError } from './schema/lib/coded-error.js';

const examplesFolder = new URL('../seed/examples/', import.meta.url);

/** GraphiQL opens with one tab per example question in seed/examples. */
function exampleTabs(): { query: string }[] {
  return readdirSync(examplesFolder)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({ query: readFileSync(new URL(file, examplesFolder), 'utf8') }));
}

export type AppOptions = Pick<Config, 'access' | 'corsOrigins' | 'rateLimitPerMinute'> &
  Partial<Pick<Config, 'responseCacheTtlMs' | 'redisUrl' | 'suggestWorkers' | 'suggestBudgetMs'>> &
  Partial<Pick<Config, 'bookmarkKey'>> &
  Readonly<{
    logger: Logger;
    /** Where committed writes are published for subscriptions; in this process unless given (Redis, across replicas). */
    events?: EventStream;
    /** Aborted when the server begins to shut down: /ready answers 503 from then on. */
    draining?: AbortSignal;
    /** Queries run compiled unless false; the tests compare the two. */
    compiledQueries?: boolean;
  }>;

type ServerContext = { req?: IncomingMessage };

const idempotencyKeyPattern = /^[\x21-\x7e]{1,200}$/;

/** The `Idempotency-Key` header of a request, bound to exactly what the request asks. */
function idempotencyOf(request: Request, params: GraphQLParams): Idempotency | undefined {
  const key = request.headers.get('idempotency-key');
  if (key === null) return undefined;
  if (!idempotencyKeyPattern.test(key)) {
    throw badInput('Idempotency-Key', 'must be 1 to 200 printable ASCII characters without spaces, e.g. a UUID');
  }
  const asked = JSON.stringify([params.query ?? '', params.operationName ?? null, params.variables ?? {}]);
  return { key, requestHash: createHash('sha256').update(asked).digest('hex') };
}

export function createApp(database: Database, options: AppOptions) {
  const { plugin: metricsPlugin, listener: metricsListener } = metrics(() => database.isReachable(), options.access);
  const events = options.events ?? inProcessEvents();
  publishCommits(database, events, options.logger);
  const cache = responseCache({ ttlMs: options.responseCacheTtlMs ?? 0, redisUrl: options.redisUrl, database, logger: options.logger });
  const suggestions = suggestionPool({ threads: options.suggestWorkers, budgetMs: options.suggestBudgetMs });
  return createYoga<ServerContext, Context>({
    schema,
    context: ({ request, params, req }) =>
      createContext(database, events, suggestions, options.access, {
        authorization: request.headers.get('authorization'),
        clientAddress: req?.socket.remoteAddress,
        idempotency: idempotencyOf(request, params),
        bookmarks: bookmarksOf(request, options.bookmarkKey, options.access),
        signal: request.signal,
      }),
    // GraphiQL's scripts are bundled with the server, so it works on a machine without internet. They are 9 MB of
    // source, about 30 MB once loaded, which a server nobody opens GraphiQL on never needs: loaded at its first page.
    renderGraphiQL: async (graphiql) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(graphiql),
    graphiql: { title: 'claimgraph', defaultTabs: exampleTabs() },
    maskedErrors: { maskError: codedOrMasked },
    parserAndValidationCache: { documentCache: documentCache(), errorCache: documentCache() },
    landingPage: false,
    logging: options.logger,
    // Tokens travel in the Authorization header, never in cookies: a browser on an allowed origin needs no credentials mode.
    cors: options.corsOrigins.length > 0 ? { origin: [...options.corsOrigins], credentials: false, exposedHeaders: [bookmarksHeader] } : false,
    // /health: the process answers. /ready below: it answers and so does Neo4j.
    healthCheckEndpoint: '/health',
    // requestBodyLimit below keeps the same limit without counting a body whose length is known.
    maxRequestBodySize: false,
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => !options.draining?.aborted && (await database.isReachable()),
      }),
      ...(options.corsOrigins.length > 0 ? [] : [corsRefusal]),
      csrfPrevention(options.corsOrigins),
      requestBodyLimit,
      metricsPlugin,
      requestLogPlugin(options.logger, [metricsListener]),
      documentLimitsPlugin(),
      introspectionNeedsReadAccess,
      fieldSuggestionsNeedReadAccess(options.access),
      listBounds,
      // Before the plugins that hand execution another document or wrap the execution it sets.
      ...(options.compiledQueries === false ? [] : [compiledQueries()]),
      rateLimitsPlugin(schema, options.rateLimitPerMinute),
      reportRoundTrips,
      returnBookmarks(options.bookmarkKey),
      ...(cache ? [cache] : []),
      nameInvalidInputFields,
      exportEndpoint(),
      claimReviewEndpoint(),
      explorerPages(),
      everyErrorCoded,
      { onDispose: () => suggestions.close() },
    ],
  });
}

export type App = ReturnType<typeof createApp>;

/** A failure the layers below GraphQL threw keeps its meaning, as a coded error where it arose; anything else stays masked. */
const codedOrMasked: MaskError = (error, message, isDevelopment) => {
  const coded = codedError(error instanceof GraphQLError ? error.originalError : error);
  if (!coded) return maskError(error, message, isDevelopment);
  const located = error instanceof GraphQLError ? { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path } : {};
  return createGraphQLError(coded.message, { ...located, extensions: coded.extensions });
};
