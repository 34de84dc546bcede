import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, resetToSeed } from './support.js';

const api = openTestApi();
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

describe('one unknown id costs only its own answer', () => {
  it('an unknown person is null with NOT_FOUND at its field, and the person beside it is answered', async () => {
    const { data, errors } = await api.query(`{ a: person(id: "person:nobody") { name } b: person(id: "person:roger-housen") { name } }`);
    expect(data).toEqual({ a: null, b: { name: 'Roger Housen' } });
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({ path: ['a'], extensions: { code: 'NOT_FOUND' } });
    expect(errors![0]!.message).toContain('person:nobody');
  });

  it.each([
    ['organisation', 'organisation:nobody', 'organisation:wagner-group'],
    ['place', 'place:nowhere', 'place:bakhmut'],
    ['statement', 'statement:never-said', 'statement:azov-advance-2-6-km'],
    ['source', 'source:never-written', 'source:bakhmut-azov-wagner-2023-05'],
    ['node', 'person:nobody', 'place:bakhmut'],
  ])('%s(id:) of an unknown id is null beside an answered field', async (field, unknown, known) => {
    const { data, errors } = await api.query(`{
      unknown: ${field}(id: "${unknown}") { id }
      known: ${field}(id: "${known}") { id }
      people(first: 1) { totalCount }
    }`);
    expect(data?.unknown).toBeNull();
    expect(data?.people.totalCount).toBeGreaterThan(0);
    expect(data?.known).toEqual({ id: known });
    expect(errors).toMatchObject([{ path: ['unknown'], extensions: { code: 'NOT_FOUND' } }]);
    expect(errors![0]!.message).toContain(unknown);
  });

  it('an id of another kind is null for this kind, and NOT_FOUND', async () => {
    const { data, errors } = await api.query(`{ person(id: "place:bakhmut") { name } place(id: "place:bakhmut") { name } }`);
    expect(data).toEqual({ person: null, place: { name: 'Bakhmut' } });
    expect(errors).toMatchObject([{ path: ['person'], extensions: { code: 'NOT_FOUND' } }]);
  });

  it('nodes(ids:) answers each id in its place: the node, null for an unknown id, null for what is no id', async () => {
    const { data, errors } = await api.query(`{
      nodes(ids: ["place:bakhmut", "person:nobody", "nonsense"]) { id ... on Place { name } }
      person(id: "person:roger-housen") { name }
    }`);
    expect(data).toEqual({
      nodes: [{ id: 'place:bakhmut', name: 'Bakhmut' }, null, null],
      person: { name: 'Roger Housen' },
    });
    const byPath = Object.fromEntries(errors!.map((error) => [error.path!.join('.'), error]));
    expect(Object.keys(byPath).sort()).toEqual(['nodes.1', 'nodes.2']);
    expect(byPath['nodes.1']).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(byPath['nodes.1']!.message).toContain('person:nobody');
    expect(byPath['nodes.2']).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'ids.2' } });
    expect(byPath['nodes.2']!.message).toContain('"nonsense" is no claimgraph id');
  });

  it('node(id:) of what is no id is null with BAD_USER_INPUT, and the fields beside it are answered', async () => {
    const { data, errors } = await api.query(`{ node(id: "12345") { id } place(id: "place:bakhmut") { name } }`);
    expect(data).toEqual({ node: null, place: { name: 'Bakhmut' } });
    expect(errors).toMatchObject([{ path: ['node'], extensions: { code: 'BAD_USER_INPUT', field: 'id' } }]);
    expect(errors![0]!.message).toContain('person:yevgeny-prigozhin');
  });

  it('the same id asked twice in nodes(ids:) is answered twice, an unknown one failing twice', async () => {
    const { data, errors } = await api.query(`{ nodes(ids: ["person:nobody", "place:bakhmut", "person:nobody", "place:bakhmut"]) { id } }`);
    expect(data?.nodes).toEqual([null, { id: 'place:bakhmut' }, null, { id: 'place:bakhmut' }]);
    expect(errors!.map((error) => error.path)).toEqual([
      ['nodes', 0],
      ['nodes', 2],
    ]);
  });
});
