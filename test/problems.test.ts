import { describe, expect, it } from 'vitest';
import {
  DatabaseUnavailable,
  InvalidInput,
  MissingNode,
  MissingRelationship,
  QueryTimedOut,
  QueryTooLarge,
} from '../src/model/problems.js';
import { codedProblem } from '../src/schema/lib/problems.js';

describe('the problems the layers below GraphQL throw', () => {
  it.each([
    [new InvalidInput('aliases.2', 'must not be empty'), { code: 'BAD_USER_INPUT', field: 'input.aliases.2' }],
    [new MissingNode('person:nobody'), { code: 'NOT_FOUND', id: 'person:nobody' }],
    [new MissingRelationship('CLAIMS', 'claims:a->b'), { code: 'NOT_FOUND', id: 'claims:a->b' }],
    [new QueryTimedOut(), { code: 'QUERY_TIMEOUT' }],
    [new QueryTooLarge(), { code: 'QUERY_TOO_LARGE' }],
    [new DatabaseUnavailable(), { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } }],
  ])('%s reaches the caller with its code', (problem, extensions) => {
    expect(codedProblem(problem, 'input.')?.extensions).toMatchObject(extensions);
  });

  it('leaves any other error to be masked', () => {
    expect(codedProblem(new TypeError('x is undefined'))).toBeUndefined();
  });
});
