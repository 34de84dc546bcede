import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, resetToSeed } from './support.js';

const api = openTestApi();
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

async function topHit(query: string, kinds?: string[]) {
  const { data, errors } = await api.query(`query ($query: String!, $kinds: [NodeKind!]) { search(query: $query, kinds: $kinds) { score node { id } } }`, {
    query,
    kinds,
  });
  expect(errors).toBeUndefined();
  return data.search[0]?.node.id;
}

describe('search across spellings', () => {
  it.each(['Prigozhin', 'Prigozjin', 'Пригожин', 'prigojine', 'Jevgeni Prigozjin', 'PRIGOZHIN'])('"%s" finds Prigozhin', async (query) => {
    expect(await topHit(query, ['Person'])).toBe('person:yevgeny-prigozhin');
  });

  it.each(['Bakhmut', 'Bachmoet', 'Бахмут', 'bakhmout'])('"%s" finds Bakhmut', async (query) => {
    expect(await topHit(query, ['Place'])).toBe('place:bakhmut');
  });

  it.each([
    ['Prigoz', 'person:yevgeny-prigozhin'],
    ['Prigozj', 'person:yevgeny-prigozhin'],
    ['Пригож', 'person:yevgeny-prigozhin'],
    ['Bakh', 'place:bakhmut'],
    ['Bachm', 'place:bakhmut'],
    ['Wagn', 'organisation:wagner-group'],
  ])('"%s", a name still being typed, already finds %s, showing a spelling that begins so', async (query, id) => {
    const { data, errors } = await api.query(`query ($query: String!) { search(query: $query, first: 3) { matchedName node { id } } }`, { query });
    expect(errors).toBeUndefined();
    expect(data.search[0].node.id).toBe(id);
    expect(data.search[0].matchedName.toLowerCase().split(/\s+/).some((word: string) => word.startsWith(query.toLowerCase()))).toBe(true);
  });

  it.each(['Bakh', 'Prigoz', 'Wagn', 'Jevgeni Prigozjin'])('"%s" ranks its hits alike whether or not it is asked which name matched', async (query) => {
    const ranked = async (fields: string) =>
      (await api.query(`query ($query: String!) { search(query: $query) { ${fields} } }`, { query })).data.search.map((hit: any) => hit.node.id);
    const withNames = await ranked('matchedName node { id }');
    expect(withNames.length).toBeGreaterThan(0);
    expect(await ranked('node { id }')).toEqual(withNames);
    expect(await ranked('score node { id ... on Person { name } }')).toEqual(withNames);
  });

  it('tolerates a one-letter transliteration difference', async () => {
    expect(await topHit('Biletskyi', ['Person'])).toBe('person:andriy-biletsky');
    expect(await topHit('Poetin', ['Person'])).toBe('person:vladimir-putin');
  });

  it('finds statements by their words in Dutch or English, accents ignored', async () => {
    expect(await topHit('vijfhonderd soldaten', ['Statement'])).toBe('statement:wagner-lost-500-soldiers-and-3-km2');
    expect(await topHit('springboard', ['Statement'])).toBe('statement:bakhmut-springboard-to-surrounding-cities');
  });

  it('says which name or alias matched', async () => {
    const { data } = await api.query(`{
      dutch: search(query: "Prigozjin", kinds: [Person]) { matchedName }
      russian: search(query: "Бахмут", kinds: [Place]) { matchedName }
      statement: search(query: "vijfhonderd", kinds: [Statement]) { matchedName }
    }`);
    expect(data.dutch[0].matchedName).toBe('Prigozjin');
    expect(data.russian[0].matchedName).toBe('Бахмут');
    expect(data.statement[0].matchedName).toBeNull();
  });

  it('with transliterate off, matches only the literal spelling and its accent-free form', async () => {
    const search = async (query: string) =>
      (await api.query(`query ($query: String!) { search(query: $query, kinds: [Person, Place], transliterate: false) { matchedName node { id } } }`, { query }))
        .data.search;
    expect((await search('Prigozjin'))[0]).toEqual({ matchedName: 'Prigozjin', node: { id: 'person:yevgeny-prigozhin' } });
    expect(await search('Prigozjn')).toEqual([]);
    expect(await search('Bakhmoet')).toEqual([]);
    expect((await search('Oekraine'))[0].node.id).toBe('place:ukraine');
    expect((await search('Пригожин'))[0].node.id).toBe('person:yevgeny-prigozhin');
  });

  it('searches every kind when none is given, and finds nothing for nonsense', async () => {
    expect(await topHit('Housen')).toBe('person:roger-housen');
    const { data } = await api.query(`{ search(query: "xqzzv") { node { id } } }`);
    expect(data.search).toEqual([]);
  });
});
