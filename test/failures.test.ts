import { describe, expect, it } from 'vitest';
import {
  DatabaseUnavailable,
  InvalidInput,
  MissingNode,
  MissingRelationship,
  QueryTimedOut,
  QueryTooLarge,
} from '../src/model/failures.js';
import { codedError } from '../src/schema/lib/coded-error.js';

describe('the failures the layers below GraphQL throw', () => {
  it.each([
    [new InvalidInput('aliases.2', 'must not be empty'), { code: 'BAD_USER_INPUT', field: 'input.aliases.2' }],
    [new MissingNode('person:nobody'), { code: 'NOT_FOUND', id: 'person:nobody' }],
    [new MissingRelationship('CLAIMS', 'claims:a->b'), { code: 'NOT_FOUND', id: 'claims:a->b' }],
    [new QueryTimedOut(), { code: 'QUERY_TIMEOUT' }],
    [new QueryTooLarge(), { code: 'QUERY_TOO_LARGE' }],
    [new DatabaseUnavailable(), { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } }],
  ])('%s reaches the caller with its code', (failure, extensions) => {
    expect(codedError(failure, 'input.')?.extensions).toMatchObject(extensions);
  });

  it('leaves any other error to be masked', () => {
    expect(codedError(new TypeError('x is undefined'))).toBeUndefined();
  });
});
