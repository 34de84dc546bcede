import type { FetchAPI } from 'graphql-yoga';

export type AnswerError = Readonly<{ message: string; extensions?: { code?: string } }>;

const statusOfCode: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  QUERY_TOO_COMPLEX: 400,
  QUERY_TOO_LARGE: 400,
  RATE_LIMITED: 429,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  DATABASE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 504,
};

/** `{ errors }` as GraphQL words them, with an HTTP status, for a client that asked for a file. */
export function errorResponse(fetchAPI: FetchAPI, status: number, errors: readonly unknown[]): Response {
  return new fetchAPI.Response(JSON.stringify({ errors }), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

/**
 * The errors of a GraphQL answer with the status their code calls for. GraphQL answers 400, without a code,
 * a variable it rejects before any resolver runs; that is the caller's to fix, so it is BAD_USER_INPUT.
 */
export function graphqlErrorResponse(fetchAPI: FetchAPI, graphqlStatus: number, errors: readonly AnswerError[]): Response {
  if (graphqlStatus === 400) {
    return errorResponse(fetchAPI, 400, errors.map((error) => ({ ...error, extensions: { code: 'BAD_USER_INPUT', ...error.extensions } })));
  }
  return errorResponse(fetchAPI, statusOfCode[errors[0]?.extensions?.code ?? ''] ?? 500, errors);
}
