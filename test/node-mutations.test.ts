import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph, expectError, expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
const admin = api.as(testTokens.admin);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const entityFields = 'id name names { language name } aliases description createdAt createdBy updatedAt updatedBy';
const createPerson = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { ${entityFields} } } }`;
const upsertPerson = `mutation ($input: UpsertPersonInput!) { upsertPerson(input: $input) { created person { ${entityFields} } } }`;
const updatePerson = `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { person { ${entityFields} } } }`;
const createPlace = `mutation ($input: CreatePlaceInput!) { createPlace(input: $input) { place { id name kind latitude longitude } } }`;
const createStatement = `mutation ($input: CreateStatementInput!) {
  createStatement(input: $input) { statement { id text language summary date datePrecision verificationStatus createdBy } }
}`;
const createSource = `mutation ($input: CreateSourceInput!) { createSource(input: $input) { source { id title url published language } } }`;

async function searchPeople(query: string): Promise<string[]> {
  const { data } = await api.query(`query ($query: String!) { search(query: $query, kinds: [Person]) { node { id } } }`, { query });
  return data.search.map((hit: any) => hit.node.id);
}

describe('creating people, organisations and places', () => {
  it('createPerson adds a person, findable in any of its spellings, recording who wrote it and when', async () => {
    const { data, errors } = await editor(createPerson, {
      input: {
        name: 'Oleksandr Syrskyi',
        names: [
          { language: 'uk', name: 'Олександр Сирський' },
          { language: 'nl', name: 'Oleksandr Syrsky' },
        ],
        aliases: ['Syrskyi'],
        description: 'Commander of the Ukrainian ground forces in 2023',
      },
    });
    expect(errors).toBeUndefined();
    const person = data.createPerson.person;
    expect(person).toMatchObject({ id: 'person:oleksandr-syrskyi', name: 'Oleksandr Syrskyi', createdBy: 'editor', updatedBy: 'editor' });
    expect(person.names).toEqual([
      { language: 'nl', name: 'Oleksandr Syrsky' },
      { language: 'uk', name: 'Олександр Сирський' },
    ]);
    expect(new Date(person.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(person.updatedAt).toBe(person.createdAt);
    expect(await searchPeople('Сирський')).toContain('person:oleksandr-syrskyi');
  });

  it.each([
    [{ name: 'Jevgeni Prigozjin' }, 'input.name'],
    [{ name: 'Yevgeny P.', aliases: ['Wagner boss', 'Prigozhin'] }, 'input.aliases.1'],
    [{ name: 'Some One', names: [{ language: 'nl', name: 'Roger Housen' }] }, 'input.names.0.name'],
    [{ id: 'person:roger-housen', name: 'Roger Housen Junior' }, 'input.id'],
  ])('createPerson refuses what already names a person (%j): the field is named and nothing is written', async (input, field) => {
    const response = await expectUnchanged(api.database, () => editor(createPerson, { input }));
    const error = expectError(response, 'BAD_USER_INPUT', field);
    expect(error.message).toMatch(/person:(yevgeny-prigozhin|roger-housen)/);
  });

  it('createOrganisation and createPlace add an organisation and a place of a kind, with coordinates', async () => {
    const organisation = await editor(
      `mutation { createOrganisation(input: { name: "Third Assault Brigade", kind: MILITARY_UNIT, aliases: ["3rd Assault Brigade"] }) {
        organisation { id kind aliases createdBy } } }`,
    );
    expect(organisation.data.createOrganisation.organisation).toEqual({
      id: 'organisation:third-assault-brigade',
      kind: 'MILITARY_UNIT',
      aliases: ['3rd Assault Brigade'],
      createdBy: 'editor',
    });
    const place = await editor(createPlace, { input: { name: 'Soledar', kind: 'CITY', latitude: 48.68, longitude: 38.09 } });
    expect(place.data.createPlace.place).toEqual({ id: 'place:soledar', name: 'Soledar', kind: 'CITY', latitude: 48.68, longitude: 38.09 });
  });

  it('createStatement and createSource add a statement and a source; ids are made from the summary and the title', async () => {
    const statement = await editor(createStatement, {
      input: {
        text: 'Wagner heeft Soledar ingenomen.',
        language: 'nl',
        summary: 'Wagner took Soledar',
        date: '2023-01',
        verificationStatus: 'CONFIRMED',
      },
    });
    expect(statement.errors).toBeUndefined();
    expect(statement.data.createStatement.statement).toEqual({
      id: 'statement:wagner-took-soledar',
      text: 'Wagner heeft Soledar ingenomen.',
      language: 'nl',
      summary: 'Wagner took Soledar',
      date: '2023-01',
      datePrecision: 'MONTH',
      verificationStatus: 'CONFIRMED',
      createdBy: 'editor',
    });
    const source = await editor(createSource, {
      input: { title: 'Soledar gevallen', url: 'https://example.org/soledar', published: '2023-01-13', language: 'nl', text: 'Wagner heeft Soledar ingenomen.' },
    });
    expect(source.data.createSource.source).toEqual({
      id: 'source:soledar-gevallen',
      title: 'Soledar gevallen',
      url: 'https://example.org/soledar',
      published: '2023-01-13',
      language: 'nl',
    });
  });
});

describe('every input is validated: a bad one names its field and writes nothing', () => {
  const long = (length: number) => 'x'.repeat(length);
  it.each([
    ['createPerson', createPerson, { name: '' }, 'input.name'],
    ['createPerson', createPerson, { name: long(501) }, 'input.name'],
    ['createPerson', createPerson, { description: 'no name' }, 'input.name'],
    ['createPerson', createPerson, { name: 'A', names: [{ language: 'not a tag!', name: 'B' }] }, 'input.names.0.language'],
    ['createPerson', createPerson, { name: 'A', names: [{ language: 'nl', name: 'B' }, { language: 'nl', name: 'C' }] }, 'input.names'],
    ['createPerson', createPerson, { name: 'A', aliases: Array.from({ length: 101 }, (_, index) => `alias ${index}`) }, 'input.aliases'],
    ['createPerson', createPerson, { name: 'A', aliases: [''] }, 'input.aliases.0'],
    ['createPerson', createPerson, { id: 'place:a', name: 'A' }, 'input.id'],
    ['createPerson', createPerson, { id: 'person:not ok', name: 'A' }, 'input.id'],
    ['createPlace', createPlace, { name: 'A', kind: 'CITY', latitude: 91 }, 'input.latitude'],
    ['createPlace', createPlace, { name: 'A', kind: 'TOWNSHIP' }, 'input.kind'],
    ['createStatement', createStatement, { text: 'Tekst', language: 'nl_NL!' }, 'input.language'],
    ['createStatement', createStatement, { text: 'Tekst', language: 'nl', date: 'May 2023' }, 'input.date'],
    ['createStatement', createStatement, { text: 'Tekst', language: 'nl', date: '2023-13' }, 'input.date'],
    ['createStatement', createStatement, { text: 'Tekst', language: 'nl', date: '2023-02-30' }, 'input.date'],
    ['createStatement', createStatement, { text: '', language: 'nl' }, 'input.text'],
    ['createStatement', createStatement, { text: long(20_001), language: 'nl' }, 'input.text'],
    ['createStatement', createStatement, { text: 'Tekst', language: 'nl', summary: long(501) }, 'input.summary'],
    ['createSource', createSource, { title: 'T', language: 'nl', text: 'Tekst', url: 'not a url' }, 'input.url'],
    ['createSource', createSource, { title: 'T', language: 'nl', text: '' }, 'input.text'],
    ['createSource', createSource, { title: 'T', language: 'nl', text: 'Tekst', published: '05/2023' }, 'input.published'],
  ])('%s with %j: BAD_USER_INPUT naming %s', async (_name, document, input, field) => {
    const response = await expectUnchanged(api.database, () => editor(document, { input }));
    expectError(response, 'BAD_USER_INPUT', field);
  });

  it('a literal input names the field too', async () => {
    const response = await expectUnchanged(api.database, () =>
      editor(`mutation { createStatement(input: { text: "Tekst", language: "nl", date: "mei 2023" }) { statement { id } } }`),
    );
    expectError(response, 'BAD_USER_INPUT', 'input.date');
    expectError(await editor(`mutation { createPerson(input: { aliases: ["x"] }) { person { id } } }`), 'BAD_USER_INPUT', 'input.name');
  });

  it('an input with several problems reports each with its field, the first as the message', async () => {
    const names = [{ language: 'not a tag!', name: 'B' }, { language: 'nl', name: '' }, { language: 'en', name: 'C' }, { language: 'uk', name: long(501) }];
    const response = await expectUnchanged(api.database, () => editor(createPerson, { input: { name: 'A', names } }));
    expect(response.errors).toHaveLength(1);
    const error = expectError(response, 'BAD_USER_INPUT', 'input.names.0.language');
    expect(error.message).toMatch(/^input\.names\.0\.language: .*; 2 more in extensions\.problems$/);
    expect((error.extensions?.problems as { field: string }[]).map((problem) => problem.field)).toEqual([
      'input.names.0.language',
      'input.names.1.name',
      'input.names.3.name',
    ]);
  });
});

describe('upserting by natural key', () => {
  it('upsertPerson finds Prigozhin by his Dutch name and adds the new alias; the same upsert again changes nothing', async () => {
    const input = { name: 'Jevgeni Prigozjin', aliases: ['Wagner-baas'] };
    const { data } = await editor(upsertPerson, { input });
    expect(data.upsertPerson.created).toBe(false);
    expect(data.upsertPerson.person).toMatchObject({ id: 'person:yevgeny-prigozhin', name: 'Yevgeny Prigozhin', updatedBy: 'editor' });
    expect(data.upsertPerson.person.aliases).toContain('Wagner-baas');
    expect(data.upsertPerson.person.createdBy).toBe('seed');

    const again = await expectUnchanged(api.database, () => editor(upsertPerson, { input }));
    expect(again.data.upsertPerson).toMatchObject({ created: false, person: { updatedAt: data.upsertPerson.person.updatedAt } });
  });

  it('upsertPerson creates a person nothing matches, once', async () => {
    const input = { name: 'Kyrylo Budanov', names: [{ language: 'uk', name: 'Кирило Буданов' }] };
    const first = await editor(upsertPerson, { input });
    expect(first.data.upsertPerson).toMatchObject({ created: true, person: { id: 'person:kyrylo-budanov' } });
    const second = await editor(upsertPerson, { input: { name: 'Kirill Budanov', names: [{ language: 'uk', name: 'Кирило Буданов' }] } });
    expect(second.data.upsertPerson).toMatchObject({ created: false, person: { id: 'person:kyrylo-budanov', aliases: ['Kirill Budanov'] } });
  });

  it('upsertPerson never guesses: spellings of two people are an error naming both', async () => {
    const response = await expectUnchanged(api.database, () =>
      editor(upsertPerson, { input: { name: 'Housen', aliases: ['Biletsky'] } }),
    );
    const error = expectError(response, 'BAD_USER_INPUT', 'input.name');
    expect(error.message).toContain('person:roger-housen');
    expect(error.message).toContain('person:andriy-biletsky');
  });

  it('upsertOrganisation finds the Wagner Group as "Wagnergroep", upsertPlace finds Bakhmut as "Bachmoet"', async () => {
    const { data, errors } = await editor(`mutation {
      wagner: upsertOrganisation(input: { name: "Wagnergroep", kind: MERCENARY_GROUP }) { created organisation { id } }
      bakhmut: upsertPlace(input: { name: "Bachmoet", kind: CITY }) { created place { id } }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      wagner: { created: false, organisation: { id: 'organisation:wagner-group' } },
      bakhmut: { created: false, place: { id: 'place:bakhmut' } },
    });
  });
});

