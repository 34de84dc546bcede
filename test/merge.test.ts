import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';
import { threat as seedThreat } from './seed-ids.js';

const api = openTestApi();
const admin = api.as(testTokens.admin);
const editor = api.as(testTokens.editor);
const articleThreat = 'statement:wagner-dreigt-bachmoet-te-verlaten';
const merge = `mutation ($keep: ID!, $retire: ID!) { mergeStatements(input: { keep: $keep, retire: $retire }) { retiredId movedRelationships statement { id } } }`;
const statementFields = `id text verificationStatus claims { actor { id } quote } sources { source { id } quote start end } mentions { id }`;

beforeAll(async () => {
  await resetToSeed(api.database);
  const document = JSON.parse(await readFile(new URL('fixtures/prigozjin-dreigt-2023-05.json', import.meta.url), 'utf8'));
  const imported = await editor(`mutation ($document: JSON!) { importDocument(input: { document: $document }) { sourceId } }`, { document });
  expect(imported.errors).toBeUndefined();
});
afterAll(() => api.close());

describe('merging two statements found to be one claim', () => {
  it('is for admins only, and never merges a statement into itself', async () => {
    expectError(await expectUnchanged(api.database, () => editor(merge, { keep: seedThreat, retire: articleThreat })), 'FORBIDDEN');
    expectError(await expectUnchanged(api.database, () => admin(merge, { keep: seedThreat, retire: seedThreat })), 'BAD_USER_INPUT', 'input.retire');
  });

  it('keeps one statement with both appearances and every claim, records the merge, and the retired id still answers', async () => {
    const before = await api.query(`{ kept: statement(id: "${seedThreat}") { ${statementFields} } retired: statement(id: "${articleThreat}") { ${statementFields} } }`);
    const { kept, retired } = before.data;
    const merged = await admin(merge, { keep: seedThreat, retire: articleThreat });
    expect(merged.errors).toBeUndefined();
    expect(merged.data.mergeStatements).toMatchObject({ retiredId: articleThreat, statement: { id: seedThreat } });

    const after = (await api.query(`{ statement(id: "${seedThreat}") { ${statementFields} history { action changes { field to } } } }`)).data.statement;
    expect(after.text).toBe(kept.text);
    expect(after.verificationStatus).toBe(kept.verificationStatus);
    const appearances = (statement: any) => statement.sources.map(({ source, start }: any) => `${source.id}@${start}`).sort();
    expect(appearances(after)).toEqual([...appearances(kept), ...appearances(retired)].sort());
    const claimants = (statement: any) => [...new Set(statement.claims.map(({ actor }: any) => actor.id))].sort();
    expect(claimants(after)).toEqual([...new Set([...claimants(kept), ...claimants(retired)])].sort());
    // Where both had a claim by the same actor, the kept statement's own quote stays.
    for (const claim of kept.claims) expect(after.claims).toContainEqual(claim);
    expect(after.history).toContainEqual({ action: 'UPDATE', changes: [{ field: 'mergedFrom', to: articleThreat }] });

    const byOldId = await api.query(`{
      statement(id: "${articleThreat}") { id }
      node(id: "${articleThreat}") { id }
      nodes(ids: ["${articleThreat}", "${seedThreat}"]) { id }
    }`);
    expect(byOldId.errors).toBeUndefined();
    expect(byOldId.data).toEqual({ statement: { id: seedThreat }, node: { id: seedThreat }, nodes: [{ id: seedThreat }, { id: seedThreat }] });
    const retiredHistory = await api.query(`{ history(id: "${articleThreat}") { action } }`);
    expect(retiredHistory.data.history.map(({ action }: any) => action)).toContain('DELETE');
  });
});
