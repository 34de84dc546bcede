import { createGraphQLError, type Plugin } from 'graphql-yoga';

/*
 * What CSRF prevention still protects. Tokens are bearer tokens, sent in the Authorization header and never kept in
 * cookies, so a request that another site makes a browser send carries no credential of ours, and a script that adds
 * one, or sends JSON, must pass a CORS preflight first. Every mutation needs a token and yoga runs none over GET, so no
 * other site can make a browser write. What is left is reading without a preflight: a page on another site can make a
 * browser GET /graphql from inside the reader's network (an API on localhost or an intranet that the site cannot reach
 * itself), or through a proxy in front of us that adds a cookie session. It cannot read the answer, but it can spend
 * the server's work and learn from the status or the timing whether something is there (a cross-site leak). So a GET
 * that a browser sends from another site, as its Sec-Fetch-Site or Origin header says, is refused unless that site is
 * one of CORS_ORIGINS; a body that no preflight guards (a form, text/plain), which no GraphQL client sends and a form on
 * another site does, is refused from anyone. Clients that are no browser (urql with its GET queries, Apollo Client,
 * graphql-request), and the explorer, GraphiQL and an EventSource on the API's own origin, work with their default
 * settings; the header x-graphql-yoga-csrf, which no page can add without a preflight, lets any request through.
 */

const csrfHeader = 'x-graphql-yoga-csrf';

/** Content types a browser sends across sites without a preflight. */
const simpleContentTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

function isSimple(request: Request): boolean {
  const contentType = request.headers.get('content-type')?.toLowerCase();
  return !contentType || simpleContentTypes.some((simple) => contentType.startsWith(simple));
}

/** Whether a browser says it sends the request from a page of another origin. */
function fromAnotherOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) return site === 'cross-site' || site === 'same-site';
  const origin = request.headers.get('origin');
  return origin !== null && origin !== new URL(request.url).origin;
}

export function csrfPrevention(corsOrigins: readonly string[]): Plugin {
  return {
    onRequestParse({ request }) {
      if (!isSimple(request) || request.headers.has(csrfHeader)) return;
      if (request.method === 'GET' && (!fromAnotherOrigin(request) || corsOrigins.includes(request.headers.get('origin') ?? ''))) return;
      throw createGraphQLError(
        'Refused as a possible cross-site request: a GET from a page of another origin, or a body sent without a preflight ' +
          '(a form, text/plain). Send the request as application/json, or, for a GET from another origin, allow it with CORS_ORIGINS.',
        { extensions: { code: 'FORBIDDEN', http: { status: 403 } } },
      );
    },
  };
}
