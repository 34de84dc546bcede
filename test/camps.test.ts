import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const advance = 'statement:azov-advance-2-6-km';
const corroboration = `query ($id: ID!) { statement(id: $id) { corroboration { independentConfirmations adversarialConfirmers { id } } } }`;

describe('camps that oppose, and ties that start and end', () => {
  it('the seed says Russia opposes Ukraine, since 2014', async () => {
    const { data } = await api.query(`{ organisation(id: "organisation:russian-federation") { opposes { opposes { id } since until } } }`);
    expect(data.organisation.opposes).toEqual([{ opposes: { id: 'organisation:ukraine' }, since: '2014-02', until: null }]);
  });

  it('counts a confirmation from a camp that is merely different as independent, not adversarial', async () => {
    const confirm = await editor(`mutation { addConfirmation(input: { confirmer: "organisation:western-countries", statement: "${advance}", strength: WEAK }) { created } }`);
    expect(confirm.errors).toBeUndefined();
    const { data } = await api.query(corroboration, { id: advance });
    expect(data.statement.corroboration.adversarialConfirmers).toEqual([{ id: 'person:yevgeny-prigozhin' }]);
    expect(data.statement.corroboration.independentConfirmations).toBe(3);
    await editor(`mutation { removeConfirmation(input: { confirmer: "organisation:western-countries", statement: "${advance}" }) { confirmation { strength } } }`);
  });

  it('judges a camp at the date of the statement: an opposition that ended before it makes no admission against interest', async () => {
    const ended = await editor(`mutation { addOpposition(input: { organisation: "organisation:russian-federation", opposes: "organisation:ukraine", until: "2022-01" }) { updatedProperties } }`);
    expect(ended.data.addOpposition.updatedProperties).toEqual(['until']);
    expect((await api.query(corroboration, { id: advance })).data.statement.corroboration.adversarialConfirmers).toEqual([]);
    await editor(`mutation { addOpposition(input: { organisation: "organisation:russian-federation", opposes: "organisation:ukraine", until: null }) { created } }`);
    expect((await api.query(corroboration, { id: advance })).data.statement.corroboration.adversarialConfirmers).toEqual([{ id: 'person:yevgeny-prigozhin' }]);
  });

  it('follows a leadership only while it lasted: Prigozhin led Wagner until August 2023, so a later statement of his has no Wagner camp', async () => {
    const led = await editor(`mutation { addMembership(input: { member: "person:yevgeny-prigozhin", organisation: "organisation:wagner-group", kind: LEADS, until: "2023-08-23" }) { membership { since until } } }`);
    expect(led.errors).toBeUndefined();
    expect(led.data.addMembership.membership).toEqual({ since: null, until: '2023-08-23' });
    const later = await editor(`mutation {
      createStatement(input: { id: "statement:later-claim", text: "Later.", language: "en", date: "2023-09" }) { statement { id } }
      addClaim(input: { actor: "person:yevgeny-prigozhin", statement: "statement:later-claim" }) { created }
      addConfirmation(input: { confirmer: "person:andriy-biletsky", statement: "statement:later-claim", strength: WEAK }) { created }
    }`);
    expect(later.errors).toBeUndefined();
    expect((await api.query(corroboration, { id: 'statement:later-claim' })).data.statement.corroboration.adversarialConfirmers).toEqual([]);
    expect((await api.query(corroboration, { id: advance })).data.statement.corroboration.adversarialConfirmers).toEqual([{ id: 'person:yevgeny-prigozhin' }]);
    const camps = await api.query(`{ person(id: "person:yevgeny-prigozhin") { then: camp(at: "2023-05") { id } later: camp(at: "2023-09") { id } always: camp { id } } }`);
    expect(camps.data.person).toEqual({ then: { id: 'organisation:russian-federation' }, later: null, always: { id: 'organisation:russian-federation' } });
    const ties = await api.query(`{
      person(id: "person:yevgeny-prigozhin") { then: memberships(at: "2023-05") { organisation { id } } later: memberships(at: "2023-09") { organisation { id } } always: memberships { until } }
      organisation(id: "organisation:wagner-group") { then: members(at: "2023-08") { member { id } } later: members(at: "2024") { member { id } } }
    }`);
    expect(ties.errors).toBeUndefined();
    expect(ties.data.person).toEqual({ then: [{ organisation: { id: 'organisation:wagner-group' } }], later: [], always: [{ until: '2023-08-23' }] });
    expect(ties.data.organisation).toEqual({ then: [{ member: { id: 'person:yevgeny-prigozhin' } }], later: [] });
    const drawn = await api.query(`{
      then: graph(center: "person:yevgeny-prigozhin", edgeTypes: [LEADS], at: "2023-05") { nodes { id } omitted { count } }
      later: graph(center: "person:yevgeny-prigozhin", edgeTypes: [LEADS], at: "2023-09") { nodes { id } }
      pathThen: paths(from: "person:yevgeny-prigozhin", to: "organisation:wagner-group", edgeTypes: [LEADS], at: "2023-05") { length }
      pathLater: paths(from: "person:yevgeny-prigozhin", to: "organisation:wagner-group", edgeTypes: [LEADS], at: "2023-09") { length }
    }`);
    expect(drawn.errors).toBeUndefined();
    expect(drawn.data.then.nodes.map(({ id }: { id: string }) => id)).toEqual(['person:yevgeny-prigozhin', 'organisation:wagner-group']);
    expect(drawn.data.later.nodes.map(({ id }: { id: string }) => id)).toEqual(['person:yevgeny-prigozhin']);
    expect(drawn.data.pathThen).toEqual([{ length: 1 }]);
    expect(drawn.data.pathLater).toEqual([]);
  });

  it('refuses an until before its since, and dates on a tie that does not hold for a time', async () => {
    const backwards = () =>
      editor(`mutation { addOpposition(input: { organisation: "organisation:kremlin", opposes: "organisation:ukraine", since: "2023", until: "2022" }) { created } }`);
    expectError(await expectUnchanged(api.database, backwards), 'BAD_USER_INPUT', 'input.until');
    const document = JSON.parse(JSON.stringify((await import('../seed/bakhmut-2023-05.json', { with: { type: 'json' } })).default));
    document.edges.push({ type: 'CLAIMS', from: 'person:roger-housen', to: advance, since: '2023' });
    const imported = await editor(`mutation ($document: JSON!) { importDocument(input: { document: $document, dryRun: true }) { dryRun } }`, { document });
    expect(expectError(imported, 'BAD_USER_INPUT').message).toContain('hold for a time');
  });
});