describe('updating', () => {
  it('updatePerson changes what is given and keeps the rest; an update that changes nothing leaves updatedAt', async () => {
    const input = { id: 'person:oleksandr-syrskyi', description: 'Commander-in-chief of the Armed Forces of Ukraine from 2024' };
    const { data, errors } = await editor(updatePerson, { input });
    expect(errors).toBeUndefined();
    const person = data.updatePerson.person;
    expect(person).toMatchObject({ name: 'Oleksandr Syrskyi', aliases: ['Syrskyi'], description: input.description });
    expect(person.updatedAt >= person.createdAt).toBe(true);
    await expectUnchanged(api.database, () => editor(updatePerson, { input }));
  });

  it('updatePerson replaces names and aliases: a spelling taken away no longer finds the person', async () => {
    await editor(updatePerson, { input: { id: 'person:oleksandr-syrskyi', aliases: ['Bars'] } });
    const found = await editor(upsertPerson, { input: { name: 'Bars' } });
    expect(found.data.upsertPerson).toMatchObject({ created: false, person: { id: 'person:oleksandr-syrskyi' } });

    const { data } = await editor(updatePerson, {
      input: { id: 'person:oleksandr-syrskyi', names: [{ language: 'uk', name: 'Олександр Сирський' }], aliases: [], description: null },
    });
    expect(data.updatePerson.person).toMatchObject({ names: [{ language: 'uk', name: 'Олександр Сирський' }], aliases: [], description: null });
    const other = await editor(upsertPerson, { input: { name: 'Bars' } });
    expect(other.data.upsertPerson).toMatchObject({ created: true, person: { id: 'person:bars' } });
  });

  it.each([
    [{ id: 'person:oleksandr-syrskyi', aliases: ['Prigozhin'] }, 'input.aliases.0'],
    [{ id: 'person:oleksandr-syrskyi', name: 'Roger Housen' }, 'input.name'],
    [{ id: 'person:oleksandr-syrskyi', name: null }, 'input.name'],
    [{ id: 'person:oleksandr-syrskyi', names: [{ language: 'x!', name: 'A' }] }, 'input.names.0.language'],
  ])('updatePerson refuses %j, naming the field', async (input, field) => {
    expectError(await expectUnchanged(api.database, () => editor(updatePerson, { input })), 'BAD_USER_INPUT', field);
  });

  it('updating a node that does not exist is NOT_FOUND', async () => {
    const response = await expectUnchanged(api.database, () => editor(updatePerson, { input: { id: 'person:nobody', description: 'x' } }));
    expectError(response, 'NOT_FOUND');
  });

  it('updateOrganisation and updatePlace change kinds and coordinates; null removes coordinates', async () => {
    const { data } = await editor(`mutation {
      updateOrganisation(input: { id: "organisation:third-assault-brigade", kind: ARMED_FORCES }) { organisation { kind } }
      set: updatePlace(input: { id: "place:soledar", latitude: 48.7 }) { place { latitude longitude } }
    }`);
    expect(data.updateOrganisation.organisation.kind).toBe('ARMED_FORCES');
    expect(data.set.place).toEqual({ latitude: 48.7, longitude: 38.09 });
    const cleared = await editor(`mutation { updatePlace(input: { id: "place:soledar", latitude: null, longitude: null }) { place { latitude longitude } } }`);
    expect(cleared.data.updatePlace.place).toEqual({ latitude: null, longitude: null });
  });

  it('updateStatement changes the verification status and keeps the text', async () => {
    const { data } = await editor(`mutation {
      updateStatement(input: { id: "statement:azov-advance-2-6-km", verificationStatus: PLAUSIBLE }) {
        statement { verificationStatus text updatedBy createdBy }
      }
    }`);
    expect(data.updateStatement.statement).toMatchObject({ verificationStatus: 'PLAUSIBLE', updatedBy: 'editor', createdBy: 'seed' });
    expect(data.updateStatement.statement.text).toContain('Andriy Biletski');
    const cleared = await expectUnchanged(api.database, () =>
      editor(`mutation { updateStatement(input: { id: "statement:azov-advance-2-6-km", text: null }) { statement { id } } }`),
    );
    expectError(cleared, 'BAD_USER_INPUT', 'input.text');
  });

  it('updateSource refuses a text that its quotes would no longer match, and takes one they still match', async () => {
    const { data } = await api.query(`{ source(id: "source:bakhmut-azov-wagner-2023-05") { text } }`);
    const response = await expectUnchanged(api.database, () =>
      editor(`mutation ($text: String!) { updateSource(input: { id: "source:bakhmut-azov-wagner-2023-05", text: $text }) { source { id } } }`, {
        text: `Inleiding. ${data.source.text}`,
      }),
    );
    expectError(response, 'BAD_USER_INPUT', 'input.text');
    const appended = await editor(
      `mutation ($text: String!) { updateSource(input: { id: "source:bakhmut-azov-wagner-2023-05", text: $text, publisher: "VRT NWS" }) { source { publisher } } }`,
      { text: `${data.source.text}\n\nNaschrift.` },
    );
    expect(appended.data.updateSource.source.publisher).toBe('VRT NWS');
  });
});

