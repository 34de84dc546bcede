import type { FetchAPI } from 'graphql-yoga';
import { httpStatusOfCode } from '../../errors.js';

export type AnswerError = Readonly<{ message: string; extensions?: { code?: string } }>;

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
  return errorResponse(fetchAPI, (httpStatusOfCode as Readonly<Record<string, number>>)[errors[0]?.extensions?.code ?? ''] ?? 500, errors);
}
