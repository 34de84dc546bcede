import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';
import { advance } from './seed-ids.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

describe('who drew an inference, and what was hedged', () => {
  it('records Prigozhin\'s confirmations of the Azov reports as Housen\'s inference, not as Prigozhin\'s act', async () => {
    const { data } = await api.query(`{ statement(id: "${advance}") { confirmations { confirmer { name } basis inferredBy { name } } } }`);
    expect(data.statement.confirmations).toContainEqual({ confirmer: { name: 'Yevgeny Prigozhin' }, basis: 'INFERRED', inferredBy: { name: 'Roger Housen' } });
    expect(data.statement.confirmations).toContainEqual({ confirmer: { name: 'Roger Housen' }, basis: 'STATED', inferredBy: null });
  });

  it('the corroboration summary answers each confirmation with its strength, basis and inferrer, and counts stated and inferred apart', async () => {
    const { data, errors } = await api.query(`{ statement(id: "${advance}") {
      confirmations { confirmer { id } strength basis inferredBy { id } }
      corroboration { statedConfirmations inferredConfirmations confirmations { confirmer { id } strength basis inferredBy { id name } } }
    } }`);
    expect(errors).toBeUndefined();
    const { confirmations, corroboration } = data.statement;
    const summarized = corroboration.confirmations.map(({ inferredBy, ...rest }: any) => ({ ...rest, inferredBy: inferredBy && { id: inferredBy.id } }));
    expect(summarized).toEqual(expect.arrayContaining(confirmations));
    expect(summarized).toHaveLength(confirmations.length);
    expect(corroboration.confirmations).toContainEqual({
      confirmer: { id: 'person:yevgeny-prigozhin' },
      strength: 'STRONG',
      basis: 'INFERRED',
      inferredBy: { id: 'person:roger-housen', name: 'Roger Housen' },
    });
    expect(corroboration.inferredConfirmations).toBe(confirmations.filter((confirmation: any) => confirmation.basis === 'INFERRED').length);
    expect(corroboration.statedConfirmations + corroboration.inferredConfirmations).toBe(confirmations.length);
    // The statement, then its corroboration with the inferrers' names: no round trip more for them.
    const alone = await api.query(`{ statement(id: "${advance}") { corroboration { confirmations { inferredBy { name } } } } }`);
    expect(alone.extensions?.cypherRoundTrips).toBe(2);
  });

  it('the actor network weighs what was stated and what was inferred apart', async () => {
    const { data, errors } = await api.query(`{
      actorNetwork { edges { type source target weight statedWeight inferredWeight statementIds } }
      graph(center: "${advance}", depth: 1) { edges { type inferredWeight } }
    }`);
    expect(errors).toBeUndefined();
    const prigozhinBacksBiletsky = data.actorNetwork.edges.find(
      (edge: any) => edge.type === 'CORROBORATES' && edge.source === 'person:yevgeny-prigozhin' && edge.target === 'person:andriy-biletsky',
    );
    expect(prigozhinBacksBiletsky.inferredWeight).toBeGreaterThan(0);
    for (const edge of data.actorNetwork.edges) expect(edge.statedWeight + edge.inferredWeight).toBe(edge.weight);
    expect(data.actorNetwork.edges.filter((edge: any) => edge.type === 'BLAMES').every((edge: any) => edge.inferredWeight === 0)).toBe(true);
    expect(data.graph.edges.every((edge: any) => edge.inferredWeight === null)).toBe(true);
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
    expect(expectError(imported, 'BAD_USER_INPUT').message).toContain('only CONFIRMS and DISPUTES are STATED');
  });
});
