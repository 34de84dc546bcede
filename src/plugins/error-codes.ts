import type { ExecutionResult, GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Every error leaves with an `extensions.code`. Errors graphql-js and yoga raise about the request itself
 * (a body that is no JSON, a missing CSRF header, a missing variable) come without one; they are the
 * caller's to fix. Nothing of the request is echoed: only the message (cut short), its locations and path.
 */
/** graphql-js quotes a value it rejects in its message; a long value is cut, so a request is never echoed back. */
const maxMessageLength = 400;

/** graphql-js's words for a variable or argument value that is missing or of the wrong type. */
const aboutInputValues = /^(Variable "\$|Argument ")/;

function coded(error: GraphQLError): GraphQLError {
  const code = error.extensions?.['code'];
  const message = error.message.length > maxMessageLength ? `${error.message.slice(0, maxMessageLength)}…` : error.message;
  if (typeof code === 'string' && error.originalError === undefined && message === error.message) return error;
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
