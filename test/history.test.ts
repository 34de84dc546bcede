import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
const admin = api.as(testTokens.admin);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const revisionFields = 'at by action changes { field from to }';
const historyOf = async (id: string) => {
  const { data, errors } = await api.query(`query ($id: ID!) { history(id: $id) { ${revisionFields} } }`, { id });
  expect(errors).toBeUndefined();
  return data.history as { at: string; by: string; action: string; changes: { field: string; from: unknown; to: unknown }[] }[];
};

describe('the edit history', () => {
  it('lists who created, changed and deleted a person, and what changed, after the person is gone', async () => {
    const created = await editor(`mutation { createPerson(input: { name: "Ivan Historyk", description: "A colonel" }) { person { id } } }`);
    expect(created.errors).toBeUndefined();
    const id = created.data.createPerson.person.id;
    const updated = await editor(`mutation ($id: ID!) { updatePerson(input: { id: $id, description: "A general" }) { person { id } } }`, { id });
    expect(updated.errors).toBeUndefined();
    const mention = await editor(
      `mutation ($id: ID!) { addMention(input: { statement: "statement:azov-advance-2-6-km", entity: $id }) { mention { createdBy history { by action } } } }`,
      { id },
    );
    expect(mention.errors).toBeUndefined();
    expect(mention.data.addMention.mention).toEqual({ createdBy: 'editor', history: [{ by: 'editor', action: 'CREATE' }] });

    const { data } = await api.query(`query ($id: ID!) { person(id: $id) { history { by action changes { field from to } } } }`, { id });
    expect(data.person.history.map((revision: any) => [revision.action, revision.by])).toEqual([
      ['CREATE', 'editor'],
      ['UPDATE', 'editor'],
    ]);
    expect(data.person.history[1].changes).toEqual([{ field: 'description', from: 'A colonel', to: 'A general' }]);

    const deleted = await admin(`mutation ($id: ID!) { deletePerson(input: { id: $id, cascade: true }) { deletedId } }`, { id });
    expect(deleted.errors).toBeUndefined();
    const history = await historyOf(id);
    expect(history.map((revision) => [revision.action, revision.by])).toEqual([
      ['CREATE', 'editor'],
      ['UPDATE', 'editor'],
      ['DELETE', 'admin'],
    ]);
    expect(history[0]!.changes).toContainEqual({ field: 'name', from: null, to: 'Ivan Historyk' });
    expect(history[2]!.changes).toContainEqual({ field: 'description', from: 'A general', to: null });
    expect(history.map((revision) => revision.at)).toEqual([...history.map((revision) => revision.at)].sort());

    // The mention that went with the person leaves its own record.
    const mentionHistory = await historyOf(`mentions:statement:azov-advance-2-6-km->${id}`);
    expect(mentionHistory.map((revision) => [revision.action, revision.by])).toEqual([
      ['CREATE', 'editor'],
      ['DELETE', 'admin'],
    ]);
  });

  it('records who added and removed a PART_OF relationship, and nothing for adding it again', async () => {
    const add = `mutation { addPartOf(input: { organisation: "organisation:telegram", partOf: "organisation:western-countries" }) {
      created relationship { createdBy history { by action } } } }`;
    const added = await editor(add);
    expect(added.errors).toBeUndefined();
    expect(added.data.addPartOf).toEqual({ created: true, relationship: { createdBy: 'editor', history: [{ by: 'editor', action: 'CREATE' }] } });
    await expectUnchanged(api.database, () => editor(add));
    expect((await admin(`mutation { removePartOf(input: { organisation: "organisation:telegram", partOf: "organisation:western-countries" }) { organisation { id } } }`)).errors).toBeUndefined();
    const history = await historyOf('part_of:organisation:telegram->organisation:western-countries');
    expect(history.map((revision) => [revision.action, revision.by, revision.changes])).toEqual([
      ['CREATE', 'editor', []],
      ['DELETE', 'admin', []],
    ]);
    expect(await historyOf('part_of:organisation:wagner-group->organisation:russian-federation')).toMatchObject([{ by: 'seed', action: 'CREATE' }]);
  });

  it('shows on a relationship who changed which of its fields', async () => {
    const membership = (role: string) =>
      `mutation { addMembership(input: { member: "person:roger-housen", organisation: "organisation:ukrainian-and-western-analysts", kind: MEMBER_OF, role: "${role}" }) {
        membership { history { by action changes { field from to } } } } }`;
    expect((await editor(membership('colonel'))).errors).toBeUndefined();
    const { data, errors } = await admin(membership('ex-colonel'));
    expect(errors).toBeUndefined();
    const history = data.addMembership.membership.history;
    expect(history.at(-1)).toEqual({ by: 'admin', action: 'UPDATE', changes: [{ field: 'role', from: 'colonel', to: 'ex-colonel' }] });
    expect(history.at(-2)).toMatchObject({ by: 'editor' });
  });

  it('adds no revision for a write that changes nothing', async () => {
    const update = `mutation { updatePerson(input: { id: "person:roger-housen", description: "Retired Belgian colonel" }) { person { id } } }`;
    expect((await editor(update)).errors).toBeUndefined();
    const before = await historyOf('person:roger-housen');
    await expectUnchanged(api.database, () => editor(update));
    expect(await historyOf('person:roger-housen')).toEqual(before);
  });

  it('records the seed as the creator of what it loaded, in one round trip for every node listed', async () => {
    const { data, errors, extensions } = await api.query(`{ people(first: 5) { edges { node { id history { by action } } } } }`);
    expect(errors).toBeUndefined();
    for (const { node } of data.people.edges) expect(node.history[0]).toEqual({ by: 'seed', action: 'CREATE' });
    expect(extensions?.cypherRoundTrips).toBeLessThanOrEqual(2);
  });
});
