import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimgraphDocument } from '../src/model/document.js';
import { type ImportResult, importDocuments } from '../src/writes/import.js';
import { countGraph, openTestApi, resetToSeed } from './support.js';

const api = openTestApi();
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const documents = 8;
const importers = 8;
const documentsPerImporter = 4;

/*
 * Eight articles about the same new people and places, each spelling them its own way under its own ids:
 * Gerasimov, the Storm-Z units, and the seed's Prigozhin and Bakhmut. They share one statement and its edges.
 */
const gerasimov = ['Valery Gerasimov', 'Valeri Gerasimov', 'Валерий Герасимов', 'Walerij Gerassimow'];
const stormZ = ['Storm-Z', 'Storm Z', 'Шторм Z', 'STORM-Z'];
const prigozhin = ['Prigozjin', 'Yevgeny Prigozhin', 'Евгений Пригожин', 'Prigojine'];
const bakhmut = ['Bachmoet', 'Bakhmut', 'Бахмут', 'Bakhmout'];

function article(index: number): ClaimgraphDocument {
  const pick = (spellings: string[]) => spellings[index % spellings.length]!;
  const ownStatement = `statement:concurrency-${index}`;
  const sharedStatement = 'statement:concurrency-shared';
  const source = `source:concurrency-${index}`;
  const ownText = `Bericht ${index}: ${pick(gerasimov)} stuurt ${pick(stormZ)} naar ${pick(bakhmut)}.`;
  const sharedText = 'Gerasimov voert het bevel over het offensief.';
  const text = `${ownText} ${sharedText}`;
  const ids = {
    gerasimov: `person:gerasimov-${index}`,
    stormZ: `organisation:storm-z-${index}`,
    prigozhin: `person:prigozhin-${index}`,
    bakhmut: `place:bakhmut-${index}`,
  };
  return {
    source: { id: source, title: `Bericht ${index}`, language: 'nl', text },
    entities: [
      { id: ids.gerasimov, kind: 'Person', name: pick(gerasimov), names: [], aliases: [] },
      { id: ids.stormZ, kind: 'Organisation', name: pick(stormZ), names: [], aliases: [], organisationKind: 'MILITARY_UNIT' },
      { id: ids.prigozhin, kind: 'Person', name: pick(prigozhin), names: [], aliases: [] },
      { id: ids.bakhmut, kind: 'Place', name: pick(bakhmut), names: [], aliases: [], placeKind: 'CITY' },
    ],
    statements: [
      { id: ownStatement, text: ownText, language: 'nl', verificationStatus: 'UNVERIFIED' },
      { id: sharedStatement, text: sharedText, language: 'nl', verificationStatus: 'UNVERIFIED' },
    ],
    edges: [
      { type: 'CLAIMS', from: ids.gerasimov, to: sharedStatement },
      { type: 'CLAIMS', from: ids.gerasimov, to: ownStatement },
      { type: 'MEMBER_OF', from: ids.gerasimov, to: ids.stormZ },
      { type: 'MENTIONS', from: sharedStatement, to: ids.bakhmut },
      { type: 'MENTIONS', from: ownStatement, to: ids.stormZ },
      { type: 'CONFIRMS', from: ids.prigozhin, to: sharedStatement, strength: 'WEAK' },
      { type: 'BLAMES', from: ids.prigozhin, to: ids.gerasimov, statement: sharedStatement, reason: 'the ammunition' },
      { type: 'REPORTED_IN', from: ownStatement, to: source, quote: ownText, start: 0, end: ownText.length },
      { type: 'REPORTED_IN', from: sharedStatement, to: source, quote: sharedText, start: ownText.length + 1, end: text.length },
    ],
  };
}

// Distinct after resolution: 8 sources, 8 own statements, 1 shared, Gerasimov and Storm-Z.
const expectedNewNodes = 8 + 8 + 1 + 2;
// Shared: Gerasimov's claim, membership, the mention of Bakhmut, Prigozhin's confirmation and blame (5);
// per article: a claim, a mention and two quotes (4 × 8).
const expectedNewRelationships = 5 + 4 * 8;

