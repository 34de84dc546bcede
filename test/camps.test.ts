import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';
import { advance } from './seed-ids.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const corroboration = `query ($id: ID!) { statement(id: $id) { corroboration { independentConfirmations adversarialConfirmers { id } } } }`;

describe('camps that oppose, and relationships that start and end', () => {
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
    const memberships = await api.query(`{
      person(id: "person:yevgeny-prigozhin") { then: memberships(at: "2023-05") { organisation { id } } later: memberships(at: "2023-09") { organisation { id } } always: memberships { until } }
      organisation(id: "organisation:wagner-group") {
        then: members(at: "2023-08", first: 100) { totalCount edges { node { member { id } } } }
        later: members(at: "2024", first: 100) { totalCount edges { node { member { id } } } }
      }
    }`);
    expect(memberships.errors).toBeUndefined();
    expect(memberships.data.person).toEqual({ then: [{ organisation: { id: 'organisation:wagner-group' } }], later: [], always: [{ until: '2023-08-23' }] });
    expect(memberships.data.organisation).toEqual({
      then: { totalCount: 1, edges: [{ node: { member: { id: 'person:yevgeny-prigozhin' } } }] },
      later: { totalCount: 0, edges: [] },
    });
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

  it('filters the relationships of members(at:) and contains(at:) by date before paging: the count and the pages hold only relationships that hold then', async () => {
    // Relationships that hold at 2023-06 and relationships that do not, mixed in id order, so that filtering after paging would skip or empty pages.
    const members = [
      { id: 'person:paged-member-a', kind: 'MEMBER_OF', until: '2023-03' },
      { id: 'person:paged-member-b', kind: 'MEMBER_OF', since: '2023-01' },
      { id: 'person:paged-member-c', kind: 'MEMBER_OF', until: '2022' },
      { id: 'person:paged-member-d', kind: 'MEMBER_OF' },
      { id: 'person:paged-member-e', kind: 'LEADS', since: '2023-05-10', until: '2023-06-20' },
      { id: 'person:paged-member-f', kind: 'MEMBER_OF', since: '2024' },
    ];
    const places = [
      { id: 'place:paged-town-a', until: '2022' },
      { id: 'place:paged-town-b', since: '2023' },
      { id: 'place:paged-town-c', since: '2024' },
      { id: 'place:paged-town-d' },
    ];
    const written = await editor(
      `mutation {
        createOrganisation(input: { id: "organisation:paged-brigade", name: "Paged Brigade", kind: ARMED_FORCES }) { organisation { id } }
        createPlace(input: { id: "place:paged-region", name: "Paged Region", kind: REGION }) { place { id } }
        ${members.map(({ id }, index) => `p${index}: createPerson(input: { id: "${id}", name: "${id.slice('person:'.length)}" }) { person { id } }`).join('\n')}
        ${places.map(({ id }, index) => `t${index}: createPlace(input: { id: "${id}", name: "${id.slice('place:'.length)}", kind: CITY }) { place { id } }`).join('\n')}
      }`,
    );
    expect(written.errors).toBeUndefined();
    for (const { id, ...period } of members) {
      const added = await editor(`mutation ($input: AddMembershipInput!) { addMembership(input: $input) { created } }`, {
        input: { member: id, organisation: 'organisation:paged-brigade', ...period },
      });
      expect(added.errors).toBeUndefined();
    }
    for (const { id, ...period } of places) {
      const added = await editor(`mutation ($input: AddLocatedInInput!) { addLocatedIn(input: $input) { created } }`, {
        input: { place: id, locatedIn: 'place:paged-region', ...period },
      });
      expect(added.errors).toBeUndefined();
    }

    type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: any }[] };
    /** Walks a connection a page of one at a time, checking each page's count and cursors, and returns the ids in order. */
    const walk = async (field: (after: string | null) => Promise<Page>, total: number) => {
      const ids: string[] = [];
      let after: string | null = null;
      for (let page = 0; page <= total; page += 1) {
        const connection: Page = await field(after);
        expect(connection.totalCount).toBe(total);
        expect(connection.edges).toHaveLength(total === 0 ? 0 : 1);
        ids.push(...connection.edges.map(({ node }) => node.member?.id ?? node.id));
        expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
        expect(connection.pageInfo.hasNextPage).toBe(ids.length < total);
        if (!connection.pageInfo.hasNextPage) return ids;
        after = connection.pageInfo.endCursor;
      }
      throw new Error(`more than ${total} pages of one`);
    };
    const membersAt = (at: string | null) => (after: string | null) =>
      api
        .query(
          `query ($at: PartialDate, $after: String) { organisation(id: "organisation:paged-brigade") {
            members(at: $at, first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { member { id } } } }
          } }`,
          { at, after },
        )
        .then(({ data, errors }) => {
          expect(errors).toBeUndefined();
          return data.organisation.members as Page;
        });
    const containsAt = (at: string | null) => (after: string | null) =>
      api
        .query(
          `query ($at: PartialDate, $after: String) { place(id: "place:paged-region") {
            contains(at: $at, first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }
          } }`,
          { at, after },
        )
        .then(({ data, errors }) => {
          expect(errors).toBeUndefined();
          return data.place.contains as Page;
        });

    const holding = await walk(membersAt('2023-06'), 3);
    expect(new Set(holding).size).toBe(holding.length);
    expect([...holding].sort()).toEqual(['person:paged-member-b', 'person:paged-member-d', 'person:paged-member-e']);
    const all = await walk(membersAt(null), members.length);
    expect([...all].sort()).toEqual(members.map(({ id }) => id));
    // The date's page is the whole list's order with the relationships that do not hold then left out.
    expect(holding).toEqual(all.filter((id) => holding.includes(id)));
    expect(await walk(membersAt('2021'), 3)).toEqual(all.filter((id) => ['person:paged-member-a', 'person:paged-member-c', 'person:paged-member-d'].includes(id)));
    expect(await walk(membersAt('2025'), 3)).toEqual(all.filter((id) => ['person:paged-member-b', 'person:paged-member-d', 'person:paged-member-f'].includes(id)));

    const inside = await walk(containsAt('2023-06'), 2);
    expect(new Set(inside).size).toBe(inside.length);
    expect([...inside].sort()).toEqual(['place:paged-town-b', 'place:paged-town-d']);
    const everything = await walk(containsAt(null), places.length);
    expect([...everything].sort()).toEqual(places.map(({ id }) => id));
    expect(inside).toEqual(everything.filter((id) => inside.includes(id)));
    expect(await walk(containsAt('1990'), 2)).toEqual(everything.filter((id) => ['place:paged-town-a', 'place:paged-town-d'].includes(id)));
  });

  it('refuses an until before its since, and dates on a relationship that does not hold for a time', async () => {
    const backwards = () =>
      editor(`mutation { addOpposition(input: { organisation: "organisation:kremlin", opposes: "organisation:ukraine", since: "2023", until: "2022" }) { created } }`);
    expectError(await expectUnchanged(api.database, backwards), 'BAD_USER_INPUT', 'input.until');
    const document = JSON.parse(JSON.stringify((await import('../seed/bakhmut-2023-05.json', { with: { type: 'json' } })).default));
    document.edges.push({ type: 'CLAIMS', from: 'person:roger-housen', to: advance, since: '2023' });
    const imported = await editor(`mutation ($document: JSON!) { importDocument(input: { document: $document, dryRun: true }) { dryRun } }`, { document });
    expect(expectError(imported, 'BAD_USER_INPUT').message).toContain('hold for a time');
  });
});
