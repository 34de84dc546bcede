import neo4j from 'neo4j-driver';
import type { QueryRunner, WriteTransaction } from '../db/database.js';
import { entitySearchProperties } from './document-properties.js';
import { entitySpellings, spellingKeys } from '../model/names.js';
import type { EntityKind } from '../model/kinds.js';
import type { EntityRecord } from '../model/records.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';

/*
 * Name keys (src/data/name-keys.ts) and an entity's searchText are skeletons of its spellings, computed in
 * JavaScript by src/model/names.ts. When that folding changes, what is stored goes stale: a key made by the
 * old folding can equal the new key of another spelling ("Brigade 11" once folded to the key of "Brigade 1"),
 * and imports would match by it. Nothing rewrites an entity whose spellings did not change, so the skeletons
 * are rebuilt from the stored spellings once per folding version.
 *
 * The version is recorded in the schema, as the name of an index that holds nothing, not in a node: the data
 * stays the graph alone, and emptying the database (as tests do between files) leaves no stale skeleton behind
 * and keeps the version it was folded by.
 */

const versionIndexPrefix = 'name_folding_version_';

/** The folding version the stored skeletons were made with; null when none was recorded. */
export async function storedNameFoldingVersion(runner: QueryRunner): Promise<number | null> {
  const [row] = await runner.read<{ name: string }>(
    'SHOW INDEXES YIELD name WHERE name STARTS WITH $prefix RETURN name ORDER BY name',
    { prefix: versionIndexPrefix },
  );
  return row ? Number(row.name.slice(versionIndexPrefix.length)) : null;
}

/** Replaces the recorded version; should it stop in between, no version is recorded and the next start rebuilds. */
export async function recordNameFoldingVersion(runner: QueryRunner, version: number): Promise<void> {
  const current = await storedNameFoldingVersion(runner);
  if (current === version) return;
  if (current !== null) await runner.write((transaction) => transaction.run(`DROP INDEX ${versionIndexPrefix}${current} IF EXISTS`));
  try {
    await runner.write((transaction) =>
      transaction.run(`CREATE INDEX ${versionIndexPrefix}${version} IF NOT EXISTS FOR (folding:NameFolding) ON (folding.version)`),
    );
  } catch (error) {
    // Two servers starting at once both record it, and Neo4j may refuse the second CREATE despite IF NOT EXISTS.
    if ((await storedNameFoldingVersion(runner)) !== version) throw error;
  }
}

export async function hasEntities(runner: QueryRunner): Promise<boolean> {
  const [row] = await runner.read<{ any: boolean }>('RETURN EXISTS { MATCH (:Person|Organisation|Place) } AS any');
  return row?.any ?? false;
}

/**
 * Rebuilds the search text and name keys of the next `size` entities of a kind after `afterId`, in id order:
 * unlinks the keys their spellings no longer have, deletes those keys once they name nothing, and links
 * the keys they have. Two entities that now share a key both stay linked to it, as an ambiguous spelling is.
 * Provenance stays as it was: the entities' spellings did not change. Returns the ids rebuilt, none after the last.
 */
export async function rebuildEntityNames(
  transaction: WriteTransaction,
  kind: EntityKind,
  afterId: string,
  size: number,
): Promise<string[]> {
  const entities = await transaction.run<{ node: StoredProperties }>(
    `MATCH (n:${kind}) WHERE n.id > $afterId
     RETURN ${nodeProjection('n')} AS node
     ORDER BY n.id
     LIMIT $size`,
    { afterId, size: neo4j.int(size) },
  );
  if (entities.length === 0) return [];
  const rows = entities.map(({ node }) => {
    const entity = toNodeRecord(node) as EntityRecord;
    const spellings = { kind, name: entity.name, names: [...entity.names], aliases: [...entity.aliases] };
    return {
      id: entity.id,
      keys: [...spellingKeys(spellings).keys()].sort(),
      ...entitySearchProperties(entitySpellings(entity)),
    };
  });
  await transaction.run(
    `UNWIND $rows AS row
     MATCH (n:${kind} {id: row.id})
     SET n.searchText = row.searchText, n.foldedNames = row.foldedNames
     WITH n, row
     CALL (n, row) {
       MATCH (k:NameKey)-[link:NAMES]->(n) WHERE NOT k.key IN row.keys
       DELETE link
       WITH DISTINCT k
       WHERE NOT EXISTS { (k)-[:NAMES]->() }
       DELETE k
     }
     CALL (n, row) {
       UNWIND row.keys AS key
       MERGE (k:NameKey {key: key})
       MERGE (k)-[:NAMES]->(n)
     }`,
    { rows },
  );
  return rows.map((row) => row.id);
}

/** Deletes up to `size` keys that name no entity (the rebuild leaves none; older code or a hand may have); returns how many. */
export async function deleteUnlinkedNameKeys(transaction: WriteTransaction, size: number): Promise<number> {
  const [row] = await transaction.run<{ deleted: number }>(
    `MATCH (k:NameKey) WHERE NOT EXISTS { (k)-[:NAMES]->() }
     WITH k LIMIT $size
     DELETE k
     RETURN count(*) AS deleted`,
    { size: neo4j.int(size) },
  );
  return row?.deleted ?? 0;
}

export type SharedNameKeys = Readonly<{ count: number; examples: readonly Readonly<{ key: string; ids: string[] }>[] }>;

/** Keys that name more than one entity, which imports of those spellings refuse as ambiguous; a few as examples. */
export async function sharedNameKeys(runner: QueryRunner, examples = 5): Promise<SharedNameKeys> {
  const [row] = await runner.read<{ count: number; examples: { key: string; ids: string[] }[] }>(
    `CALL () { MATCH (k:NameKey) WHERE COUNT { (k)-[:NAMES]->() } > 1 RETURN count(k) AS count }
     CALL () {
       MATCH (k:NameKey) WHERE COUNT { (k)-[:NAMES]->() } > 1
       WITH k ORDER BY k.key LIMIT $examples
       RETURN collect({key: k.key, ids: COLLECT { MATCH (k)-[:NAMES]->(n) RETURN n.id ORDER BY n.id }}) AS examples
     }
     RETURN count, examples`,
    { examples: neo4j.int(examples) },
  );
  return row ?? { count: 0, examples: [] };
}
