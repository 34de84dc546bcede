import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, resetToSeed } from './support.js';

const api = openTestApi();
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);

describe('lists as Relay connections', () => {
  it('pages through people with first/after, in id order, and counts them all', async () => {
    const first = await api.query(`{ people(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`);
    expect(first.data.people.totalCount).toBe(4);
    expect(ids(first.data.people)).toEqual(['person:andriy-biletsky', 'person:roger-housen']);
    expect(first.data.people.pageInfo.hasNextPage).toBe(true);
    const second = await api.query(`query ($after: String) { people(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { id } } } }`, {
      after: first.data.people.pageInfo.endCursor,
    });
    expect(ids(second.data.people)).toEqual(['person:vladimir-putin', 'person:yevgeny-prigozhin']);
    expect(second.data.people.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a cursor that no page of the list gave out, as BAD_USER_INPUT naming the argument', async () => {
    for (const [argument, cursor] of [['after', 'garbage'], ['before', ''], ['after', 'person:'], ['after', '2023-05-01|statement:x']]) {
      const { errors } = await api.query(`query ($cursor: String) { people(first: 2, ${argument}: $cursor) { totalCount } }`, { cursor });
      expect(errors?.[0]?.extensions, `${argument}: "${cursor}"`).toMatchObject({ code: 'BAD_USER_INPUT', field: argument });
    }
    const { errors } = await api.query(`{ timeline(first: 2, after: "garbage|statement:x") { totalCount } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('filters entities by any spelling of a name, ignoring case and accents', async () => {
    const { data } = await api.query(`{
      dutch: places(filter: { name: "bachmoet" }) { edges { node { id } } }
      accented: organisations(filter: { name: "OEKRAINE" }) { edges { node { id } } }
    }`);
    expect(ids(data.dutch)).toEqual(['place:bakhmut']);
    expect(ids(data.accented)).toEqual(['organisation:ukraine']);
  });

  it('filters statements by actor, by mentioned entity, by status and by language', async () => {
    const { data } = await api.query(`{
      byPrigozhin: statements(first: 50, filter: { actor: "person:yevgeny-prigozhin" }) { totalCount edges { node { id } } }
      aboutWagner: statements(first: 50, filter: { mentions: "organisation:wagner-group" }) { totalCount }
      unverified: statements(first: 50, filter: { status: [UNVERIFIED], actor: "person:andriy-biletsky" }) { edges { node { id } } }
      english: statements(first: 50, filter: { language: "en" }) { totalCount }
    }`);
    expect(ids(data.byPrigozhin)).toEqual(
      expect.arrayContaining([
        'statement:wagner-lost-500-soldiers-and-3-km2',
        'statement:azov-advance-2-6-km',
        'statement:prigozhin-took-back-withdrawal-threat',
      ]),
    );
    expect(data.byPrigozhin.totalCount).toBe(data.byPrigozhin.edges.length);
    expect(data.aboutWagner.totalCount).toBeGreaterThan(0);
    expect(ids(data.unverified)).toContain('statement:azov-advance-2-6-km');
    expect(data.english.totalCount).toBe(0);
  });

  it('reads language filters as BCP 47 in any case, and answers NOT_FOUND for a filter naming a node that is not there', async () => {
    const { data } = await api.query(`{ lower: statements(filter: { language: "nl" }) { totalCount } upper: statements(filter: { language: "NL" }) { totalCount } }`);
    expect(data.lower.totalCount).toBeGreaterThan(10);
    expect(data.upper.totalCount).toBe(data.lower.totalCount);
    for (const document of [
      '{ statements(filter: { actor: "person:nobody-at-all" }) { totalCount edges { node { id } } } }',
      '{ statements(filter: { mentions: "place:atlantis" }) { edges { node { id } } } }',
      '{ timeline(entity: "person:nobody-at-all") { edges { node { id } } } }',
      '{ actorNetwork(filter: { actors: ["person:nobody-at-all"] }) { nodes { id } } }',
    ]) {
      const { errors } = await api.query(document);
      expect(errors?.[0]?.extensions, document).toMatchObject({ code: 'NOT_FOUND' });
    }
    const known = await api.query('{ statements(filter: { actor: "person:roger-housen", language: "en" }) { totalCount } }');
    expect(known).toMatchObject({ data: { statements: { totalCount: 0 } } });
    expect(known.errors).toBeUndefined();
  });

  it('a statement dated only to May 2023 lies in any range that overlaps May, and outside ranges that do not', async () => {
    const { data } = await api.query(`{
      midMay: statements(filter: { from: "2023-05-20", to: "2023-06-10" }) { totalCount }
      year: statements(filter: { from: "2023", to: "2023" }) { totalCount }
      april: statements(filter: { to: "2023-04-30" }) { totalCount }
      june: statements(filter: { from: "2023-06" }) { totalCount }
      all: statements { totalCount }
    }`);
    expect(data.midMay.totalCount).toBe(data.all.totalCount);
    expect(data.year.totalCount).toBe(data.all.totalCount);
    expect(data.april.totalCount).toBe(0);
    expect(data.june.totalCount).toBe(0);
  });
});
