import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';

const api = openTestApi();
const admin = api.as(testTokens.admin);
const editor = api.as(testTokens.editor);
const prigozhin = 'person:yevgeny-prigozhin';
const merge = `mutation ($keep: ID!, $retire: ID!) {
  mergeEntities(input: { keep: $keep, retire: $retire }) { retiredId movedRelationships keptApart entity { id name aliases } }
}`;
const claimsOf = `claims(first: 100) { edges { node { id medium statement { id } } } }`;

beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

describe('merging two people found to be one', () => {
  let duplicate = '';
  let claimedByBoth = '';
  let keptMedium = '';

  it('starts from a second Prigozhin, made by an upsert of another spelling, with claims of his own', async () => {
    const upserted = await editor(`mutation {
      upsertPerson(input: { name: "Prigozhine", externalIds: [{ scheme: URL, value: "https://example.org/people/prigozhine" }] }) { created person { id } }
    }`);
    expect(upserted.errors).toBeUndefined();
    expect(upserted.data.upsertPerson.created).toBe(true);
    duplicate = upserted.data.upsertPerson.person.id;
    expect(duplicate).not.toBe(prigozhin);

    const kept = (await api.query(`{ person(id: "${prigozhin}") { ${claimsOf} } }`)).data.person;
    const withMedium = kept.claims.edges.map(({ node }: any) => node).find((claim: any) => claim.medium);
    expect(withMedium, 'the seed has a claim of Prigozhin with a medium').toBeDefined();
    claimedByBoth = withMedium.statement.id;
    keptMedium = withMedium.medium;
    const statements = (await api.query(`{ statements(first: 100) { edges { node { id claims { actor { id } } } } } }`)).data.statements.edges;
    const unclaimedByHim = statements.map(({ node }: any) => node).find((statement: any) => !statement.claims.some(({ actor }: any) => actor.id === prigozhin));

    for (const [statement, medium] of [[claimedByBoth, `${keptMedium}, as the other spelling had it`], [unclaimedByHim.id, 'Radio']]) {
      const added = await editor(`mutation ($actor: ID!, $statement: ID!, $medium: String) {
        addClaim(input: { actor: $actor, statement: $statement, medium: $medium }) { created }
      }`, { actor: duplicate, statement, medium });
      expect(added.errors).toBeUndefined();
    }
  });

  it('is for admins only, and refuses an entity and itself, two kinds, or an unknown entity, changing nothing', async () => {
    expectError(await expectUnchanged(api.database, () => editor(merge, { keep: prigozhin, retire: duplicate })), 'FORBIDDEN');
    expectError(await expectUnchanged(api.database, () => admin(merge, { keep: prigozhin, retire: prigozhin })), 'BAD_USER_INPUT', 'input.retire');
    expectError(await expectUnchanged(api.database, () => admin(merge, { keep: prigozhin, retire: 'organisation:wagner-group' })), 'BAD_USER_INPUT', 'input.retire');
    expectError(await expectUnchanged(api.database, () => admin(merge, { keep: prigozhin, retire: 'place:bakhmut' })), 'BAD_USER_INPUT', 'input.retire');
    expectError(await expectUnchanged(api.database, () => admin(merge, { keep: prigozhin, retire: 'person:nobody-at-all' })), 'NOT_FOUND');
  });

  it('keeps one Prigozhin with every relationship, both claims that differ, every spelling and external id', async () => {
    const merged = await admin(merge, { keep: prigozhin, retire: duplicate });
    expect(merged.errors).toBeUndefined();
    const { mergeEntities } = merged.data;
    expect(mergeEntities).toMatchObject({ retiredId: duplicate, movedRelationships: 2, entity: { id: prigozhin, name: 'Yevgeny Prigozhin' } });
    expect(mergeEntities.entity.aliases).toContain('Prigozhine');
    expect(mergeEntities.keptApart).toEqual([`claims:${prigozhin}->${claimedByBoth}+${duplicate}`]);

    const after = (await api.query(`{ person(id: "${prigozhin}") { externalIds { scheme value } ${claimsOf} history { action changes { field to } } } }`)).data.person;
    const claims = after.claims.edges.map(({ node }: any) => node);
    const onBoth = claims.filter((claim: any) => claim.statement.id === claimedByBoth).map((claim: any) => claim.medium).sort();
    expect(onBoth).toEqual([keptMedium, `${keptMedium}, as the other spelling had it`].sort());
    expect(claims.some((claim: any) => claim.medium === 'Radio')).toBe(true);
    expect(after.externalIds).toEqual([{ scheme: 'URL', value: 'https://example.org/people/prigozhine' }]);
    expect(after.history).toContainEqual({ action: 'UPDATE', changes: [{ field: 'mergedFrom', to: duplicate }] });

    const retiredHistory = (await api.query(`{ history(id: "${duplicate}") { action changes { field to } } }`)).data.history;
    expect(retiredHistory).toContainEqual({ action: 'UPDATE', changes: [{ field: 'mergedInto', to: prigozhin }] });
    expect(retiredHistory.map(({ action }: any) => action)).toContain('DELETE');
  });

  it('removes a relationship a merge kept apart by its id, and by its ends once they name it alone', async () => {
    const removeClaim = `mutation ($statement: ID!, $id: ID) {
      removeClaim(input: { actor: "${prigozhin}", statement: $statement, id: $id }) { claim { id medium } }
    }`;
    const primary = `claims:${prigozhin}->${claimedByBoth}`;
    const apart = `${primary}+${duplicate}`;
    const ambiguous = expectError(await expectUnchanged(api.database, () => editor(removeClaim, { statement: claimedByBoth })), 'BAD_USER_INPUT', 'input.id');
    expect(ambiguous.message).toContain(`${primary}, ${apart}`);
    const elsewhere = `claims:person:vladimir-putin->${claimedByBoth}`;
    expectError(await expectUnchanged(api.database, () => editor(removeClaim, { statement: claimedByBoth, id: elsewhere })), 'BAD_USER_INPUT', 'input.id');

    const byId = await editor(removeClaim, { statement: claimedByBoth, id: apart });
    expect(byId.errors).toBeUndefined();
    expect(byId.data.removeClaim.claim).toEqual({ id: apart, medium: `${keptMedium}, as the other spelling had it` });
    const left = (await api.query(`{ person(id: "${prigozhin}") { ${claimsOf} } }`)).data.person.claims.edges.map(({ node }: any) => node);
    expect(left.filter((claim: any) => claim.statement.id === claimedByBoth)).toEqual([{ id: primary, medium: keptMedium, statement: { id: claimedByBoth } }]);

    // A third Prigozhin, merged in too, whose claim differs in its date: kept apart again, beside the claim it differs from.
    const third = (await editor(`mutation { createPerson(input: { name: "E. V. Prigozhin" }) { person { id } } }`)).data.createPerson.person.id;
    const added = await editor(`mutation ($actor: ID!, $statement: ID!) { addClaim(input: { actor: $actor, statement: $statement, date: "2023-04" }) { created } }`, {
      actor: third,
      statement: claimedByBoth,
    });
    expect(added.errors).toBeUndefined();
    expect((await admin(merge, { keep: prigozhin, retire: third })).data.mergeEntities.keptApart).toEqual([`${primary}+${third}`]);
    expect((await editor(removeClaim, { statement: claimedByBoth, id: primary })).data.removeClaim.claim.id).toBe(primary);
    const byEnds = await editor(removeClaim, { statement: claimedByBoth });
    expect(byEnds.errors).toBeUndefined();
    expect(byEnds.data.removeClaim.claim.id).toBe(`${primary}+${third}`);
    const history = (await api.query(`{ history(id: "${primary}+${third}") { action } }`)).data.history.map(({ action }: any) => action);
    expect(history.at(-1)).toBe('DELETE');
  });

  it('answers the retired id as the kept person, and finds him by the retired spelling', async () => {
    const byOldId = await api.query(`{
      person(id: "${duplicate}") { id }
      node(id: "${duplicate}") { id }
      nodes(ids: ["${duplicate}"]) { id }
    }`);
    expect(byOldId.errors).toBeUndefined();
    expect(byOldId.data).toEqual({ person: { id: prigozhin }, node: { id: prigozhin }, nodes: [{ id: prigozhin }] });

    const found = await api.query(`{ search(query: "Prigozhine", kinds: [Person]) { node { id } matchedName } }`);
    expect(found.errors).toBeUndefined();
    expect(found.data.search.map(({ node }: any) => node.id)).toEqual([prigozhin]);
    const literal = await api.query(`{ search(query: "Prigozhine", kinds: [Person], transliterate: false) { node { id } matchedName } }`);
    expect(literal.data.search).toEqual([{ node: { id: prigozhin }, matchedName: 'Prigozhine' }]);

    const upserted = await editor(`mutation { upsertPerson(input: { name: "Prigozhine" }) { created person { id } } }`);
    expect(upserted.data.upsertPerson).toEqual({ created: false, person: { id: prigozhin } });
    const byUrl = await api.query(`{ entityByExternalId(scheme: URL, value: "https://example.org/people/prigozhine") { id } }`);
    expect(byUrl.data.entityByExternalId).toEqual({ id: prigozhin });
  });

  it('resolves an import that names the retired id to the kept person, and refuses to merge a retired id again', async () => {
    const document = {
      source: { id: 'source:merge-check', title: 'Merge check', language: 'en', text: 'Prigozhine spoke.' },
      entities: [{ id: duplicate, kind: 'Person', name: 'Prigozhine' }],
    };
    const imported = await editor(`mutation ($document: JSON!) { importDocument(input: { document: $document, dryRun: true }) { entities { givenId id outcome } } }`, { document });
    expect(imported.errors).toBeUndefined();
    expect(imported.data.importDocument.entities).toEqual([{ givenId: duplicate, id: prigozhin, outcome: 'MATCHED_BY_ID' }]);

    expectError(await expectUnchanged(api.database, () => admin(merge, { keep: prigozhin, retire: duplicate })), 'BAD_USER_INPUT', 'input.retire');
    expectError(await expectUnchanged(api.database, () => admin(merge, { keep: duplicate, retire: 'person:vladimir-putin' })), 'BAD_USER_INPUT', 'input.keep');
  });
});

