import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildEntityNames, recordNameFoldingVersion, storedNameFoldingVersion } from '../src/data/name-reindex.js';
import { applySchema } from '../src/db/migrations.js';
import { rebuildNamesIfFoldingChanged } from '../src/writes/name-reindex.js';
import { nameFoldingVersion } from '../src/model/names.js';
import { expectError, openTestApi, resetToSeed, snapshotDatabase, testTokens } from './support.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(async () => {
  await resetToSeed(api.database);
  await setStoredFoldingVersion(nameFoldingVersion);
  await api.close();
});

/**
 * An entity as the folding before version 2 stored it: "Brigade 11" folded to "brigade 1", the key of
 * "Brigade 1"; Вугледар to "vugledar" and Vuhledar to "vuhledar", two keys that are one now.
 */
async function writeStaleEntity(kind: 'Organisation' | 'Place', id: string, name: string, staleSkeleton: string): Promise<void> {
  await api.database.runner().write((transaction) =>
    transaction.run(
      `CREATE (n:Node:${kind} {id: $id, name: $name, aliases: [], foldedNames: toLower($name), searchText: $staleSkeleton,
                       createdAt: '2024-01-01T00:00:00.000Z', createdBy: 'seed', updatedAt: '2024-01-01T00:00:00.000Z', updatedBy: 'seed'})
       MERGE (k:NameKey {key: $kind + ':' + replace($staleSkeleton, ' ', '')})
       CREATE (k)-[:NAMES]->(n)`,
      { kind, id, name, staleSkeleton },
    ),
  );
}

async function setStoredFoldingVersion(version: number | null): Promise<void> {
  const runner = api.database.runner();
  if (version !== null) return recordNameFoldingVersion(runner, version);
  const stored = await storedNameFoldingVersion(runner);
  if (stored !== null) await runner.write((transaction) => transaction.run(`DROP INDEX name_folding_version_${stored}`));
}

async function keysOf(id: string): Promise<string[]> {
  const rows = await api.database
    .runner()
    .read<{ key: string }>('MATCH (k:NameKey)-[:NAMES]->(:Node {id: $id}) RETURN k.key AS key ORDER BY key', { id });
  return rows.map((row) => row.key);
}

async function searchOrganisations(query: string): Promise<string[]> {
  const { data, errors } = await api.query(`query ($query: String!) { search(query: $query, kinds: [Organisation]) { node { id } } }`, {
    query,
  });
  expect(errors).toBeUndefined();
  return data.search.map((hit: any) => hit.node.id);
}

async function migrate(): Promise<string[]> {
  const lines: string[] = [];
  await applySchema(api.database.runner());
  await rebuildNamesIfFoldingChanged(api.database.runner(), (line) => lines.push(line));
  return lines;
}

describe('a database whose name keys were folded by an older version', () => {
  beforeAll(async () => {
    await writeStaleEntity('Organisation', 'organisation:brigade-11', 'Brigade 11', 'brigade 1');
    await writeStaleEntity('Place', 'place:vuhledar', 'Vuhledar', 'vuhledar');
    await writeStaleEntity('Place', 'place:vugledar', 'Вугледар', 'vugledar');
    await setStoredFoldingVersion(1);
  });

  it('holds the key of "Brigade 1" for "Brigade 11", which a search for "Brigade 1" still finds, until the start-up migration runs', async () => {
    expect(await keysOf('organisation:brigade-11')).toEqual(['Organisation:brigade1']);
    expect(await searchOrganisations('Brigade 1')).toContain('organisation:brigade-11');
  });

  it('rebuilds the keys and search text at start, and says which keys now name two entities', async () => {
    const lines = await migrate();
    expect(lines.join('\n')).toContain(`folded by version 1, now by ${nameFoldingVersion}`);
    expect(lines.join('\n')).toContain('1 name key(s) now name more than one entity');
    expect(lines.join('\n')).toContain('Place:vugledar (place:vugledar, place:vuhledar)');

    expect(await keysOf('organisation:brigade-11')).toEqual(['Organisation:brigade11']);
    expect(await keysOf('place:vuhledar')).toEqual(['Place:vugledar']);
    expect(await keysOf('place:vugledar')).toEqual(['Place:vugledar']);
    const [stale] = await api.database.runner().read<{ left: number }>(
      `MATCH (k:NameKey) WHERE k.key IN ['Organisation:brigade1', 'Place:vuhledar'] RETURN count(k) AS left`,
    );
    expect(stale?.left).toBe(0);
    expect(await storedNameFoldingVersion(api.database.runner())).toBe(nameFoldingVersion);
  });

  it('finds "Brigade 11" by search, and no longer by "Brigade 1"', async () => {
    expect(await searchOrganisations('Brigade 11')).toContain('organisation:brigade-11');
    expect(await searchOrganisations('Brigade 1')).not.toContain('organisation:brigade-11');
  });

  it('keeps the provenance of the rebuilt entities: their spellings did not change', async () => {
    const { data } = await api.query(`{ node(id: "organisation:brigade-11") { ... on Organisation { updatedAt updatedBy } } }`);
    expect(data.node).toEqual({ updatedAt: '2024-01-01T00:00:00.000Z', updatedBy: 'seed' });
  });

  it('changes nothing when it runs again, at start or forced', async () => {
    const before = await snapshotDatabase(api.database);
    expect(await migrate()).toEqual([]);
    await api.database.runner().write(async (transaction) => {
      for (const kind of ['Person', 'Organisation', 'Place'] as const) await rebuildEntityNames(transaction, kind, '', 1_000);
    });
    expect(await snapshotDatabase(api.database)).toBe(before);
  });

  it('creates "Brigade 1" as an organisation of its own instead of matching "Brigade 11"', async () => {
    const { data, errors } = await editor(`mutation {
      upsertOrganisation(input: { name: "Brigade 1", kind: MILITARY_UNIT }) { created organisation { id name } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.upsertOrganisation).toEqual({ created: true, organisation: { id: 'organisation:brigade-1', name: 'Brigade 1' } });
    expect(await keysOf('organisation:brigade-1')).toEqual(['Organisation:brigade1']);
    expect(await keysOf('organisation:brigade-11')).toEqual(['Organisation:brigade11']);
  });

  it('merges no two entities that now share a key: a spelling of both, Dutch "Woehledar", is an error naming both', async () => {
    const response = await editor(`mutation { upsertPlace(input: { name: "Woehledar", kind: CITY }) { created place { id } } }`);
    const error = expectError(response, 'BAD_USER_INPUT', 'input.name');
    expect(error.message).toContain('place:vuhledar');
    expect(error.message).toContain('place:vugledar');
  });
});

describe('a database without a recorded folding version', () => {
  it('is rebuilt when it holds entities', async () => {
    await writeStaleEntity('Organisation', 'organisation:brigade-22', 'Brigade 22', 'brigade 2');
    await setStoredFoldingVersion(null);
    const lines = await migrate();
    expect(lines[0]).toContain('folded by version 1');
    expect(await keysOf('organisation:brigade-22')).toEqual(['Organisation:brigade22']);
  });

  it('only records the version when it is empty, and writes no node', async () => {
    await api.database.runner().write((transaction) => transaction.run('MATCH (n) DETACH DELETE n'));
    await setStoredFoldingVersion(null);
    expect(await migrate()).toEqual([]);
    expect(await storedNameFoldingVersion(api.database.runner())).toBe(nameFoldingVersion);
    expect(await snapshotDatabase(api.database)).toBe('');
  });
});
