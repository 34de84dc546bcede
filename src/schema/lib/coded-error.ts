import { type GraphQLError } from 'graphql';
import {
  badInput,
  bookmarkNotReached,
  databaseUnavailable,
  eventsUnavailable,
  notFound,
  rateLimited,
  queryTimedOut,
  queryTooLarge,
  relationshipNotFound,
  serverBusy,
  suggestionBudgetExceeded,
} from '../../errors.js';
import {
  BookmarkNotReached,
  DatabaseUnavailable,
  EventsUnavailable,
  InvalidInput,
  MissingNode,
  MissingRelationship,
  QueryTimedOut,
  QueryTooLarge,
  SuggestionBudgetExceeded,
  SuggestionsBusy,
  TooManySubscriptions,
} from '../../model/failures.js';

/**
 * The coded GraphQL error for a failure the layers below GraphQL threw, or undefined for any other error.
 * `fieldPrefix` places an input problem's field in the request, e.g. "input." for a mutation's input.
 */
export function codedError(error: unknown, fieldPrefix = ''): GraphQLError | undefined {
  if (error instanceof InvalidInput) return badInput(`${fieldPrefix}${error.field}`, error.problem);
  if (error instanceof MissingNode) return notFound(error.id);
  if (error instanceof MissingRelationship) return relationshipNotFound(error.type, error.id);
  if (error instanceof QueryTimedOut) return queryTimedOut();
  if (error instanceof QueryTooLarge) return queryTooLarge();
  if (error instanceof BookmarkNotReached) return bookmarkNotReached();
  if (error instanceof DatabaseUnavailable) return databaseUnavailable();
  if (error instanceof EventsUnavailable) return eventsUnavailable();
  if (error instanceof TooManySubscriptions) return rateLimited(error.message);
  if (error instanceof SuggestionBudgetExceeded) return suggestionBudgetExceeded(error.budgetMs);
  if (error instanceof SuggestionsBusy) return serverBusy(error.message);
  return undefined;
}
