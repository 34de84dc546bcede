import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const advance = 'statement:azov-advance-2-6-km';
const source = 'source:bakhmut-azov-wagner-2023-05';
const assess = `mutation ($input: AssessStatementInput!) { assessStatement(input: $input) { assessment { by status } statement { verificationStatus verificationNote } } }`;

describe('verification as assessments, each with who, when and whose words', () => {
  it('keeps every check, and the statement\'s status and note are the latest one\'s', async () => {
    const first = await editor(assess, {
      input: { statement: advance, status: 'UNVERIFIED', wording: 'het nieuws kon nog niet onafhankelijk geverifieerd worden', source },
    });
    expect(first.errors).toBeUndefined();
    const second = await api.as(testTokens.admin)(assess, { input: { statement: advance, status: 'PLAUSIBLE', wording: 'Geolocated footage matches the claim.' } });
    expect(second.data.assessStatement).toEqual({
      assessment: { by: 'admin', status: 'PLAUSIBLE' },
      statement: { verificationStatus: 'PLAUSIBLE', verificationNote: 'Geolocated footage matches the claim.' },
    });
    const { data } = await api.query(`{ statement(id: "${advance}") { verificationStatus assessments { by status wording source { id } at } } }`);
    expect(data.statement.assessments.map(({ by, status, source }: any) => [by, status, source?.id ?? null])).toEqual([
      ['editor', 'UNVERIFIED', source],
      ['admin', 'PLAUSIBLE', null],
    ]);
    expect(data.statement.assessments[0].at <= data.statement.assessments[1].at).toBe(true);
  });

  it('refuses a check by a reader, or of a statement that is not there, and writes nothing', async () => {
    expectError(await expectUnchanged(api.database, () => api.as(testTokens.reader)(assess, { input: { statement: advance, status: 'FALSE' } })), 'FORBIDDEN');
    expectError(await expectUnchanged(api.database, () => editor(assess, { input: { statement: 'statement:nothing', status: 'FALSE' } })), 'NOT_FOUND');
  });
});
