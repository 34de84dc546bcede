import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, openTestApi, resetToSeed } from './support.js';

const api = openTestApi();
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const idsOf = (connection: any) => connection.edges.map(({ node }: any) => node.id).sort();

describe('places contain places', () => {
  it('a place filter finds the statements about the places inside it, as the timeline does', async () => {
    const { data, errors } = await api.query(`{
      ukraine: statements(first: 100, filter: { place: "place:ukraine" }) { totalCount edges { node { id } } }
      mentionsUkraine: statements(first: 100, filter: { mentions: "place:ukraine" }) { totalCount }
      timeline(place: "place:ukraine", first: 100) { totalCount }
      bakhmut: statements(first: 100, filter: { mentions: "place:bakhmut" }) { edges { node { id } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.mentionsUkraine.totalCount).toBe(1);
    expect(data.ukraine.totalCount).toBe(data.timeline.totalCount);
    expect(data.ukraine.totalCount).toBeGreaterThan(data.mentionsUkraine.totalCount);
    expect(idsOf(data.ukraine)).toEqual(expect.arrayContaining(idsOf(data.bakhmut)));
  });

  it('refuses a filter that could never match, saying why', async () => {
    const cases: [string, string][] = [
      ['statements(filter: { from: "2023-06", to: "2023-05" }) { totalCount }', 'filter.to'],
      ['statements(filter: { actor: "place:bakhmut" }) { totalCount }', 'filter.actor'],
      ['statements(filter: { place: "person:yevgeny-prigozhin" }) { totalCount }', 'filter.place'],
      ['facets(filter: { from: "2024", to: "2023-12-31" }) { total }', 'filter.to'],
      ['timeline(from: "2023-06-02", to: "2023-06-01") { totalCount }', 'to'],
      ['actorNetwork(filter: { place: "organisation:wagner-group" }) { nodes { id } }', 'filter.place'],
    ];
    for (const [field, path] of cases) {
      const response = await api.query(`{ ${field} }`);
      expectError(response, 'BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(path.endsWith('to') ? /reversed/ : /must be the id of a/);
    }
  });

  it('a range within one month still matches that month, and an unknown place is NOT_FOUND', async () => {
    const inMonth = await api.query(`{ statements(filter: { from: "2023-05-20", to: "2023-05-21" }) { totalCount } }`);
    expect(inMonth.errors).toBeUndefined();
    expect(inMonth.data.statements.totalCount).toBeGreaterThan(0);
    expectError(await api.query(`{ statements(filter: { place: "place:atlantis" }) { totalCount } }`), 'NOT_FOUND');
  });
});

describe('facets', () => {
  const donbasDisputed = `{
    facets(filter: { place: "place:donbas", status: [DISPUTED] }) {
      total
      statuses { status count }
      periods { period count }
      claimants { actor { id } count }
      blamed { actor { id } count }
      languages { language count }
      places { place { id name } count }
    }
    statements(first: 100, filter: { place: "place:donbas", status: [DISPUTED] }) { totalCount edges { node { id date language claims { actor { id } } } } }
  }`;

  it('count the statements about places in Donbas that are disputed, by month, in one round trip', async () => {
    const { data, errors } = await api.query(donbasDisputed);
    expect(errors).toBeUndefined();
    const { facets, statements } = data;
    const listed = statements.edges.map(({ node }: any) => node);
    expect(facets.total).toBe(statements.totalCount);
    expect(facets.total).toBeGreaterThan(0);
    expect(facets.statuses).toEqual([{ status: 'DISPUTED', count: facets.total }]);
    const byMonth = new Map<string, number>();
    for (const statement of listed) byMonth.set(statement.date.slice(0, 7), (byMonth.get(statement.date.slice(0, 7)) ?? 0) + 1);
    expect(facets.periods).toEqual([...byMonth].sort().map(([period, count]) => ({ period, count })));
    const claimed = new Map<string, number>();
    for (const statement of listed) for (const claim of statement.claims) claimed.set(claim.actor.id, (claimed.get(claim.actor.id) ?? 0) + 1);
    expect(Object.fromEntries(facets.claimants.map(({ actor, count }: any) => [actor.id, count]))).toEqual(Object.fromEntries(claimed));
    expect(facets.languages).toEqual([{ language: 'nl', count: facets.total }]);
    // Every statement is about Donbas (through Bakhmut), and so about Ukraine, which contains Donbas.
    expect(facets.places).toEqual(
      expect.arrayContaining([
        { place: { id: 'place:donbas', name: 'Donbas' }, count: facets.total },
        { place: expect.objectContaining({ id: 'place:ukraine' }), count: facets.total },
      ]),
    );
    // Every facet, with its actors and places, in one query.
    const alone = await api.query(donbasDisputed.replace(/statements\(first.*\n/, ''));
    expect(alone.extensions?.cypherRoundTrips).toBe(1);
  });

  it('a place facet counts what the place filter selects, and the blamed facet who is blamed', async () => {
    const { data, errors } = await api.query(`{ facets(first: 100) { total places { place { id } count } blamed { actor { id } count } } }`);
    expect(errors).toBeUndefined();
    for (const { place, count } of data.facets.places) {
      const filtered = await api.query(`query ($place: ID!) { statements(filter: { place: $place }) { totalCount } }`, { place: place.id });
      expect(filtered.data.statements.totalCount).toBe(count);
    }
    expect(data.facets.blamed).toContainEqual({ actor: { id: 'organisation:russian-military-command' }, count: expect.any(Number) });
  });

  it('are bounded', async () => {
    expectError(await api.query(`{ facets(first: 101) { total } }`), 'BAD_USER_INPUT', 'first');
    const { data } = await api.query(`{ facets(first: 1) { claimants { count } places { count } } }`);
    expect(data.facets.claimants).toHaveLength(1);
    expect(data.facets.places).toHaveLength(1);
  });
});

describe('rankActors with a statement filter', () => {
  it('counts only the statements the filter selects', async () => {
    const { data, errors } = await api.query(`{
      all: rankActors(by: CLAIMS, first: 100) { actor { id } count }
      disputed: rankActors(by: CLAIMS, first: 100, filter: { status: [DISPUTED] }) { actor { id } count }
      facets(first: 100, filter: { status: [DISPUTED] }) { claimants { actor { id } count } }
      nowhere: rankActors(by: CLAIMS, filter: { from: "1990", to: "1990" }) { count }
    }`);
    expect(errors).toBeUndefined();
    expect(data.disputed.length).toBeGreaterThan(0);
    expect(data.disputed.length).toBeLessThan(data.all.length);
    expect(data.disputed).toEqual(data.facets.claimants);
    expect(data.nowhere).toEqual([]);
  });
});

describe('statement text is searched as names are, the last word also as the start of a word', () => {
  it('"ammun" finds the ammunition statement', async () => {
    const { data, errors } = await api.query(`{
      typed: search(query: "ammun", kinds: [Statement]) { node { id } }
      whole: search(query: "ammunition", kinds: [Statement]) { node { id } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.whole.length).toBeGreaterThan(0);
    expect(data.typed.map((hit: any) => hit.node.id)).toEqual(expect.arrayContaining(data.whole.map((hit: any) => hit.node.id)));
  });
});
