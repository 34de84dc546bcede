import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, openTestApi, resetToSeed } from './support.js';

const api = openTestApi();
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const sourceHits = `query ($query: String!, $first: Int) {
  sourceHits(query: $query, first: $first) { score start end snippet { before match after } source { id title text } }
}`;

describe('searching the sources\' full text', () => {
  it('finds the article by a phrase in its text, and says where it stands so that it can be opened at the hit', async () => {
    const { data, errors, extensions } = await api.query(sourceHits, { query: 'beloofde munitie' });
    expect(errors).toBeUndefined();
    expect(data.sourceHits).toHaveLength(1);
    const [hit] = data.sourceHits;
    expect(hit.source.title).toMatch(/Bachmoet|Bakhmut/i);
    expect(hit.source.text.slice(hit.start, hit.end)).toBe('beloofde munitie');
    expect(hit.snippet.match).toBe('beloofde munitie');
    expect(hit.source.text.slice(hit.start - hit.snippet.before.length, hit.end + hit.snippet.after.length)).toBe(
      hit.snippet.before + hit.snippet.match + hit.snippet.after,
    );
    expect(extensions?.cypherRoundTrips).toBe(1);
  });

  it('ignores case and accents, and takes the last word as the start of a word', async () => {
    const { data, errors } = await api.query(sourceHits, { query: 'OEKRAIENSE azov-bat' });
    expect(errors).toBeUndefined();
    const [hit] = data.sourceHits;
    expect(hit.snippet.match).toBe('Oekraïense Azov-bataljon');
  });

  it('finds nothing for words no source holds', async () => {
    const { data, errors } = await api.query(sourceHits, { query: 'zeppelin' });
    expect(errors).toBeUndefined();
    expect(data.sourceHits).toEqual([]);
  });

  it('refuses a query without a word, and a page beyond its bound', async () => {
    expectError(await api.query(sourceHits, { query: '?! *' }), 'BAD_USER_INPUT', 'query');
    expectError(await api.query(sourceHits, { query: '   ' }), 'BAD_USER_INPUT', 'query');
    expectError(await api.query(sourceHits, { query: 'munitie', first: 21 }), 'BAD_USER_INPUT', 'first');
  });

  it('finds a source imported later', async () => {
    await api.database.runner().write((transaction) =>
      transaction.run(`CREATE (:Node:Source {id: 'source:later', title: 'Later', language: 'en', text: 'The convoy reached Zaporizhzhia at dawn.'})`),
    );
    const { data } = await api.query(sourceHits, { query: 'reached zaporizh' });
    expect(data.sourceHits.map((hit: any) => [hit.source.id, hit.snippet.match])).toEqual([['source:later', 'reached Zaporizhzhia']]);
  });
});