describe('merging two organisations', () => {
  it('refuses two organisations joined by a relationship: a merged one cannot be part of itself', async () => {
    const parts = (await api.query(`{ organisation(id: "organisation:wagner-group") { partOf { id } } }`)).data.organisation.partOf;
    expect(parts.length).toBeGreaterThan(0);
    const error = expectError(
      await expectUnchanged(api.database, () => admin(merge, { keep: parts[0].id, retire: 'organisation:wagner-group' })),
      'BAD_USER_INPUT',
      'input.retire',
    );
    expect(error.message).toContain('part_of:organisation:wagner-group->');
  });

  it('moves memberships, blames and mentions, and joins two that are the same', async () => {
    const created = await editor(`mutation {
      createOrganisation(input: { name: "Wagner Private Military Company", kind: MERCENARY_GROUP }) { organisation { id } }
    }`);
    expect(created.errors).toBeUndefined();
    const copy = created.data.createOrganisation.organisation.id;
    const led = await editor(`mutation ($organisation: ID!) {
      addMembership(input: { member: "${prigozhin}", organisation: $organisation, kind: LEADS }) { created }
    }`, { organisation: copy });
    expect(led.errors).toBeUndefined();
    const before = (await api.query(`{ organisation(id: "organisation:wagner-group") { members { totalCount } } }`)).data.organisation.members.totalCount;

    const merged = await admin(merge, { keep: 'organisation:wagner-group', retire: copy });
    expect(merged.errors).toBeUndefined();
    expect(merged.data.mergeEntities.entity.aliases).toContain('Wagner Private Military Company');
    const after = (await api.query(`{ organisation(id: "organisation:wagner-group") { members { totalCount edges { node { member { id } } } } } }`)).data.organisation;
    // Prigozhin led both: the two leaderships, alike, are one.
    expect(after.members.totalCount).toBe(before);
    const found = await api.query(`{ search(query: "Wagner Private Military Company", kinds: [Organisation]) { node { id } } }`);
    expect(found.data.search[0].node.id).toBe('organisation:wagner-group');
  });
});
