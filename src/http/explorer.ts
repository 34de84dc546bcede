import { readFile } from 'node:fs/promises';
import type { Plugin } from 'graphql-yoga';

/** What `npm run build:web` writes (scripts/build-web.ts): the page and its assets. */
export const explorerFolder = new URL('../../web/dist/', import.meta.url);

const assetPath = /^\/explorer\/([\w-]+\.(?:js|css|png|svg|map))$/;

const contentTypes: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  png: 'image/png',
  svg: 'image/svg+xml',
  map: 'application/json; charset=utf-8',
};

// The page talks to this server only: nothing is fetched from elsewhere, even by mistake.
const contentSecurityPolicy =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'";

/** Serves the graph explorer: the page at `/`, its built assets under `/explorer/`. */
export function explorerPages(): Plugin {
  return {
    // Not async: a promise from every request's hook would put every GraphQL request through another turn of the loop.
    onRequest({ request, url, endResponse, fetchAPI }) {
      const asset = assetPath.exec(url.pathname)?.[1];
      const file = url.pathname === '/' ? 'index.html' : asset;
      if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined;
      return readFile(new URL(file, explorerFolder)).then(
        (body) => {
          const headers = {
            'content-type': contentTypes[file.slice(file.lastIndexOf('.') + 1)] ?? 'application/octet-stream',
            'content-security-policy': contentSecurityPolicy,
            'x-content-type-options': 'nosniff',
            'cache-control': 'no-cache',
          };
          endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
        },
        () => {
          const message = file === 'index.html' ? 'The explorer is not built: run `npm run build:web` (npm start does).' : `No file ${file}.`;
          endResponse(new fetchAPI.Response(message, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        },
      );
    },
  };
}