describe('deleting', () => {
  const deletePerson = `mutation ($input: DeletePersonInput!) {
    deletePerson(input: $input) { deletedId removedRelationships { id type from to } }
  }`;

  it('refuses while the node has relationships, naming them', async () => {
    const response = await expectUnchanged(api.database, () => editor(deletePerson, { input: { id: 'person:roger-housen' } }));
    const error = expectError(response, 'BAD_USER_INPUT', 'input.cascade');
    expect(error.message).toMatch(/still has \d+ relationship/);
  });

  it('cascade is for admins only', async () => {
    const response = await expectUnchanged(api.database, () => editor(deletePerson, { input: { id: 'person:roger-housen', cascade: true } }));
    expectError(response, 'FORBIDDEN');
  });

  it('an admin deletes with cascade, and is told every relationship removed', async () => {
    const before = await countGraph(api.database);
    const { data, errors } = await admin(deletePerson, { input: { id: 'person:roger-housen', cascade: true } });
    expect(errors).toBeUndefined();
    const removed = data.deletePerson.removedRelationships;
    expect(removed.length).toBeGreaterThan(3);
    expect(removed).toContainEqual(expect.objectContaining({ type: 'CONFIRMS', from: 'person:roger-housen', to: 'statement:azov-advance-2-6-km' }));
    expect(await countGraph(api.database)).toEqual({ nodes: before.nodes - 1, relationships: before.relationships - removed.length });
    expectError(await api.query(`{ person(id: "person:roger-housen") { name } }`), 'NOT_FOUND');
  });

  it('deleting a statement with cascade also removes the blames laid in it', async () => {
    const { data } = await admin(`mutation {
      deleteStatement(input: { id: "statement:promised-ammunition-not-arrived", cascade: true }) { removedRelationships { type from to } }
    }`);
    expect(data.deleteStatement.removedRelationships).toContainEqual({
      type: 'BLAMES',
      from: 'person:yevgeny-prigozhin',
      to: 'organisation:russian-military-command',
    });
    const blames = await api.query(`{ person(id: "person:yevgeny-prigozhin") { blames(first: 100) { totalCount edges { node { statement { id } } } } } }`);
    expect(blames.data.person.blames.edges).toHaveLength(blames.data.person.blames.totalCount);
    expect(blames.data.person.blames.edges.map(({ node: blame }: any) => blame.statement?.id)).not.toContain('statement:promised-ammunition-not-arrived');
  });

  it('an editor deletes nodes without relationships, of every kind, and their names are free again', async () => {
    const { data, errors } = await editor(`mutation {
      person: deletePerson(input: { id: "person:kyrylo-budanov" }) { deletedId removedRelationships { id } }
      organisation: deleteOrganisation(input: { id: "organisation:third-assault-brigade" }) { deletedId }
      place: deletePlace(input: { id: "place:soledar" }) { deletedId }
      statement: deleteStatement(input: { id: "statement:wagner-took-soledar" }) { deletedId }
      source: deleteSource(input: { id: "source:soledar-gevallen" }) { deletedId }
    }`);
    expect(errors).toBeUndefined();
    expect(data.person).toEqual({ deletedId: 'person:kyrylo-budanov', removedRelationships: [] });
    expect([data.organisation, data.place, data.statement, data.source].map((item: any) => item.deletedId)).toEqual([
      'organisation:third-assault-brigade',
      'place:soledar',
      'statement:wagner-took-soledar',
      'source:soledar-gevallen',
    ]);
    const recreated = await editor(createPerson, { input: { name: 'Kyrylo Budanov' } });
    expect(recreated.errors).toBeUndefined();
  });

  it('deleting what does not exist is NOT_FOUND', async () => {
    expectError(await expectUnchanged(api.database, () => editor(deletePerson, { input: { id: 'person:nobody' } })), 'NOT_FOUND');
  });
});
