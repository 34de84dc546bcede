import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ClaimgraphDocument, parseDocument } from '../src/model/document.js';
import { importDocuments } from '../src/writes/import.js';
import { countGraph, expectError, expectUnchanged, openTestApi, resetToSeed, snapshotDatabase, testTokens } from './support.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
const fixture = new URL('fixtures/prigozjin-dreigt-2023-05.json', import.meta.url);
const article = JSON.parse(await readFile(fixture, 'utf8')) as ClaimgraphDocument;
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const importDocument = `mutation ($input: ImportDocumentInput!) {
  importDocument(input: $input) {
    dryRun sourceId source { id createdBy }
    entities { givenId id kind outcome matchedSpelling updated }
    nodes { created updated unchanged }
    relationships { created updated unchanged }
  }
}`;

/** `npm run import` in the operator's mode, straight into the test database. */
const runImport = (...args: string[]) =>
  promisify(execFile)('npx', ['tsx', 'src/cli/import.ts', '--direct-to-database', ...args], {
    cwd: new URL('..', import.meta.url),
    env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USERNAME: process.env.TEST_NEO4J_USERNAME, NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD, NEO4J_DATABASE: process.env.TEST_NEO4J_DATABASE },
  });

/** The report without what differs between a dry run and a real import. */
const reportOf = ({ dryRun: _dryRun, source: _source, ...report }: any) => report;

