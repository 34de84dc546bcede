import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structuralTypes } from '../src/model/kinds.js';
import { expectError, expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';
import { housen, analysts, seedSource } from './seed-ids.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
const admin = api.as(testTokens.admin);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const seed = JSON.parse(await readFile(new URL('../seed/bakhmut-2023-05.json', import.meta.url), 'utf8'));

const groundsFields = 'basis knownBy sources { source { id text } quote start end }';
const addMembership = `mutation ($input: AddMembershipInput!) {
  addMembership(input: $input) { created updatedProperties membership { ${groundsFields} } }
}`;

/** Every drawn edge of these types around these nodes, with what it rests on. */
async function structuralEdgesAround(ids: readonly string[]) {
  const edges = new Map<string, any>();
  for (const id of ids) {
    const { data, errors } = await api.query(`query ($id: ID!) { graph(center: $id, depth: 1, edgeTypes: [${structuralTypes.join(', ')}]) {
      edges { id type source target properties { basis knownBy sources { source { id text } quote start end } } }
    } }`, { id });
    expect(errors).toBeUndefined();
    for (const edge of data.graph.edges) edges.set(edge.id, edge);
  }
  return [...edges.values()];
}

describe('what the structural relationships rest on', () => {
  it('every structural relationship of the seed names the article words that state it, or whose background knowledge it is', async () => {
    const seedRelationships = seed.edges.filter((edge: any) => (structuralTypes as readonly string[]).includes(edge.type));
    const edges = await structuralEdgesAround([...new Set<string>(seedRelationships.map((edge: any) => edge.from))]);
    expect(edges).toHaveLength(seedRelationships.length);
    for (const edge of edges) {
      const { basis, knownBy, sources } = edge.properties;
      expect(sources.length > 0 || (basis === 'BACKGROUND' && knownBy), edge.id).toBeTruthy();
      for (const cited of sources) expect(cited.source.text.slice(cited.start, cited.end)).toBe(cited.quote);
    }
    const prigozhinLeadsWagner = edges.find((edge) => edge.id === 'leads:person:yevgeny-prigozhin->organisation:wagner-group');
    expect(prigozhinLeadsWagner.properties.sources.map((cited: any) => [cited.source.id, cited.quote])).toEqual([
      [seedSource, 'Prigozjin is de leider van het Russische huurlingenleger Wagner'],
    ]);
    const wagnerPartOfRussia = edges.find((edge) => edge.id === 'part_of:organisation:wagner-group->organisation:russian-federation');
    expect(wagnerPartOfRussia.properties).toMatchObject({ basis: 'BACKGROUND', knownBy: expect.any(String), sources: [] });
  });

  it('addMembership stores its sources with where their words stand, and adding it again replaces them', async () => {
    const quote = 'oud-kolonel Roger Housen';
    const input = { member: housen, organisation: analysts, kind: 'MEMBER_OF', sources: [{ source: seedSource, quote }] };
    const { data, errors } = await editor(addMembership, { input });
    expect(errors).toBeUndefined();
    const [cited] = data.addMembership.membership.sources;
    expect(cited.source.text.slice(cited.start, cited.end)).toBe(quote);
    expect(data.addMembership.membership.basis).toBeNull();

    const background = await editor(addMembership, {
      input: { member: housen, organisation: analysts, kind: 'MEMBER_OF', sources: null, basis: 'BACKGROUND', knownBy: 'a test modeller' },
    });
    expect(background.errors).toBeUndefined();
    expect(background.data.addMembership).toMatchObject({
      created: false,
      updatedProperties: ['basis', 'knownBy', 'sources'],
      membership: { basis: 'BACKGROUND', knownBy: 'a test modeller', sources: [] },
    });
  });

  it.each([
    [{ sources: [{ source: seedSource, quote: 'words the article never wrote' }] }, 'input.sources.0.quote'],
    [{ sources: [{ source: 'source:never-published', quote: 'Housen' }] }, 'input.sources.0.source'],
    [{ sources: [{ source: 'person:roger-housen', quote: 'Housen' }] }, 'input.sources.0.source'],
    [{ basis: 'BACKGROUND' }, 'input.knownBy'],
    [{ basis: 'STATED' }, 'input.basis'],
    [{ knownBy: 'someone' }, 'input.basis'],
  ])('addMembership refuses %j, naming %s, and writes nothing', async (grounds, field) => {
    const input = { member: 'person:vladimir-putin', organisation: analysts, kind: 'MEMBER_OF', ...grounds };
    expectError(await expectUnchanged(api.database, () => editor(addMembership, { input })), 'BAD_USER_INPUT', field);
  });

  it('refuses sources and BACKGROUND on a relationship that is no structural relationship', async () => {
    const add = `mutation ($input: AddConfirmationInput!) { addConfirmation(input: $input) { created } }`;
    const input = { confirmer: housen, statement: 'statement:azov-advance-2-6-km', strength: 'WEAK', basis: 'BACKGROUND' };
    expectError(await expectUnchanged(api.database, () => editor(add, { input })), 'BAD_USER_INPUT', 'input.basis');
  });

  it('an import checks a structural relationship\'s words against the text of the source it names, in the document or in the graph', async () => {
    const importDocument = `mutation ($input: ImportDocumentInput!) { importDocument(input: $input) { relationships { created } } }`;
    const text = 'De Wagner-groep maakt deel uit van het Russische leger, zegt de krant.';
    const document = (sources: unknown[]) => ({
      source: { id: 'source:structural-test', title: 'Structural test', language: 'nl', text },
      entities: [
        { id: 'organisation:wagner-group', kind: 'Organisation', name: 'Wagner Group', organisationKind: 'MERCENARY_GROUP' },
        { id: 'organisation:russian-armed-forces', kind: 'Organisation', name: 'Russian Armed Forces', organisationKind: 'ARMED_FORCES' },
      ],
      edges: [{ type: 'PART_OF', from: 'organisation:wagner-group', to: 'organisation:russian-armed-forces', sources }],
    });
    const unwritten = document([{ source: 'source:structural-test', quote: 'words the text lacks' }]);
    expectError(await expectUnchanged(api.database, () => editor(importDocument, { input: { document: unwritten } })), 'BAD_USER_INPUT', 'input.document.edges.0.sources.0.quote');
    const notInTheGraphSource = document([{ source: seedSource, quote: 'words the article lacks' }]);
    expectError(await expectUnchanged(api.database, () => editor(importDocument, { input: { document: notInTheGraphSource } })), 'BAD_USER_INPUT', 'input.document.edges.0.sources.0.quote');

    const good = document([
      { source: 'source:structural-test', quote: 'maakt deel uit van het Russische leger' },
      { source: seedSource, quote: 'het Russische huurlingenleger Wagner' },
    ]);
    const imported = await editor(importDocument, { input: { document: good } });
    expect(imported.errors).toBeUndefined();
    const [edge] = (await structuralEdgesAround(['organisation:wagner-group'])).filter((edge) => edge.target === 'organisation:russian-armed-forces');
    expect(edge.properties.sources.map((cited: any) => [cited.source.id, cited.source.text.slice(cited.start, cited.end)])).toEqual([
      ['source:structural-test', 'maakt deel uit van het Russische leger'],
      [seedSource, 'het Russische huurlingenleger Wagner'],
    ]);

    // The source's words are kept: a text without them, or deleting it, is refused while the relationship cites it.
    const update = `mutation ($text: String!) { updateSource(input: { id: "source:structural-test", text: $text }) { source { id } } }`;
    expectError(await expectUnchanged(api.database, () => editor(update, { text: 'Een andere tekst.' })), 'BAD_USER_INPUT', 'input.text');
    const refused = expectError(
      await expectUnchanged(api.database, () => admin(`mutation { deleteSource(input: { id: "source:structural-test" }) { deletedId } }`)),
      'BAD_USER_INPUT',
      'input.cascade',
    );
    expect(refused.message).toContain('part_of:organisation:wagner-group->organisation:russian-armed-forces');
  });
});
