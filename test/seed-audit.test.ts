import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, resetToSeed } from './support.js';

const api = openTestApi();
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

describe('the seed, read again against the article', () => {
  it('Housen\'s "de berichten" are all of Biletsky\'s reports: he confirms each of them', async () => {
    const { data } = await api.query(`{ person(id: "person:andriy-biletsky") { claims(first: 100) { totalCount edges { node { statement { id confirmations { confirmer { id } } } } } } } }`);
    expect(data.person.claims.edges).toHaveLength(data.person.claims.totalCount);
    for (const { node: { statement } } of data.person.claims.edges) {
      expect(statement.confirmations.map(({ confirmer }: any) => confirmer.id), statement.id).toContain('person:roger-housen');
    }
  });

  it('no statement is PLAUSIBLE unless someone in the source says so, in words the seed keeps', async () => {
    const { data } = await api.query(`{ statements(first: 100, filter: { status: [PLAUSIBLE] }) { edges { node { id verificationNote } } } }`);
    for (const { node } of data.statements.edges) expect(node.verificationNote, node.id).toBeTruthy();
  });

  it('the Kremlin\'s reassurances are a promise, unkept in the article\'s words, and Prigozhin taking back his threat is his own statement', async () => {
    const { data } = await api.query(`{
      reassurances: statement(id: "statement:kremlin-ammunition-reassurances") {
        verificationStatus verificationNote disputes { disputer { id } }
        responses { statement { id claims { actor { id } } } }
      }
    }`);
    const reassurances = data.reassurances;
    expect(reassurances).toMatchObject({ verificationStatus: 'UNVERIFIED', verificationNote: null, disputes: [] });
    const answers = Object.fromEntries(reassurances.responses.map(({ statement }: any) => [statement.id, statement.claims.map(({ actor }: any) => actor.id)]));
    expect(answers).toEqual({
      'statement:kremlin-promises-not-kept': ['organisation:publisher-of-the-bakhmut-article'],
      'statement:prigozhin-took-back-withdrawal-threat': ['person:yevgeny-prigozhin'],
    });
  });

  it('what Prigozhin claims is the threat itself, not the reporter\'s account that he made it', async () => {
    const { data } = await api.query(`{ statement(id: "statement:prigozhin-threatened-withdrawal-from-bakhmut") { summary claims { actor { id } } } }`);
    expect(data.statement.claims).toEqual([{ actor: { id: 'person:yevgeny-prigozhin' } }]);
    expect(data.statement.summary).toBe('Prigozhin: Wagner will withdraw from Bakhmut unless the Russian army supplies his troops');
  });

  it('Bakhmut lies in Donbas as well as in Donetsk Oblast, so a Donbas timeline finds what was said about it', async () => {
    const { data } = await api.query(`{ timeline(place: "place:donbas", first: 50) { edges { node { id } } } }`);
    expect(data.timeline.edges.map(({ node }: any) => node.id)).toContain('statement:bakhmut-among-fiercest-battles');
  });
});