describe('importing a second article', () => {
  let dryRunReport: unknown;

  it('a dry run reports what the import would do, and writes nothing', async () => {
    const { data, errors } = await expectUnchanged(api.database, () => editor(importDocument, { input: { document: article, dryRun: true } }));
    expect(errors).toBeUndefined();
    expect(data.importDocument).toMatchObject({ dryRun: true, source: null, nodes: { created: 4 } });
    dryRunReport = reportOf(data.importDocument);
  });

  it('lands on the seed\'s Prigozhin, Bakhmut, Wagner Group, Russian Federation and military command, and creates only Shoigu', async () => {
    const before = await countGraph(api.database);
    const { data, errors } = await editor(importDocument, { input: { document: article } });
    expect(errors).toBeUndefined();
    const report = data.importDocument;
    expect(report.source).toEqual({ id: article.source.id, createdBy: 'editor' });
    expect(report.entities).toEqual([
      { givenId: 'person:jevgeni-prigozjin', id: 'person:yevgeny-prigozhin', kind: 'Person', outcome: 'MATCHED_BY_NAME', matchedSpelling: 'Jevgeni Prigozjin', updated: true },
      { givenId: 'organisation:wagnergroep', id: 'organisation:wagner-group', kind: 'Organisation', outcome: 'MATCHED_BY_NAME', matchedSpelling: 'Wagnergroep', updated: false },
      { givenId: 'place:bachmoet', id: 'place:bakhmut', kind: 'Place', outcome: 'MATCHED_BY_NAME', matchedSpelling: 'Bachmoet', updated: false },
      { givenId: 'organisation:rusland', id: 'organisation:russian-federation', kind: 'Organisation', outcome: 'MATCHED_BY_NAME', matchedSpelling: 'Rusland', updated: false },
      { givenId: 'organisation:russische-legertop', id: 'organisation:russian-military-command', kind: 'Organisation', outcome: 'MATCHED_BY_NAME', matchedSpelling: 'Russische legertop', updated: false },
      { givenId: 'person:sergej-sjojgoe', id: 'person:sergej-sjojgoe', kind: 'Person', outcome: 'CREATED', matchedSpelling: null, updated: false },
    ]);
    // The source, two statements and Shoigu are new; Prigozhin gained an alias; Wagner PART_OF Russia was already known.
    expect(report.nodes).toEqual({ created: 4, updated: 1, unchanged: 4 });
    expect(report.relationships).toEqual({ created: 9, updated: 0, unchanged: 1 });
    expect(reportOf(report)).toEqual(dryRunReport);
    expect(await countGraph(api.database)).toEqual({ nodes: before.nodes + 4, relationships: before.relationships + 9 });
  });

  it('the new statements hang off the existing nodes', async () => {
    const { data } = await api.query(`{
      person(id: "person:yevgeny-prigozhin") { aliases updatedBy claims(first: 100) { edges { node { statement { id } } } } blames(first: 100) { edges { node { blamed { id } statement { id } } } } }
      place(id: "place:bakhmut") { mentionedIn(first: 100) { edges { node { id } } } }
      people(first: 20) { totalCount }
      wagner: search(query: "Wagnergroep", kinds: [Organisation]) { node { id } }
    }`);
    expect(data.person.aliases).toContain('Jevgeni Viktorovitsj Prigozjin');
    expect(data.person.updatedBy).toBe('editor');
    expect(data.person.claims.edges.map(({ node: claim }: any) => claim.statement.id)).toEqual(
      expect.arrayContaining(['statement:wagner-dreigt-bachmoet-te-verlaten', 'statement:sjojgoe-schuld-aan-verliezen']),
    );
    expect(data.person.blames.edges.map(({ node }: any) => node)).toContainEqual({ blamed: { id: 'person:sergej-sjojgoe' }, statement: { id: 'statement:sjojgoe-schuld-aan-verliezen' } });
    expect(data.place.mentionedIn.edges.map(({ node: statement }: any) => statement.id)).toContain('statement:wagner-dreigt-bachmoet-te-verlaten');
    expect(data.people.totalCount).toBe(5);
    expect(data.wagner.map((hit: any) => hit.node.id)).toEqual(['organisation:wagner-group']);
  });

  it('importing it again changes nothing at all, not even updatedAt', async () => {
    const { data } = await expectUnchanged(api.database, () => editor(importDocument, { input: { document: article } }));
    expect(data.importDocument.nodes).toEqual({ created: 0, updated: 0, unchanged: 9 });
    expect(data.importDocument.relationships).toEqual({ created: 0, updated: 0, unchanged: 10 });
    expect(data.importDocument.entities.map((entity: any) => entity.outcome)).toEqual([
      'MATCHED_BY_NAME',
      'MATCHED_BY_NAME',
      'MATCHED_BY_NAME',
      'MATCHED_BY_NAME',
      'MATCHED_BY_NAME',
      'MATCHED_BY_ID',
    ]);
  });

  it('the seed itself was loaded through the same import, as "seed"', async () => {
    const { data } = await api.query(`{ place(id: "place:bakhmut") { createdBy createdAt } statement(id: "statement:azov-advance-2-6-km") { claims { createdBy } } }`);
    expect(data.place.createdBy).toBe('seed');
    expect(data.place.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(data.statement.claims[0].createdBy).toBe('seed');
  });
});

describe('a document is refused whole when any of it is wrong', () => {
  const edited = (change: (document: any) => void) => {
    const copy = structuredClone(article) as any;
    change(copy);
    return copy;
  };

  it.each([
    ['a quote that differs from the text between its offsets', (document: any) => (document.edges[8].quote = 'dreigt'), 'input.document.edges.8.quote'],
    ['offsets past the end of the text', (document: any) => (document.edges[8].end = 100_000), 'input.document.edges.8.end'],
    ['a claim made by a place', (document: any) => (document.edges[0].from = 'place:bachmoet'), 'input.document.edges.0.from'],
    ['an edge to a node the document does not declare', (document: any) => (document.edges[4].to = 'place:kyiv'), 'input.document.edges.4.to'],
    ['a blame without its statement', (document: any) => delete document.edges[2].statement, 'input.document.edges.2.statement'],
    ['a language that is no BCP 47 tag', (document: any) => (document.statements[0].language = 'dutch!'), 'input.document.statements.0.language'],
    ['a date without its precision', (document: any) => (document.statements[0].date = '5 mei 2023'), 'input.document.statements.0.date'],
    ['an id of the wrong kind', (document: any) => (document.entities[0].id = 'place:jevgeni-prigozjin'), 'input.document.entities.0.id'],
    ['an unknown field', (document: any) => (document.source.author = 'x'), 'input.document.source'],
    ['a name too long', (document: any) => (document.entities[5].name = 'x'.repeat(501)), 'input.document.entities.5.name'],
  ])('%s', async (_case, change, field) => {
    const response = await expectUnchanged(api.database, () => editor(importDocument, { input: { document: edited(change) } }));
    expectError(response, 'BAD_USER_INPUT', field);
  });

  it('an entity whose spellings name two entities is an error naming both, and nothing of the document is written', async () => {
    const document = edited((copy) => {
      copy.source.id = 'source:ambiguous';
      copy.entities[5].aliases.push('Housen', 'Biletsky');
      copy.entities[5].id = 'person:someone-new';
      for (const edge of copy.edges) {
        if (edge.to === 'person:sergej-sjojgoe') edge.to = 'person:someone-new';
        if (edge.to === article.source.id) edge.to = 'source:ambiguous';
      }
    });
    const response = await expectUnchanged(api.database, () => editor(importDocument, { input: { document } }));
    const error = expectError(response, 'BAD_USER_INPUT', 'input.document.entities.5');
    expect(error.message).toContain('person:roger-housen');
    expect(error.message).toContain('person:andriy-biletsky');
  });

  it('among several documents a bad one fails alone: the others land, each whole', async () => {
    const good = edited((copy) => {
      copy.source.id = 'source:good-copy';
      for (const edge of copy.edges) if (edge.to === article.source.id) edge.to = 'source:good-copy';
    });
    const bad = edited((copy) => {
      copy.source.id = 'source:bad-copy';
      copy.entities[1].aliases = ['Azov'];
      for (const edge of copy.edges) if (edge.to === article.source.id) edge.to = 'source:bad-copy';
    });
    const result = await importDocuments(api.database.runner(), [parseDocument(good), parseDocument(bad)], { author: 'test' });
    expect(result.imported.map((document) => document.sourceId)).toEqual(['source:good-copy']);
    expect(result.failed.map((failure) => [failure.index, failure.sourceId])).toEqual([[1, 'source:bad-copy']]);
    expect(String(result.failed[0]!.error)).toContain('organisation:azov-battalion');
    const { data } = await api.query(`{ good: nodes(ids: ["source:good-copy"]) { id } bad: nodes(ids: ["source:bad-copy"]) { id } }`);
    expect(data.good).toEqual([{ id: 'source:good-copy' }]);
    expect(data.bad).toEqual([null]);
  });
});

describe('a document whose edges would close a cycle is refused whole', () => {
  const withEdges = (sourceId: string, edges: unknown[]) => {
    const copy = structuredClone(article) as any;
    copy.source.id = sourceId;
    for (const edge of copy.edges) if (edge.to === article.source.id) edge.to = sourceId;
    copy.edges.push(...edges);
    return copy;
  };
  // The article's Wagnergroep is the seed's Wagner Group, already part of Russia ("Rusland").
  const russiaPartOfWagner = withEdges('source:russia-part-of-wagner', [
    { type: 'PART_OF', from: 'organisation:rusland', to: 'organisation:wagnergroep' },
  ]);
  const cycleThroughTheGraph = 'PART_OF may not make a cycle: organisation:russian-federation → organisation:wagner-group → organisation:russian-federation';

  it('the importDocument mutation refuses a document that closes a cycle with the graph, and writes nothing of it', async () => {
    const response = await expectUnchanged(api.database, () => editor(importDocument, { input: { document: russiaPartOfWagner } }));
    expect(expectError(response, 'BAD_USER_INPUT', `input.document.edges.${article.edges.length}`).message).toContain(cycleThroughTheGraph);
  });

  it('the import reports it as a failed document naming the edge and the cycle, and a dry run says the same', async () => {
    for (const dryRun of [false, true]) {
      const result = await expectUnchanged(api.database, () =>
        importDocuments(api.database.runner(), [parseDocument(russiaPartOfWagner)], { author: 'test', dryRun }),
      );
      expect(result.imported).toEqual([]);
      expect(result.failed.map((failure) => (failure.error as Error).message)).toEqual([`edges.${article.edges.length}: ${cycleThroughTheGraph}`]);
    }
  });

  it('a cycle made by the document\'s own edges fails it too, while the documents beside it land', async () => {
    const ownCycle = withEdges('source:own-cycle', [
      { type: 'PART_OF', from: 'organisation:russische-legertop', to: 'organisation:wagnergroep' },
      { type: 'PART_OF', from: 'organisation:wagnergroep', to: 'organisation:russische-legertop' },
    ]);
    const good = withEdges('source:beside-the-cycle', []);
    const result = await importDocuments(api.database.runner(), [parseDocument(ownCycle), parseDocument(good)], { author: 'test' });
    expect(result.imported.map((document) => document.sourceId)).toEqual(['source:beside-the-cycle']);
    expect(String(result.failed[0]!.error)).toMatch(
      /PART_OF may not make a cycle: organisation:(wagner-group|russian-military-command) → .* → organisation:\1/,
    );
    const { data } = await api.query(`{ nodes(ids: ["source:own-cycle"]) { id } organisation(id: "organisation:wagner-group") { partOf { id } } }`);
    expect(data.nodes).toEqual([null]);
    expect(data.organisation.partOf).toEqual([{ id: 'organisation:russian-federation' }]);
  });

  it('npm run import fails it too, naming the cycle, and writes nothing of it', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'claimgraph-import-'));
    const document = structuredClone(article) as any;
    document.edges.push({ type: 'PART_OF', from: 'organisation:rusland', to: 'organisation:wagnergroep' });
    await writeFile(path.join(folder, 'cycle.json'), JSON.stringify(document));
    const before = await snapshotDatabase(api.database);
    const failure = await runImport(path.join(folder, '*.json')).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(
      'PART_OF may not make a cycle: organisation:russian-federation → organisation:wagner-group → organisation:russian-federation',
    );
    expect(await snapshotDatabase(api.database)).toBe(before);
  });
});

describe('npm run import -- --direct-to-database', () => {

  it('imports the files a glob matches, through the same import, and says what it did', async () => {
    const before = await snapshotDatabase(api.database);
    const { stdout } = await runImport('--author', 'cli-test', 'test/fixtures/*.json');
    expect(stdout).toContain('1 of 1 document(s) imported from 1 file(s)');
    expect(stdout).toMatch(/nodes: +0 created, 0 updated, 9 unchanged/);
    expect(stdout).toContain('person:jevgeni-prigozjin → person:yevgeny-prigozhin ("Jevgeni Prigozjin")');
    expect(await snapshotDatabase(api.database)).toBe(before);
  });

  it('reports a file that is no valid document, and fails', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'claimgraph-import-'));
    await writeFile(path.join(folder, 'broken.json'), JSON.stringify({ source: { id: 'source:x' } }));
    const failure = await runImport(path.join(folder, '*.json')).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('source.title');
  });
});
