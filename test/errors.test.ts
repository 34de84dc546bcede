import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, resetToSeed, testAccessPolicy, testTokens } from './support.js';

const api = openTestApi();
const closedApi = openTestApi(testAccessPolicy(true));
beforeAll(() => resetToSeed(api.database));
afterAll(async () => {
  await api.close();
  await closedApi.close();
});

async function firstError(document: string) {
  const { errors } = await api.query(document);
  expect(errors, document).toBeDefined();
  return errors![0]!;
}

describe('errors a caller can act on', () => {
  it('an unknown id is NOT_FOUND', async () => {
    const error = await firstError(`{ person(id: "person:nobody") { name } }`);
    expect(error.extensions?.code).toBe('NOT_FOUND');
    expect(error.message).toContain('person:nobody');
  });

  it('an id of the wrong kind is NOT_FOUND for that kind', async () => {
    expect((await firstError(`{ person(id: "place:bakhmut") { name } }`)).extensions?.code).toBe('NOT_FOUND');
  });

  it('an id that is no claimgraph id is BAD_USER_INPUT, saying what ids look like', async () => {
    const error = await firstError(`{ node(id: "12345") { id } }`);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('person:yevgeny-prigozhin');
  });

  it.each([
    ['first: 500', 'first', '100'],
    ['first: 0', 'first', '1'],
  ])('a page size out of bounds (%s) is BAD_USER_INPUT naming the bound, never clamped', async (argument, field, bound) => {
    const error = await firstError(`{ statements(${argument}) { edges { node { id } } } }`);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(field);
    expect(error.message).toContain(bound);
  });

  it('a search asking for too many hits is BAD_USER_INPUT naming the bound', async () => {
    const error = await firstError(`{ search(query: "Wagner", first: 1000) { score } }`);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/first.*100/);
  });

  it('a malformed date is BAD_USER_INPUT', async () => {
    const error = await firstError(`{ statements(filter: { from: "May 2023" }) { totalCount } }`);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an empty search is BAD_USER_INPUT', async () => {
    const error = await firstError(`{ search(query: "  ") { score } }`);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('query');
  });
});

describe('an error quotes an excerpt of what it refuses, never the whole', () => {
  const importDocument = 'mutation ($document: JSON!) { importDocument(input: { document: $document }) { sourceId } }';
  const long = 'x'.repeat(200_000);

  it.each([
    ['an unknown key of 200 KB in a document', { [long]: 1 }],
    ['an unknown key of 200 KB in its source', { source: { id: 'source:a', [long]: 1 } }],
    ['a thousand unknown keys', Object.fromEntries(Array.from({ length: 1_000 }, (_, index) => [`unknown${index}`, 1]))],
  ])('%s', async (_name, document) => {
    const response = await api.as(testTokens.editor)(importDocument, { document });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const answer = JSON.stringify(response);
    expect(answer.length).toBeLessThan(5_000);
    expect(answer).not.toMatch(/x{101}/);
    expect(answer).toContain('…');
  });

  it('a long value in a variable of the wrong type', async () => {
    const response = await api.query('query ($kinds: [NodeKind!]) { search(query: "x", kinds: $kinds) { score } }', { kinds: [long] });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response)).not.toMatch(/x{101}/);
  });
});

describe('"Did you mean …" names fields only to a caller who may read the schema', () => {
  const misspelt = '{ peple { totalCount } }';

  it('while reads are open, a misspelt field is answered with the fields it may mean', async () => {
    const { errors } = await api.query(misspelt);
    expect(errors?.[0]?.message).toContain('Did you mean "people"');
  });

  it('while reads need a token, a caller without one hears that the field is unknown, and no more', async () => {
    const { errors } = await closedApi.query(misspelt);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0]?.message).toBe('Cannot query field "peple" on type "Query".');
  });

  it('nor an enum value it may mean, in a variable', async () => {
    const { errors } = await closedApi.query('query ($kinds: [NodeKind!]) { search(query: "x", kinds: $kinds) { score } }', { kinds: ['Persn'] });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).not.toContain('Did you mean');
  });

  it('with a token, the caller may introspect, and hears the suggestion too', async () => {
    const { errors } = await closedApi.as(testTokens.reader)(misspelt);
    expect(errors?.[0]?.message).toContain('Did you mean "people"');
  });
});
