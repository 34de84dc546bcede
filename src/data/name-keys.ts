import type { QueryRunner } from '../db/database.js';
import type { EntityRecord } from '../model/records.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';
import type { WriteTransaction } from '../db/database.js';

/*
 * Entity resolution needs "is there already a Person called Jevgeni Prigozjin?" to have one answer even
 * while several importers ask at once. Each spelling of an entity has a (:NameKey {key}) node, unique by
 * constraint, linked to the entities it names. An importer first merges and write-locks the keys of the
 * spellings it brings, so importers that share a spelling take turns, and the second one finds the
 * entity the first one created.
 */


export type NamedEntity = Readonly<{ id: string; name: string }>;

/**
 * Creates the missing keys and write-locks all of them until the transaction ends, in one order so that importers
 * never deadlock on them, and returns the entities each key names, read after its lock: a key that names two
 * entities makes that spelling ambiguous. One statement, however many keys a batch brings.
 */
export async function lockNameKeys(transaction: WriteTransaction, keys: readonly string[]): Promise<Map<string, NamedEntity[]>> {
  const byKey = new Map<string, NamedEntity[]>();
  if (keys.length === 0) return byKey;
  const rows = await transaction.run<{ key: string; id: string; name: string | null }>(
    `UNWIND $keys AS key
     MERGE (k:NameKey {key: key})
     SET k.locked = true
     REMOVE k.locked
     WITH k, key
     CALL (k) { MATCH (k)-[:NAMES]->(entity:Node) RETURN entity }
     RETURN key, entity.id AS id, entity.name AS name
     ORDER BY key, id`,
    { keys: [...new Set(keys)].sort() },
  );
  for (const row of rows) {
    const entities = byKey.get(row.key) ?? [];
    entities.push({ id: row.id, name: row.name ?? row.id });
    byKey.set(row.key, entities);
  }
  return byKey;
}

/** The keys linked to each of these entities. */
export async function nameKeysOf(transaction: WriteTransaction, ids: readonly string[]): Promise<Map<string, Set<string>>> {
  const byId = new Map<string, Set<string>>();
  if (ids.length === 0) return byId;
  const rows = await transaction.run<{ id: string; keys: string[] }>(
    `UNWIND $ids AS id
     MATCH (entity:Node {id: id})
     RETURN id, COLLECT { MATCH (k:NameKey)-[:NAMES]->(entity) RETURN k.key } AS keys`,
    { ids: [...new Set(ids)] },
  );
  for (const row of rows) byId.set(row.id, new Set(row.keys));
  return byId;
}

/** Links keys to the entities they name, creating the keys that are missing. */
export async function linkNameKeys(
  transaction: WriteTransaction,
  links: readonly Readonly<{ key: string; id: string }>[],
): Promise<void> {
  if (links.length === 0) return;
  await transaction.run(
    `UNWIND $links AS link
     MATCH (entity:Node {id: link.id})
     MERGE (k:NameKey {key: link.key})
     MERGE (k)-[:NAMES]->(entity)`,
    { links },
  );
}

/** Unlinks each entity from the keys of spellings it no longer has, and deletes the keys left naming nothing. */
export async function unlinkNameKeys(
  transaction: WriteTransaction,
  entities: readonly Readonly<{ id: string; keptKeys: readonly string[] }>[],
): Promise<void> {
  if (entities.length === 0) return;
  await transaction.run(
    `UNWIND $entities AS entity
     MATCH (k:NameKey)-[link:NAMES]->(:Node {id: entity.id})
     WHERE NOT k.key IN entity.keptKeys
     DELETE link
     WITH DISTINCT k
     WHERE NOT EXISTS { (k)-[:NAMES]->() }
     DELETE k`,
    { entities },
  );
}

/** The entities each key names, read without locking: for suggestions, which write nothing. */
export async function entitiesByNameKeysRead(runner: QueryRunner, keys: readonly string[]): Promise<Map<string, EntityRecord[]>> {
  const byKey = new Map<string, EntityRecord[]>();
  if (keys.length === 0) return byKey;
  const rows = await runner.read<{ key: string; entity: StoredProperties }>(
    `UNWIND $keys AS key
     MATCH (:NameKey {key: key})-[:NAMES]->(entity:Node)
     RETURN key, ${nodeProjection('entity')} AS entity
     ORDER BY key, entity.id`,
    { keys: [...new Set(keys)] },
  );
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), toNodeRecord(row.entity) as EntityRecord]);
  return byKey;
}
