import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { type AccessPolicy, authenticate } from '../auth/tokens.js';
import type { Context } from '../context.js';
import { bookmarksHeader } from '../db/database.js';
import { badInput } from '../errors.js';

/** Without BOOKMARK_KEY, only this process accepts the bookmarks it signed. */
const processKey = randomBytes(32);

const maxBookmarks = 20;
/** A Neo4j bookmark, then `.` and its signature: 43 base64url characters of an HMAC-SHA256. */
const signedBookmarkPattern = /^([\x21-\x2b\x2d-\x7e]{1,500})\.([A-Za-z0-9_-]{43})$/;

/**
 * A Neo4j bookmark makes the database wait until it has applied the write it names, so one it never gave could hold a
 * connection for the server's whole bookmark timeout. The server hands out only bookmarks it has signed, for the token
 * that wrote (none for a writer without one), and Neo4j sees only those.
 */
function signatureOf(key: string | undefined, bookmark: string, writer: string | undefined): Buffer {
  return createHmac('sha256', key ?? processKey)
    .update(JSON.stringify([writer ?? null, bookmark]))
    .digest();
}

export function signBookmark(key: string | undefined, bookmark: string, writer: string | undefined): string {
  return `${bookmark}.${signatureOf(key, bookmark, writer).toString('base64url')}`;
}

/**
 * The bookmarks a request sends back (`Claimgraph-Bookmarks: <b1>,<b2>`), each as a mutation returned it, with the
 * token that made the mutation: the request then reads at least as fresh as the writes they came from, on whichever
 * replica and database secondary it lands.
 */
export function bookmarksOf(request: Request, key: string | undefined, access: AccessPolicy): string[] {
  const header = request.headers.get(bookmarksHeader);
  if (header === null || header.trim() === '') return [];
  const signed = header.split(',').map((bookmark) => bookmark.trim());
  const matches = signed.map((bookmark) => signedBookmarkPattern.exec(bookmark));
  if (signed.length > maxBookmarks || matches.some((match) => match === null)) {
    throw badInput(bookmarksHeader, `must be at most ${maxBookmarks} comma-separated bookmarks, each exactly as a mutation returned it`);
  }
  const reader = authenticate(access, request.headers.get('authorization')).viewer?.name;
  return matches.map((match) => {
    const [, bookmark, signature] = match!;
    if (!timingSafeEqual(Buffer.from(signature!, 'base64url'), signatureOf(key, bookmark!, reader))) {
      throw badInput(bookmarksHeader, 'holds a bookmark this server did not give to this token; send back only what a mutation returned, with the token that made it');
    }
    return bookmark!;
  });
}

/**
 * A response to a request that wrote carries the bookmarks of its last write, signed, in `extensions.bookmarks` and in
 * the `Claimgraph-Bookmarks` header, for the client to send with its next requests: its reads then see its writes even
 * on a cluster whose secondaries lag.
 */
export function returnBookmarks(key: string | undefined): Plugin<Context> {
  const written = new WeakMap<Request, readonly string[]>();
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result, setResult }) => {
        const context = args.contextValue;
        if (Symbol.asyncIterator in result || context.runner.writtenBookmarks.length === 0) return;
        const bookmarks = context.runner.writtenBookmarks.map((bookmark) => signBookmark(key, bookmark, context.viewer?.name));
        written.set((context as Context & { request: Request }).request, bookmarks);
        setResult({ ...result, extensions: { ...result.extensions, bookmarks } });
      },
    }),
    onResponse: ({ request, response }) => {
      const bookmarks = written.get(request);
      if (bookmarks) response.headers.set(bookmarksHeader, bookmarks.join(','));
    },
  };
}
