import type { ExecutionResult, GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Every error leaves with an `extensions.code`. Errors graphql-js and yoga raise about the request itself
 * (a body that is no JSON, a missing CSRF header, a missing variable) come without one; they are the
 * caller's to fix. Nothing of the request is echoed: only the message, its locations and path.
 */
function coded(error: GraphQLError): GraphQLError {
  const code = error.extensions?.['code'];
  if (typeof code === 'string' && error.originalError === undefined) return error;
  const status = (error.extensions?.['http'] as { status?: number } | undefined)?.status;
  const fallback = error.path ? 'INTERNAL_SERVER_ERROR' : status === 403 ? 'FORBIDDEN' : 'BAD_REQUEST';
  return createGraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, code: typeof code === 'string' ? code : fallback },
  });
}

export const everyErrorCoded: Plugin = {
  onResultProcess: ({ result, setResult }) => {
    if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
    const execution = result as ExecutionResult;
    if (!execution.errors?.length) return;
    setResult({ ...execution, errors: execution.errors.map(coded) });
  },
};
