import type { Plugin } from 'graphql-yoga';

/**
 * A preflight from another origin while CORS_ORIGINS allows none: refused with words that say so. Without it the
 * preflight would reach the GraphQL endpoint as a request of its own and be refused for something else.
 */
export const corsRefusal: Plugin = {
  onRequest({ request, fetchAPI, endResponse }) {
    if (request.method !== 'OPTIONS' || !request.headers.has('access-control-request-method')) return;
    const origin = (request.headers.get('origin') ?? 'another origin').slice(0, 100);
    const message =
      `CORS refused this preflight from ${origin}: the API answers browsers only on its own origin. ` +
      'Its operator can allow other origins with CORS_ORIGINS.';
    const body = JSON.stringify({ errors: [{ message, extensions: { code: 'FORBIDDEN' } }] });
    endResponse(new fetchAPI.Response(body, { status: 403, headers: { 'content-type': 'application/json; charset=utf-8' } }));
  },
};
