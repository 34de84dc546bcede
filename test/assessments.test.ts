import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';
import { advance, seedSource as source } from './seed-ids.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const assess = `mutation ($input: AssessStatementInput!) { assessStatement(input: $input) { assessment { by status } statement { verificationStatus verificationNote } } }`;

const assessmentsOf = async (id: string) =>
  (await api.query(`{ statement(id: "${id}") { verificationStatus assessments { by status wording source { id } } } }`)).data.statement;

describe('verification as assessments, each with who, when and whose words', () => {
  it('the seed\'s statuses are assessments too: the article\'s own words where it has them', async () => {
    expect(await assessmentsOf(advance)).toEqual({
      verificationStatus: 'UNVERIFIED',
      assessments: [{ by: 'seed', status: 'UNVERIFIED', wording: 'het nieuws kon nog niet onafhankelijk geverifieerd worden', source: { id: source } }],
    });
    expect(await assessmentsOf('statement:bakhmut-mostly-symbolic-battle')).toEqual({
      verificationStatus: 'DISPUTED',
      assessments: [{ by: 'seed', status: 'DISPUTED', wording: null, source: null }],
    });
  });

  it('a status written with a statement, or changed, is an assessment by its writer; the default and other edits are none', async () => {
    const created = await editor(`mutation {
      createStatement(input: { id: "statement:checked-on-creation", text: "Checked.", language: "en", verificationStatus: FALSE, verificationNote: "Footage is from 2022." }) { statement { id } }
      plain: createStatement(input: { id: "statement:not-checked", text: "Not checked.", language: "en" }) { statement { id } }
    }`);
    expect(created.errors).toBeUndefined();
    expect((await assessmentsOf('statement:not-checked')).assessments).toEqual([]);
    await editor(`mutation { updateStatement(input: { id: "statement:checked-on-creation", summary: "A summary" }) { statement { id } } }`);
    await editor(`mutation { updateStatement(input: { id: "statement:checked-on-creation", verificationStatus: PLAUSIBLE }) { statement { id } } }`);
    expect(await assessmentsOf('statement:checked-on-creation')).toEqual({
      verificationStatus: 'PLAUSIBLE',
      assessments: [
        { by: 'editor', status: 'FALSE', wording: 'Footage is from 2022.', source: null },
        { by: 'editor', status: 'PLAUSIBLE', wording: 'Footage is from 2022.', source: null },
      ],
    });
  });

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
      ['seed', 'UNVERIFIED', source],
      ['editor', 'UNVERIFIED', source],
      ['admin', 'PLAUSIBLE', null],
    ]);
    expect(data.statement.assessments[1].at <= data.statement.assessments[2].at).toBe(true);
  });

  it('refuses a check by a reader, or of a statement that is not there, and writes nothing', async () => {
    expectError(await expectUnchanged(api.database, () => api.as(testTokens.reader)(assess, { input: { statement: advance, status: 'FALSE' } })), 'FORBIDDEN');
    expectError(await expectUnchanged(api.database, () => editor(assess, { input: { statement: 'statement:nothing', status: 'FALSE' } })), 'NOT_FOUND');
  });
});
