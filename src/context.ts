import { contextCacheSymbol, initContextCache } from '@pothos/core';
import { type AccessPolicy, authenticate, type Permissions, permissionsOf, type Viewer } from './auth/tokens.js';
import type { NodeRecord } from './model/records.js';
import type { FetchedList } from './data/relationships.js';
import type { Database, QueryRunner } from './db/database.js';
import type { SuggestionPool } from './drafts/suggestion-pool.js';
import type { EventStream } from './events/event-stream.js';

/** A client's promise that repeating a request means the same request (the `Idempotency-Key` header). */
export type Idempotency = Readonly<{ key: string; requestHash: string }>;

export type Context = Readonly<{
  /** Counts this request's Cypher round trips. */
  runner: QueryRunner;
  /** Relationship lists fetched ahead of the fields that will ask for them, by node and list (see schema/lib/look-ahead.ts). */
  fetchedAhead: WeakMap<NodeRecord, Map<string, FetchedList>>;
  /** Who sent the request, when it carries a token the server knows. */
  viewer: Viewer | undefined;
  /** Why a token that was sent names no viewer. */
  authenticationRefusal: string | undefined;
  /** What the request may do: the viewer's role's permissions, or reading alone while reads are open. */
  permissions: Permissions;
  /** Who the rate limits count this request against: the token's name, else the client's address. */
  requester: string;
  /** Set when the request carries an idempotency key: its writes are applied once however often it is sent. */
  idempotency: Idempotency | undefined;
  /** How many writes this request has made so far; with the key, it names each write's receipt. */
  writeCount: { value: number };
  /** Where subscriptions listen for committed writes. */
  events: EventStream;
  /** The app's threads that read articles for suggestions. */
  suggestions: SuggestionPool;
  /** Aborted when the client goes away before its answer. */
  signal: AbortSignal | undefined;
}>;

const openReads: AccessPolicy = { grants: [], requireTokenForReads: false };

export type RequestFacts = Readonly<{
  authorization?: string | null;
  clientAddress?: string | undefined;
  idempotency?: Idempotency | undefined;
  /** Bookmarks of earlier writes the request must see (the Claimgraph-Bookmarks header). */
  bookmarks?: readonly string[];
  signal?: AbortSignal;
}>;

export function createContext(
  database: Database,
  events: EventStream,
  suggestions: SuggestionPool,
  access: AccessPolicy = openReads,
  request: RequestFacts = {},
): Context {
  const { viewer, refusal } = authenticate(access, request.authorization ?? null);
  return {
    runner: database.runner(request.bookmarks),
    fetchedAhead: new WeakMap(),
    viewer,
    authenticationRefusal: refusal,
    permissions: viewer
      ? permissionsOf(viewer.role)
      : { read: !access.requireTokenForReads, write: false, cascadeDelete: false, merge: false },
    requester: viewer ? `token:${viewer.name}` : `address:${request.clientAddress ?? 'unknown'}`,
    idempotency: request.idempotency,
    writeCount: { value: 0 },
    events,
    suggestions,
    signal: request.signal,
    // Pothos keys a request's DataLoaders by this object rather than by the context (see `forNextEvent`).
    ...initContextCache(),
  };
}

/**
 * Readies a subscription's context for its next event: reads at least as fresh as the write that made the event, and
 * through new DataLoaders, so that what an earlier event loaded is read again rather than served as it was then.
 */
export function forNextEvent(context: Context, bookmarks: readonly string[]): void {
  context.runner.readAfter(bookmarks);
  Object.assign(context, { [contextCacheSymbol]: {} });
}
