import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const advance = 'statement:azov-advance-2-6-km';

describe('who drew an inference, and what was hedged', () => {
  it('records Prigozhin\'s confirmations of the Azov reports as Housen\'s inference, not as Prigozhin\'s act', async () => {
    const { data } = await api.query(`{ statement(id: "${advance}") { confirmations { confirmer { name } basis inferredBy { name } } } }`);
    expect(data.statement.confirmations).toContainEqual({ confirmer: { name: 'Yevgeny Prigozhin' }, basis: 'INFERRED', inferredBy: { name: 'Roger Housen' } });
    expect(data.statement.confirmations).toContainEqual({ confirmer: { name: 'Roger Housen' }, basis: 'STATED', inferredBy: null });
  });

  it('marks the claim the article reports with "zouden" as hedged', async () => {
    const { data } = await api.query(`{ statement(id: "statement:two-russian-companies-eliminated") { claims { hedged } } }`);
    expect(data.statement.claims.map((claim: { hedged: boolean }) => claim.hedged)).toContain(true);
  });

  it('refuses an inference that names no one, a basis on a claim, and an inference by a place', async () => {
    const confirm = (extra: string) =>
      editor(`mutation { addConfirmation(input: { confirmer: "person:roger-housen", statement: "${advance}", strength: WEAK, ${extra} }) { created } }`);
    expectError(await expectUnchanged(api.database, () => confirm('basis: INFERRED')), 'BAD_USER_INPUT', 'input.inferredBy');
    expectError(await expectUnchanged(api.database, () => confirm('basis: INFERRED, inferredBy: "place:bakhmut"')), 'BAD_USER_INPUT');
    const seed = JSON.parse(await readFile(new URL('../seed/bakhmut-2023-05.json', import.meta.url), 'utf8'));
    seed.edges.push({ type: 'CLAIMS', from: 'person:roger-housen', to: advance, basis: 'STATED' });
    const imported = await editor(`mutation ($document: JSON!) { importDocument(input: { document: $document, dryRun: true }) { dryRun } }`, { document: seed });
    expect(expectError(imported, 'BAD_USER_INPUT').message).toContain('only CONFIRMS and DISPUTES have a basis');
  });
});
