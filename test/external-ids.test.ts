import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';
import { putin } from './seed-ids.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
const lookup = `query ($scheme: ExternalIdScheme!, $value: String!) { entityByExternalId(scheme: $scheme, value: $value) { id name externalIds { scheme value url } } }`;
const updatePerson = `mutation ($id: ID!, $externalIds: [ExternalIdInput!]) { updatePerson(input: { id: $id, externalIds: $externalIds }) { person { externalIds { scheme value } } } }`;

beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

describe('external ids', () => {
  it('finds the seed entities by their Wikidata QIDs, in any case', async () => {
    const found = await api.query(lookup, { scheme: 'WIKIDATA', value: 'q7747' });
    expect(found.errors).toBeUndefined();
    expect(found.data.entityByExternalId).toEqual({
      id: putin,
      name: 'Vladimir Putin',
      externalIds: [{ scheme: 'WIKIDATA', value: 'Q7747', url: 'https://www.wikidata.org/wiki/Q7747' }],
    });
    const russia = await api.query(lookup, { scheme: 'WIKIDATA', value: 'Q159' });
    expect(russia.data.entityByExternalId.id).toBe('organisation:russian-federation');
    const nobody = await api.query(lookup, { scheme: 'WIKIDATA', value: 'Q1' });
    expect(nobody.errors).toBeUndefined();
    expect(nobody.data.entityByExternalId).toBeNull();
  });

  it('checks each value by its scheme, and writes nothing for one that breaks the rule', async () => {
    for (const [scheme, value] of [
      ['WIKIDATA', '7747'],
      ['ISNI', '0000 0001 2103 2684'],
      ['ISNI', '0000 0001 2103'],
      ['VIAF', 'viaf-12'],
      ['OPENSANCTIONS', 'no spaces allowed'],
      ['URL', 'javascript:alert(1)'],
    ]) {
      const response = await expectUnchanged(api.database, () => editor(updatePerson, { id: 'person:roger-housen', externalIds: [{ scheme, value }] }));
      const error = expectError(response, 'BAD_USER_INPUT');
      expect(error.extensions?.field, `${scheme} ${value}`).toMatch(/^input\.externalIds\.0/);
    }
    expectError(await api.query(lookup, { scheme: 'WIKIDATA', value: 'Putin' }), 'BAD_USER_INPUT');
  });

  it('stores a valid value in its scheme\'s form, and refuses one another entity carries', async () => {
    const updated = await editor(updatePerson, {
      id: 'person:roger-housen',
      externalIds: [
        { scheme: 'ISNI', value: '0000 0001 2103 2683' },
        { scheme: 'OPENSANCTIONS', value: 'ofac-12345' },
      ],
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updatePerson.person.externalIds).toEqual([
      { scheme: 'ISNI', value: '0000000121032683' },
      { scheme: 'OPENSANCTIONS', value: 'ofac-12345' },
    ]);
    const taken = await expectUnchanged(api.database, () => editor(updatePerson, { id: 'person:roger-housen', externalIds: [{ scheme: 'WIKIDATA', value: 'Q7747' }] }));
    expect(expectError(taken, 'BAD_USER_INPUT', 'input.externalIds.0').message).toContain(putin);
  });

  it('lets an upsert match by external id before names, adding the new spelling', async () => {
    const upserted = await editor(`mutation {
      upsertPerson(input: { name: "V. V. Poetin van het Kremlin", externalIds: [{ scheme: WIKIDATA, value: "Q7747" }] }) { created addedSpellings person { id } }
    }`);
    expect(upserted.errors).toBeUndefined();
    expect(upserted.data.upsertPerson).toEqual({ created: false, addedSpellings: ['V. V. Poetin van het Kremlin'], person: { id: putin } });
  });

  it('resolves an imported entity by its external id before its name', async () => {
    const document = {
      source: { id: 'source:external-id-check', title: 'External id check', language: 'en', text: 'Putin spoke; so did Housen.' },
      entities: [
        // Named like Housen, but its QID says it is Putin: the id wins.
        { id: 'person:somebody-new', kind: 'Person', name: 'Roger Housen', externalIds: [{ scheme: 'WIKIDATA', value: 'Q7747' }] },
      ],
    };
    const imported = await editor(`mutation ($document: JSON!) { importDocument(input: { document: $document }) { entities { givenId id outcome } } }`, { document });
    expect(imported.errors).toBeUndefined();
    expect(imported.data.importDocument.entities).toEqual([{ givenId: 'person:somebody-new', id: putin, outcome: 'MATCHED_BY_EXTERNAL_ID' }]);

    const place = { ...document, entities: [{ id: 'place:somewhere', kind: 'Place', placeKind: 'CITY', name: 'Somewhere', externalIds: [{ scheme: 'WIKIDATA', value: 'Q1' }] }] };
    expectError(
      await expectUnchanged(api.database, () => editor(`mutation ($document: JSON!) { importDocument(input: { document: $document }) { sourceId } }`, { document: place })),
      'BAD_USER_INPUT',
    );
  });

  it('holds one entity per scheme and value in the database itself', async () => {
    await expect(
      api.database.runner().write((transaction) => transaction.run(`CREATE (:ExternalId {scheme: 'WIKIDATA', value: 'Q7747'})`)),
    ).rejects.toThrow();
  });
});
