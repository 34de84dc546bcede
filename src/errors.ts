import { GraphQLError } from 'graphql';

/** Errors a caller can fix. Anything else thrown stays masked by yoga. */
export function badInput(field: string, problem: string): GraphQLError {
  return new GraphQLError(`${field}: ${problem}`, {
    extensions: { code: 'BAD_USER_INPUT', field },
  });
}

/** A value of a scalar that is not of its form; the input-errors plugin adds the field that holds it. */
export function invalidValue(problem: string): GraphQLError {
  return new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** A path under /export/ that names no export; `available` is the pattern of those that exist. */
export function noSuchExport(path: string, available: string): GraphQLError {
  return new GraphQLError(`No export at ${path.slice(0, 200)}; exports read ${available}.`, { extensions: { code: 'NOT_FOUND' } });
}

/** An id as an error may quote it: no real id is longer, and a request is never echoed back at length. */
const quotedId = (id: string) => (id.length > 200 ? `${id.slice(0, 200)}…` : id);

export function notFound(id: string): GraphQLError {
  return new GraphQLError(`No node has the id "${quotedId(id)}".`, {
    extensions: { code: 'NOT_FOUND', id: quotedId(id) },
  });
}

/** A statement nobody assessed has no verdict to export as a ClaimReview. */
export function notAssessed(id: string): GraphQLError {
  return new GraphQLError(`The statement "${quotedId(id)}" has no assessment, so no ClaimReview; assessStatement gives it one.`, {
    extensions: { code: 'NOT_FOUND', id: quotedId(id) },
  });
}

export function relationshipNotFound(type: string, id: string): GraphQLError {
  return new GraphQLError(`There is no such ${type} relationship: "${quotedId(id)}".`, {
    extensions: { code: 'NOT_FOUND', id: quotedId(id) },
  });
}

/** The HTTP status each code stands for when it fails a whole request: a refusal before execution, or an export. */
export const httpStatusOfCode = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  QUERY_TOO_COMPLEX: 400,
  QUERY_TOO_LARGE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  DATABASE_UNAVAILABLE: 503,
  BOOKMARK_NOT_REACHED: 503,
  EVENTS_UNAVAILABLE: 503,
  SERVER_BUSY: 503,
  QUERY_TIMEOUT: 504,
  SUGGESTION_BUDGET_EXCEEDED: 504,
} as const satisfies Record<string, number>;

/*
 * `http.spec` lets yoga answer these with their status under `application/graphql-response+json`, while a client
 * that accepts only `application/json` gets 200, as the GraphQL-over-HTTP spec asks.
 */
const httpStatus = (code: keyof typeof httpStatusOfCode) => ({ status: httpStatusOfCode[code], spec: true });

export function unauthenticated(message = 'This needs a token: send the header "Authorization: Bearer <token>".'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: httpStatus('UNAUTHENTICATED') } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: httpStatus('FORBIDDEN') } });
}

/** A request refused before it runs because of its size or cost; `measure` names what was too large. */
export function queryTooComplex(message: string, details: Record<string, number | string> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...details, http: httpStatus('QUERY_TOO_COMPLEX') } });
}

export function rateLimited(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'RATE_LIMITED', http: httpStatus('RATE_LIMITED') } });
}

export function idempotencyKeyReused(): GraphQLError {
  return new GraphQLError(
    'This Idempotency-Key was used for a different request; send a new key for a new request.',
    { extensions: { code: 'IDEMPOTENCY_KEY_REUSED', http: httpStatus('IDEMPOTENCY_KEY_REUSED') } },
  );
}

export function queryTimedOut(): GraphQLError {
  return new GraphQLError('The query took too long and was stopped; narrow it (smaller depth, limit or date range).', {
    extensions: { code: 'QUERY_TIMEOUT' },
  });
}

/** The rules read an article for longer than a request may take, and were stopped. */
export function suggestionBudgetExceeded(budgetMs: number): GraphQLError {
  return new GraphQLError(
    `Reading the article took longer than the ${budgetMs} ms one reading may take and was stopped; send a shorter text, or the article in parts.`,
    { extensions: { code: 'SUGGESTION_BUDGET_EXCEEDED', budgetMs, http: httpStatus('SUGGESTION_BUDGET_EXCEEDED') } },
  );
}

/** Work that runs in a bounded pool found it full: refused at once rather than left waiting. */
export function serverBusy(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'SERVER_BUSY', http: httpStatus('SERVER_BUSY') } });
}

/** A body over the limit, refused with 413 before it is read to the end, whatever the client accepts. */
export function requestBodyTooLarge(limitBytes: number): GraphQLError {
  return new GraphQLError(`The request body is larger than the limit of ${limitBytes} bytes.`, {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
  });
}

/** A request that is no well-formed HTTP request for the API, refused with 400 whatever the client accepts. */
export function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

export function queryTooLarge(): GraphQLError {
  return new GraphQLError('The query needed more memory than the database allows one query; narrow it (smaller depth, limit or date range).', {
    extensions: { code: 'QUERY_TOO_LARGE' },
  });
}

export function databaseUnavailable(): GraphQLError {
  return new GraphQLError('The database is not answering; try again shortly.', {
    extensions: { code: 'DATABASE_UNAVAILABLE', http: httpStatus('DATABASE_UNAVAILABLE') },
  });
}

/** A bookmark names a write the database has not applied yet: a replica lags behind, or the write is not there at all. */
export function bookmarkNotReached(): GraphQLError {
  return new GraphQLError('The write named in the Claimgraph-Bookmarks header is not visible to this request yet; try again shortly.', {
    extensions: { code: 'BOOKMARK_NOT_REACHED', http: httpStatus('BOOKMARK_NOT_REACHED') },
  });
}

/** Subscriptions cannot be served, or one was cut: the events' Redis is unreachable. Writes go on regardless. */
export function eventsUnavailable(): GraphQLError {
  return new GraphQLError('New events cannot be delivered right now (their Redis is not answering); subscribe again shortly.', {
    extensions: { code: 'EVENTS_UNAVAILABLE', http: httpStatus('EVENTS_UNAVAILABLE') },
  });
}
