import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocuments } from '../src/writes/import.js';
import { openTestApi, resetToSeed, testAccessPolicy, testTokens } from './support.js';

const api = openTestApi(testAccessPolicy(), { responseCacheTtlMs: 60_000 });
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const question = '{ statements(filter: { actor: "person:roger-housen" }) { totalCount edges { node { id summary } } } }';
const hit = (response: any) => response.extensions?.responseCache?.hit ?? false;

describe('the response cache for anonymous reads', () => {
  it('answers a repeated anonymous query from the cache, the same answer', async () => {
    const first = await api.query(question);
    const second = await api.query(question);
    expect(hit(first)).toBe(false);
    expect(hit(second)).toBe(true);
    expect(second.data).toEqual(first.data);
  });

  it('serves nothing cached before a write, through a mutation or an import alike', async () => {
    const before = await api.query(question);
    expect(hit(before)).toBe(true);
    const created = await editor(`mutation {
      createStatement(input: { id: "statement:cached-then-written", text: "Housen again.", language: "en", summary: "Housen again" }) { statement { id } }
      addClaim(input: { actor: "person:roger-housen", statement: "statement:cached-then-written" }) { created }
    }`);
    expect(created.errors).toBeUndefined();
    const after = await api.query(question);
    expect(hit(after)).toBe(false);
    expect(after.data.statements.totalCount).toBe(before.data.statements.totalCount + 1);

    expect(hit(await api.query(question))).toBe(true);
    const document = JSON.parse(JSON.stringify((await import('../seed/bakhmut-2023-05.json', { with: { type: 'json' } })).default));
    document.statements.push({ id: 'statement:imported-while-cached', text: 'Imported.', language: 'en' });
    document.edges.push({ type: 'CLAIMS', from: 'person:roger-housen', to: 'statement:imported-while-cached' });
    const { failed } = await importDocuments(api.database.runner(), [document], { author: 'test' });
    expect(failed).toEqual([]);
    const imported = await api.query(question);
    expect(hit(imported)).toBe(false);
    expect(imported.data.statements.totalCount).toBe(after.data.statements.totalCount + 1);
  });

  it('never caches a request with a token', async () => {
    const reader = api.as(testTokens.reader);
    await reader(question);
    expect(hit(await reader(question))).toBe(false);
  });
});
