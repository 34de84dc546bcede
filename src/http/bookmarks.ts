import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { bookmarksHeader } from '../db/database.js';
import { badInput } from '../errors.js';

const bookmarkPattern = /^[\x21-\x2b\x2d-\x7e]{1,500}$/;
const maxBookmarks = 20;

/**
 * The bookmarks a request sends back (`Claimgraph-Bookmarks: <b1>,<b2>`): it then reads at least as fresh as the
 * writes they came from, on whichever replica and database secondary it lands. Neo4j judges the bookmark itself.
 */
export function bookmarksOf(request: Request): string[] {
  const header = request.headers.get(bookmarksHeader);
  if (header === null || header.trim() === '') return [];
  const bookmarks = header.split(',').map((bookmark) => bookmark.trim());
  if (bookmarks.length > maxBookmarks || !bookmarks.every((bookmark) => bookmarkPattern.test(bookmark))) {
    throw badInput(bookmarksHeader, `must be at most ${maxBookmarks} comma-separated bookmarks as a mutation returned them`);
  }
  return bookmarks;
}

/**
 * A response to a request that wrote carries the bookmarks of its last write, in `extensions.bookmarks` and in the
 * `Claimgraph-Bookmarks` header, for the client to send with its next requests: its reads then see its writes even on
 * a cluster whose secondaries lag.
 */
export function returnBookmarks(): Plugin<Context> {
  const written = new WeakMap<Request, readonly string[]>();
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result, setResult }) => {
        const bookmarks = args.contextValue.runner.writtenBookmarks;
        if (Symbol.asyncIterator in result || bookmarks.length === 0) return;
        written.set((args.contextValue as Context & { request: Request }).request, bookmarks);
        setResult({ ...result, extensions: { ...result.extensions, bookmarks } });
      },
    }),
    onResponse: ({ request, response }) => {
      const bookmarks = written.get(request);
      if (bookmarks) response.headers.set(bookmarksHeader, bookmarks.join(','));
    },
  };
}
