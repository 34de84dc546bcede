import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed, seedDocuments } from '../src/writes/seed.js';
import { countGraph, openTestApi, resetToSeed } from './support.js';

const api = openTestApi();
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

describe('the seed article', () => {
  it('keeps the full Dutch text, dated to the month', async () => {
    const { data } = await api.query(`{
      sources(first: 10) { totalCount edges { node { id language published publishedPrecision text } } }
    }`);
    expect(data.sources.totalCount).toBe(1);
    const source = data.sources.edges[0].node;
    expect(source).toMatchObject({ language: 'nl', published: '2023-05', publishedPrecision: 'MONTH' });
    expect(source.text.startsWith('Volgens Andriy Biletski, de opperbevelhebber')).toBe(true);
    expect(source.text).toContain('springplank om de omringende steden');
  });

  it('quotes every statement exactly: the source text between the offsets equals the quote', async () => {
    const { data } = await api.query(`{
      sources(first: 1) { edges { node { text statements(first: 100) { totalCount edges { node { quote start end statement { id } } } } } } }
    }`);
    const { text, statements: connection } = data.sources.edges[0].node;
    const statements = connection.edges.map(({ node }: any) => node);
    expect(statements).toHaveLength(connection.totalCount);
    expect(statements.length).toBeGreaterThanOrEqual(12);
    for (const { quote, start, end } of statements) {
      expect(text.slice(start, end)).toBe(quote);
    }
  });

  it('reports at least a dozen statements, each with a claimant and a source', async () => {
    const { data } = await api.query(`{
      statements(first: 100) { totalCount edges { node { id claims { actor { id } } sources { quote } } } }
    }`);
    expect(data.statements.totalCount).toBeGreaterThanOrEqual(12);
    for (const { node } of data.statements.edges) {
      expect(node.claims.length, node.id).toBeGreaterThan(0);
      expect(node.sources.length, node.id).toBeGreaterThan(0);
    }
  });

  it('says in the source\'s own words that Biletsky\'s claim could not be verified', async () => {
    const { data } = await api.query(`{ statement(id: "statement:azov-advance-2-6-km") { verificationStatus verificationNote date datePrecision } }`);
    expect(data.statement).toEqual({
      verificationStatus: 'UNVERIFIED',
      verificationNote: expect.stringContaining('niet onafhankelijk geverifieerd'),
      date: '2023-05',
      datePrecision: 'MONTH',
    });
  });

  it('loads idempotently: loading twice leaves the same counts', async () => {
    const before = await countGraph(api.database);
    await loadSeed(api.database.runner());
    expect(await countGraph(api.database)).toEqual(before);
    const [document] = await seedDocuments();
    expect(before.nodes).toBe(1 + document!.entities.length + document!.statements.length);
    expect(before.relationships).toBe(document!.edges.length);
  });
});