async function duplicates(): Promise<{ ids: number; relationshipIds: number; gerasimovs: number; stormZs: number }> {
  const [row] = await api.database.runner().read<{ ids: number; relationshipIds: number; gerasimovs: number; stormZs: number }>(
    `CALL () { MATCH (n:Node) WITH n.id AS id, count(*) AS copies WHERE copies > 1 RETURN count(*) AS ids }
     CALL () { MATCH ()-[r]->() WHERE r.id IS NOT NULL WITH type(r) AS type, r.id AS id, count(*) AS copies WHERE copies > 1 RETURN count(*) AS relationshipIds }
     CALL () { MATCH (n:Person) WHERE n.foldedNames CONTAINS 'gerasimov' RETURN count(n) AS gerasimovs }
     CALL () { MATCH (n:Organisation) WHERE n.foldedNames CONTAINS 'storm' RETURN count(n) AS stormZs }
     RETURN ids, relationshipIds, gerasimovs, stormZs`,
  );
  return row!;
}

describe('eight importers at once over overlapping articles', () => {
  it('leave exactly one node per entity and one edge per relationship', async () => {
    const before = await countGraph(api.database);
    const started = performance.now();
    const results: ImportResult[] = await Promise.all(
      Array.from({ length: importers }, (_, importer) =>
        importDocuments(
          api.database.runner(),
          Array.from({ length: documentsPerImporter }, (_, offset) => article((importer + offset) % documents)),
          // One transaction per document, so the importers interleave as much as they can.
          { author: `importer-${importer}`, rowsPerTransaction: 1 },
        ),
      ),
    );
    const seconds = (performance.now() - started) / 1000;

    expect(results.flatMap((result) => result.failed.map((failure) => String(failure.error)))).toEqual([]);
    const after = await countGraph(api.database);
    const found = await duplicates();
    console.log(
      `${importers} importers × ${documentsPerImporter} imports of ${documents} overlapping articles in ${seconds.toFixed(1)} s: ` +
        `nodes ${before.nodes} → ${after.nodes} (+${after.nodes - before.nodes}, expected +${expectedNewNodes}), ` +
        `relationships ${before.relationships} → ${after.relationships} (+${after.relationships - before.relationships}, expected +${expectedNewRelationships}), ` +
        `duplicate node ids ${found.ids}, duplicate relationship ids ${found.relationshipIds}, ` +
        `Gerasimov nodes ${found.gerasimovs}, Storm-Z nodes ${found.stormZs}`,
    );
    expect(found).toEqual({ ids: 0, relationshipIds: 0, gerasimovs: 1, stormZs: 1 });
    expect(after).toEqual({ nodes: before.nodes + expectedNewNodes, relationships: before.relationships + expectedNewRelationships });

    const resolutions = results.flatMap((result) => result.imported.flatMap((document) => document.entities));
    const targets = (prefix: string) => new Set(resolutions.filter((entity) => entity.givenId.startsWith(prefix)).map((entity) => entity.id));
    expect(targets('person:gerasimov-').size).toBe(1);
    expect(targets('organisation:storm-z-').size).toBe(1);
    expect([...targets('person:prigozhin-')]).toEqual(['person:yevgeny-prigozhin']);
    expect([...targets('place:bakhmut-')]).toEqual(['place:bakhmut']);
    expect(resolutions.filter((entity) => entity.outcome === 'CREATED')).toHaveLength(2);
  });

  it('and importing all of it once more changes nothing', async () => {
    const before = await countGraph(api.database);
    const result = await importDocuments(api.database.runner(), Array.from({ length: documents }, (_, index) => article(index)));
    expect(result.failed).toEqual([]);
    expect(result.imported.every((document) => document.nodes.created === 0 && document.relationships.created === 0)).toBe(true);
    expect(await countGraph(api.database)).toEqual(before);
  });
});
