/*
 * What the layers below GraphQL throw when a request cannot be answered: bad input, a missing node, a database or
 * service that is down or busy. They are plain errors, so that the importer and the command line read them as well
 * as the API; schema/lib/coded-error.ts gives them their codes. Only InvalidInput is an input problem.
 */

/** A value the caller gave that cannot be written or read; `field` is its path in what the caller passed. */
export class InvalidInput extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

export class MissingNode extends Error {
  constructor(readonly id: string) {
    super(`No node has the id "${id}".`);
  }
}

/** The database did not answer in time to connect, or went away. */
export class DatabaseUnavailable extends Error {
  constructor() {
    super('The database is not answering; try again shortly.');
  }
}

/** Subscriptions cannot be served: the events' Redis is not answering. Writes go on regardless. */
export class EventsUnavailable extends Error {
  constructor() {
    super('The events\' Redis is not answering.');
  }
}

/** A client holds as many subscriptions as one may at once. */
export class TooManySubscriptions extends Error {
  constructor(readonly limit: number) {
    super(`One client may hold at most ${limit} subscriptions at once; close one first.`);
  }
}

/** The query ran past the query timeout and was stopped. */
export class QueryTimedOut extends Error {
  constructor() {
    super('The query took too long and was stopped.');
  }
}

/** The database a read reached had not applied the write the client's bookmark names, in the time a read waits for it. */
export class BookmarkNotReached extends Error {
  constructor() {
    super('The write the bookmark names is not visible yet.');
  }
}

/** The query needed more memory than the database allows one transaction. */
export class QueryTooLarge extends Error {
  constructor() {
    super('The query needed more memory than the database allows one query.');
  }
}

export class MissingRelationship extends Error {
  constructor(
    readonly type: string,
    readonly id: string,
  ) {
    super(`There is no such ${type} relationship: "${id}".`);
  }
}

/** Reading an article took longer than one request may take, and was stopped. */
export class SuggestionBudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`Reading the article took longer than ${budgetMs} ms and was stopped.`);
  }
}

/** Every thread that reads articles is busy, and as many requests wait for one as may. */
export class SuggestionsBusy extends Error {
  constructor(readonly capacity: number) {
    super(`${capacity} articles are being read or waiting to be read already; try again shortly.`);
  }
}
