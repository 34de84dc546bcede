import type { ExecutionResult, GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** An error quotes at most this much of any one value it names (graphql-js's and zod's messages quote what they refuse). */
const maxQuotedLength = 100;

/** Nor is any message, or any text in an error's extensions, longer than this: a request is never echoed back. */
const maxMessageLength = 400;

/** A request wrong in a hundred places hears of the first few. */
const maxErrors = 10;

/** graphql-js's words for a variable or argument value that is missing or of the wrong type. */
const aboutInputValues = /^(Variable "\$|Argument ")/;

const longQuote = new RegExp(`"([^"]{${maxQuotedLength}})[^"]+"`, 'g');

/** A text with each quoted value cut to an excerpt, and the whole cut short. */
function bounded(text: string): string {
  const excerpted = text.replace(longQuote, '"$1…"');
  return excerpted.length > maxMessageLength ? `${excerpted.slice(0, maxMessageLength)}…` : excerpted;
}

/** An extension's value with every text in it bounded, however deep: `problems` lists a message per field. */
function boundedValue(value: unknown): unknown {
  if (typeof value === 'string') return bounded(value);
  if (Array.isArray(value)) return value.map(boundedValue);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [bounded(key), boundedValue(inner)]));
  return value;
}

/**
 * Every error leaves with an `extensions.code`. Errors graphql-js and yoga raise about the request itself
 * (a body that is no JSON, a missing CSRF header, a missing variable) come without one; they are the
 * caller's to fix. Nothing of the request is echoed: only the message and extensions (values in them cut
 * short), its locations and path.
 */
function coded(error: GraphQLError): GraphQLError {
  const code = error.extensions?.['code'];
  const message = bounded(error.message);
  const { originalError: echoed, ...given } = error.extensions ?? {};
  const extensions = boundedValue(given) as Record<string, unknown>;
  const clean =
    error.originalError === undefined && echoed === undefined && message === error.message && JSON.stringify(extensions) === JSON.stringify(given);
  if (typeof code === 'string' && clean) return error;
  const status = (error.extensions?.['http'] as { status?: number } | undefined)?.status;
  const fallback = aboutInputValues.test(error.message)
    ? 'BAD_USER_INPUT'
    : error.path
      ? 'INTERNAL_SERVER_ERROR'
      : status === 403
        ? 'FORBIDDEN'
        : 'BAD_REQUEST';
  return createGraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...extensions, code: typeof code === 'string' ? code : fallback },
  });
}

export const everyErrorCoded: Plugin = {
  /*
   * A request that is no GraphQL request at all (a body that is no JSON, a GET parameter that should hold JSON)
   * is 400 whatever the client accepts, and its error does not quote the body back, as yoga's own does.
   */
  onRequestParse: ({ request, requestParser, setRequestParser, endResponse, fetchAPI }) => {
    if (!requestParser) {
      const post = request.method === 'POST';
      const contentType = (request.headers.get('content-type') ?? 'no content type').slice(0, 100);
      const message = post
        ? `A GraphQL request is sent as application/json, not as ${contentType}.`
        : `A GraphQL request is sent by POST, or by GET with URL parameters, not by ${request.method.slice(0, 20)}.`;
      const body = JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
      const headers = { 'content-type': 'application/json; charset=utf-8', ...(post ? {} : { allow: 'GET, POST' }) };
      endResponse(new fetchAPI.Response(body, { status: post ? 415 : 405, headers }));
      return;
    }
    setRequestParser(async (request) => {
      try {
        return await requestParser(request);
      } catch (error) {
        if (error instanceof SyntaxError) {
          throw createGraphQLError('A request parameter that should hold JSON does not.', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
        const http = (error as GraphQLError).extensions?.['http'] as { status?: number; headers?: Record<string, string> } | undefined;
        if (!http?.status) throw error;
        throw createGraphQLError((error as GraphQLError).message, {
          extensions: { code: (error as GraphQLError).extensions['code'] ?? 'BAD_REQUEST', http: { status: http.status, headers: http.headers } },
        });
      }
    });
  },
  onResultProcess: ({ result, setResult }) => {
    if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
    const execution = result as ExecutionResult;
    if (!execution.errors?.length) return;
    const errors = execution.errors.slice(0, maxErrors).map(coded);
    if (errors.length < execution.errors.length || errors.some((error, index) => error !== execution.errors![index])) {
      setResult({ ...execution, errors });
    }
  },
};
