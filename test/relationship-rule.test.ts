import { beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectUnchanged, type GraphQLResponse, openTestApi, resetToSeed, testTokens } from './support.js';
import { housen, armedForcesOfUkraine, advance, symbolic } from './seed-ids.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));

/** A document of the seed's nodes, with one relationship. */
const documentWith = (edge: Record<string, unknown>) => ({
  source: { id: 'source:relationship-rule-check', title: 'Rule check', language: 'en', text: 'Roger Housen spoke of the battle.' },
  entities: [
    { id: housen, kind: 'Person', name: 'Roger Housen' },
    { id: armedForcesOfUkraine, kind: 'Organisation', name: 'Armed Forces of Ukraine', organisationKind: 'ARMED_FORCES' },
  ],
  statements: [
    { id: advance, text: 'Azov advanced 2.6 km.', language: 'en' },
    { id: symbolic, text: 'Bakhmut is mostly a symbolic battle.', language: 'en' },
  ],
  edges: [edge],
});

/** The words of a BAD_USER_INPUT without the field it names. */
async function refusal(request: Promise<GraphQLResponse>, field: string): Promise<string> {
  const error = expectError(await expectUnchanged(api.database, () => request), 'BAD_USER_INPUT', field);
  return error.message.slice(`${field}: `.length);
}

const importing = (edge: Record<string, unknown>) =>
  editor(`mutation ($document: JSON!) { importDocument(input: { document: $document }) { sourceId } }`, { document: documentWith(edge) });

describe('one relationship rule for the mutations and importDocument', () => {
  it('refuses a membership that ends before it began, in the same words both ways', async () => {
    const byMutation = await refusal(
      editor(`mutation { addMembership(input: { member: "${housen}", organisation: "${armedForcesOfUkraine}", kind: MEMBER_OF, since: "2023", until: "2022" }) { created } }`),
      'input.until',
    );
    const byImport = await refusal(importing({ type: 'MEMBER_OF', from: housen, to: armedForcesOfUkraine, since: '2023', until: '2022' }), 'input.document.edges.0.until');
    expect(byMutation).toBe('must not come before since (2023)');
    expect(byImport).toBe(byMutation);
  });

  it('refuses a statement that contradicts itself, in the same words both ways', async () => {
    const byMutation = await refusal(editor(`mutation { addContradiction(input: { statement: "${advance}", other: "${advance}" }) { created } }`), 'input.other');
    const byImport = await refusal(importing({ type: 'CONTRADICTS', from: advance, to: advance }), 'input.document.edges.0.to');
    expect(byMutation).toContain('may not join a node to itself');
    expect(byImport).toBe(byMutation);
  });

  it('refuses an inference that names no one, in the same words both ways', async () => {
    const byMutation = await refusal(
      editor(`mutation { addConfirmation(input: { confirmer: "${housen}", statement: "${symbolic}", strength: WEAK, basis: INFERRED }) { created } }`),
      'input.inferredBy',
    );
    const byImport = await refusal(
      importing({ type: 'CONFIRMS', from: housen, to: symbolic, strength: 'WEAK', basis: 'INFERRED' }),
      'input.document.edges.0.inferredBy',
    );
    expect(byMutation).toBe('an inference names whose reasoning it is');
    expect(byImport).toBe(byMutation);
  });
});
