import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimgraphDocument } from '../src/model/document.js';
import { expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const upsertPerson = `mutation ($input: UpsertPersonInput!) {
  upsertPerson(input: $input) { created addedSpellings person { id name names { language name } aliases updatedBy } }
}`;
const importDocument = `mutation ($input: ImportDocumentInput!) {
  importDocument(input: $input) { entities { givenId id outcome updated } nodes { created updated unchanged } }
}`;

async function spellingsOf(id: string): Promise<{ name: string; names: { language: string; name: string }[]; aliases: string[] }> {
  const { data } = await api.query(`query ($id: ID!) { person(id: $id) { name names { language name } aliases } }`, { id });
  return data.person;
}

describe('an upsert matched by id names the node already: its spellings are not added unless asked for', () => {
  it('upsertPerson by id with a different name adds no alias, writes nothing, and the name finds no one', async () => {
    const before = await spellingsOf('person:vladimir-putin');
    const { data } = await expectUnchanged(api.database, () =>
      editor(upsertPerson, { input: { id: 'person:vladimir-putin', name: 'Totally Different', aliases: ['Vova'] } }),
    );
    expect(data.upsertPerson).toMatchObject({ created: false, addedSpellings: [], person: { id: 'person:vladimir-putin', name: 'Vladimir Putin' } });
    expect(await spellingsOf('person:vladimir-putin')).toEqual(before);

    const other = await editor(upsertPerson, { input: { name: 'Totally Different' } });
    expect(other.data.upsertPerson).toMatchObject({ created: true, person: { id: 'person:totally-different' } });
  });

  it('with addSpellings: true it adds the spellings the person lacks, and says which', async () => {
    const { data } = await editor(upsertPerson, {
      input: { id: 'person:vladimir-putin', name: 'Vladimir Poetin', aliases: ['Vova', 'Putin'], addSpellings: true },
    });
    expect(data.upsertPerson).toMatchObject({ created: false, addedSpellings: ['Vova'], person: { updatedBy: 'editor' } });
    expect(data.upsertPerson.person.aliases).toContain('Vova');
  });

  it('a match by name still adds a new transliteration, as the importer does', async () => {
    const { data } = await editor(upsertPerson, { input: { name: 'Wladimir Poetin' } });
    expect(data.upsertPerson).toMatchObject({ created: false, addedSpellings: ['Wladimir Poetin'], person: { id: 'person:vladimir-putin' } });
    const again = await expectUnchanged(api.database, () => editor(upsertPerson, { input: { name: 'Wladimir Poetin' } }));
    expect(again.data.upsertPerson.addedSpellings).toEqual([]);
  });
});

describe('an imported entity matched by id keeps its spellings too', () => {
  it('a document naming Prigozhin by his id, in a spelling of its own, matches him and adds no alias; importing it again changes nothing', async () => {
    const fixture = JSON.parse(await readFile(new URL('fixtures/prigozjin-dreigt-2023-05.json', import.meta.url), 'utf8')) as ClaimgraphDocument;
    const byId = (id: string) => (id === 'person:jevgeni-prigozjin' ? 'person:yevgeny-prigozhin' : id);
    const document = {
      ...fixture,
      entities: fixture.entities.map((entity) =>
        entity.id === 'person:jevgeni-prigozjin' ? { ...entity, id: byId(entity.id), aliases: [...(entity.aliases ?? []), 'Wagner-baas'] } : entity,
      ),
      edges: fixture.edges.map((edge) => ({ ...edge, from: byId(edge.from), to: byId(edge.to) })),
    };
    const before = await spellingsOf('person:yevgeny-prigozhin');

    const { data, errors } = await editor(importDocument, { input: { document } });
    expect(errors).toBeUndefined();
    expect(data.importDocument.entities[0]).toEqual({ givenId: 'person:yevgeny-prigozhin', id: 'person:yevgeny-prigozhin', outcome: 'MATCHED_BY_ID', updated: false });
    expect(await spellingsOf('person:yevgeny-prigozhin')).toEqual(before);

    const again = await expectUnchanged(api.database, () => editor(importDocument, { input: { document } }));
    expect(again.data.importDocument.nodes).toMatchObject({ created: 0, updated: 0 });
  });
});
