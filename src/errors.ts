import { GraphQLError } from 'graphql';
import type { AmbiguousEntityError } from './import/resolution.js';

/** Errors a caller can fix. Anything else thrown stays masked by yoga. */
export function badInput(field: string, problem: string): GraphQLError {
  return new GraphQLError(`${field}: ${problem}`, {
    extensions: { code: 'BAD_USER_INPUT', field },
  });
}

export function notFound(id: string): GraphQLError {
  return new GraphQLError(`No node has the id "${id}".`, {
    extensions: { code: 'NOT_FOUND', id },
  });
}

export function relationshipNotFound(type: string, id: string): GraphQLError {
  return new GraphQLError(`There is no such ${type} relationship: "${id}".`, {
    extensions: { code: 'NOT_FOUND', id },
  });
}

export function unauthenticated(problem = 'This needs a token: send the header "Authorization: Bearer <token>".'): GraphQLError {
  return new GraphQLError(problem, { extensions: { code: 'UNAUTHENTICATED' } });
}

/** An entity whose spellings name more than one entity: `field` is the input that holds it. */
export function ambiguousEntity(field: string, error: AmbiguousEntityError): GraphQLError {
  return badInput(field, error.message);
}

export function queryTimedOut(): GraphQLError {
  return new GraphQLError('The query took too long and was stopped; narrow it (smaller depth, limit or date range).', {
    extensions: { code: 'QUERY_TIMEOUT' },
  });
}

export function databaseUnavailable(): GraphQLError {
  return new GraphQLError('The database is not answering; try again shortly.', {
    extensions: { code: 'DATABASE_UNAVAILABLE' },
  });
}
