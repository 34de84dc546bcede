import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';
import { springboard, symbolic, plausible, losses, threat, reassurances } from './seed-ids.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

describe('statements that answer each other', () => {
  it('says which statements contradict each other, with the words that show it, from either side', async () => {
    const { data, errors } = await api.query(`{
      springboard: statement(id: "${springboard}") { contradicts { quote contradicts { id } } }
      symbolic: statement(id: "${symbolic}") { contradictedBy { statement { id } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.springboard.contradicts).toEqual([{ quote: 'De Russische president Poetin en zijn legertop zien dat anders', contradicts: { id: symbolic } }]);
    expect(data.symbolic.contradictedBy).toEqual([{ statement: { id: springboard } }]);
  });

  it('links Housen\'s judgement to the statement it rests on, and the Kremlin\'s reassurances to the threat they answer', async () => {
    const { data } = await api.query(`{
      plausible: statement(id: "${plausible}") { supportedBy { statement { id } } }
      threat: statement(id: "${threat}") { responses { statement { id } quote } }
    }`);
    expect(data.plausible.supportedBy).toEqual([{ statement: { id: losses } }]);
    expect(data.threat.responses[0].statement.id).toBe(reassurances);
  });

  it('derives in the actor network that the claimants of contradicting statements contradict each other', async () => {
    const added = await editor(`mutation { addContradiction(input: { statement: "${plausible}", other: "${reassurances}" }) { created } }`);
    expect(added.errors).toBeUndefined();
    const { data } = await api.query(`{ actorNetwork(limit: 50) { edges { type source target statementIds } } }`);
    const derived = data.actorNetwork.edges.filter((edge: any) => edge.type === 'CONTRADICTS' && edge.statementIds.includes(plausible));
    expect(derived.map((edge: any) => edge.source)).toContain('person:roger-housen');
    await editor(`mutation { removeContradiction(input: { statement: "${plausible}", other: "${reassurances}" }) { statement { id } } }`);
  });

  it('refuses a statement that contradicts itself, and writes nothing', async () => {
    const error = expectError(
      await expectUnchanged(api.database, () => editor(`mutation { addSupport(input: { statement: "${losses}", other: "${losses}" }) { created } }`)),
      'BAD_USER_INPUT',
      'input.other',
    );
    expect(error.message).toContain('may not join a node to itself');
  });

  it('draws them in the graph once each, and the graph of a statement reaches the one it contradicts', async () => {
    const { data } = await api.query(`{ graph(center: "${springboard}", depth: 1, edgeTypes: [CONTRADICTS]) { nodes { id } edges { type source target } } }`);
    expect(data.graph.edges).toEqual([{ type: 'CONTRADICTS', source: springboard, target: symbolic }]);
  });
});
