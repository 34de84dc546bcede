import { readdir, readFile } from 'node:fs/promises';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import { openTestApi, resetToSeed, testTokens } from './support.js';

const api = openTestApi();
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const examplesFolder = new URL('../seed/examples/', import.meta.url);
const exampleFiles = (await readdir(examplesFolder)).filter((file) => file.endsWith('.graphql')).sort();

async function runExample(file: string) {
  return api.query(await readFile(new URL(file, examplesFolder), 'utf8'));
}

describe('the example questions GraphiQL opens with', () => {
  it.each(exampleFiles)('%s runs without errors and finds data', async (file) => {
    const { data, errors } = await runExample(file);
    expect(errors).toBeUndefined();
    for (const answer of Object.values(data)) {
      expect(answer).not.toBeNull();
      if (Array.isArray(answer)) expect(answer.length).toBeGreaterThan(0);
    }
  });

  it('answers whom Prigozhin blames: the Russian military command, for the ammunition', async () => {
    const { data } = await runExample('01-whom-does-prigozhin-blame.graphql');
    const blamed = data.person.blames.edges.map(({ node: blame }: any) => blame.blamed.name);
    expect(blamed).toContain('Russian military command');
  });

  it('answers who confirms Biletsky\'s claim: Prigozhin strongly, Housen weakly', async () => {
    const { data } = await runExample('02-who-confirms-biletskys-claim.graphql');
    const advance = data.person.claims.edges.map(({ node }: any) => node).find((claim: any) => claim.statement.summary.includes('2.6 km'));
    const confirmers = advance.statement.confirmations.map((item: any) => `${item.confirmer.name}:${item.strength}`).sort();
    expect(confirmers).toEqual(['Roger Housen:WEAK', 'Yevgeny Prigozhin:STRONG']);
  });

  it('answers what Housen said', async () => {
    const { data } = await runExample('03-what-did-housen-say.graphql');
    expect(data.search[0].node.name).toBe('Roger Housen');
    expect(data.search[0].node.claims.edges.length).toBeGreaterThanOrEqual(5);
  });

  it('answers which statements contradict each other: Putin\'s springboard and the analysts\' symbolic battle', async () => {
    const { data } = await runExample('11-which-statements-contradict-each-other.graphql');
    const pairs = data.statements.edges.flatMap(({ node: statement }: any) =>
      statement.contradicts.map((contradiction: any) => [statement.summary, contradiction.contradicts.summary]),
    );
    expect(pairs).toEqual([[expect.stringContaining('springboard'), expect.stringContaining('symbolic battle')]]);
  });

  it('answers who confirmed the 2.6 km claim against their own camp: Prigozhin, of the Russian Federation, which opposes Ukraine', async () => {
    const { data } = await runExample('12-who-confirmed-against-their-own-camp.graphql');
    expect(data.statement.corroboration.adversarialConfirmers).toEqual([{ name: 'Yevgeny Prigozhin', camp: { name: 'Russian Federation' } }]);
  });

  it('/health says the process lives and /ready that Neo4j answers too', async () => {
    expect((await api.app.fetch('http://claimgraph/health')).status).toBe(200);
    expect((await api.app.fetch('http://claimgraph/ready')).status).toBe(200);
  });
});

const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
const graphqlBlocks = (text: string) => [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map(([, document]) => document!);
const mergingSection = readme.slice(readme.indexOf('### People and organisations that are one')).split(/^#{2,3} /m)[1]!;
const queryExamples = graphqlBlocks(readme.slice(readme.indexOf('## Example queries'), readme.indexOf('### Limits')));
const queryExample = (field: string) => queryExamples.find((document) => document.trimStart().startsWith(`{ ${field}(`) || document.includes(`\n  ${field}(`))!;

describe("the README's examples", () => {
  it('are valid against the schema, each that is a whole document', () => {
    const documents = graphqlBlocks(readme).filter((block) => /^\s*(\{|query|mutation|subscription)/.test(block));
    expect(documents.length).toBeGreaterThan(10);
    for (const document of documents) expect(validate(schema, parse(document)).map(({ message }) => message), document).toEqual([]);
  });

  it.each(queryExamples.map((document) => [document.replace(/\s+/g, ' ').slice(0, 60), document]))('%s… runs on the seed and finds data', async (_start, document) => {
    const { data, errors } = await api.query(document);
    expect(errors).toBeUndefined();
    for (const answer of Object.values(data)) {
      expect(answer).not.toBeNull();
      if (Array.isArray(answer)) expect(answer.length).toBeGreaterThan(0);
    }
  });

  it('answers which statements about places in Donbas are disputed, by month, in one query', async () => {
    const { data } = await api.query(queryExample('facets'));
    const listed = await api.query('{ statements(first: 100, filter: { place: "place:donbas", status: [DISPUTED] }) { totalCount edges { node { date } } } }');
    expect(data.facets.total).toBe(listed.data.statements.totalCount);
    expect(data.facets.total).toBeGreaterThan(0);
    const months = new Map<string, number>();
    for (const { node } of listed.data.statements.edges) if (node.date) months.set(node.date.slice(0, 7), (months.get(node.date.slice(0, 7)) ?? 0) + 1);
    expect(data.facets.periods).toEqual([...months].sort().map(([period, count]) => ({ period, count })));
  });

  it('finds an article by a phrase in its text, with the words marked where they stand', async () => {
    const { data } = await api.query(queryExample('sourceHits'));
    expect(data.sourceHits.length).toBeGreaterThan(0);
    for (const hit of data.sourceHits) {
      expect(hit.snippet.match.toLowerCase()).toMatch(/beloofde|munitie/);
      expect(hit.end).toBeGreaterThan(hit.start);
    }
  });

  it('on people and organisations that are one run in turn: a second Prigozhin, an id from elsewhere, the pair found, the merge', async () => {
    const [upsert, byExternalId, duplicates, merge] = graphqlBlocks(mergingSection);
    const admin = api.as(testTokens.admin);

    const upserted = await admin(upsert!);
    expect(upserted.errors).toBeUndefined();
    expect(upserted.data.upsertPerson).toMatchObject({ created: true, person: { id: 'person:prigozhine' } });

    const found = await api.query(byExternalId!);
    expect(found.data.entityByExternalId).toMatchObject({ id: 'person:vladimir-putin', name: 'Vladimir Putin' });

    const listed = await api.query(duplicates!);
    expect(listed.errors).toBeUndefined();
    expect(listed.data.possibleDuplicateEntities.pairs).toEqual([
      expect.objectContaining({ entity: { id: 'person:prigozhine', name: 'Prigozhine' }, other: { id: 'person:yevgeny-prigozhin', name: 'Yevgeny Prigozhin' }, closestSpellings: ['Prigozhine', 'Prigozhin'] }),
    ]);

    const merged = await admin(merge!);
    expect(merged.errors).toBeUndefined();
    expect(merged.data.mergeEntities.entity.aliases).toContain('Prigozhine');
    expect(merged.data.mergeEntities.entity.externalIds).toEqual([{ scheme: 'URL', value: 'https://example.org/people/prigozhine' }]);
    expect((await api.query(duplicates!)).data.possibleDuplicateEntities.pairs).toEqual([]);
  });
});
