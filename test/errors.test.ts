import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, resetToSeed } from './support.js';

const api = openTestApi();
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

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
