import type { QueryRunner, WriteTransaction } from '../db/database.js';
import { type ExternalId, externalIdKey } from '../model/external-ids.js';
import type { EntityRecord } from '../model/records.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';

/*
 * An external id names one entity. Each is an (:ExternalId {scheme, value}) node, unique by constraint, linked to the
 * entity it identifies; the entity also keeps its ids as a property, which is what reads read. A writer merges and
 * write-locks the ids it brings before it decides, as with name keys, so two writers never give one id to two entities.
 */

/** The entity an external id identifies. */
export type IdentifiedEntity = Readonly<{ id: string; name: string; kind: string }>;

/**
 * Creates the missing id nodes and write-locks all of them until the transaction ends, in one order so that writers
 * never deadlock on them, and returns the entity each identifies, by key ("WIKIDATA:Q7747"), read after its lock.
 */
export async function lockExternalIds(transaction: WriteTransaction, ids: readonly ExternalId[]): Promise<Map<string, IdentifiedEntity>> {
  const identified = new Map<string, IdentifiedEntity>();
  const unique = [...new Map(ids.map((id) => [externalIdKey(id), id])).entries()].sort(([left], [right]) => left.localeCompare(right));
  if (unique.length === 0) return identified;
  const rows = await transaction.run<{ key: string; id: string | null; name: string | null; kind: string | null }>(
    `UNWIND $ids AS given
     MERGE (x:ExternalId {scheme: given.scheme, value: given.value})
     SET x.locked = true
     REMOVE x.locked
     WITH x, given
     OPTIONAL MATCH (x)-[:IDENTIFIES]->(entity:Node)
     RETURN given.key AS key, entity.id AS id, entity.name AS name,
            [label IN labels(entity) WHERE label <> 'Node'][0] AS kind`,
    { ids: unique.map(([key, { scheme, value }]) => ({ key, scheme, value })) },
  );
  for (const row of rows) if (row.id) identified.set(row.key, { id: row.id, name: row.name ?? row.id, kind: row.kind ?? '' });
  return identified;
}

/** Links each entity to exactly its external ids: unlinks the others, and deletes the id nodes left identifying nothing. */
export async function linkExternalIds(
  transaction: WriteTransaction,
  entities: readonly Readonly<{ id: string; externalIds: readonly ExternalId[] }>[],
): Promise<void> {
  if (entities.length === 0) return;
  const rows = entities.map(({ id, externalIds }) => ({ id, keys: externalIds.map(externalIdKey) }));
  await transaction.run(
    `UNWIND $rows AS row
     MATCH (x:ExternalId)-[link:IDENTIFIES]->(:Node {id: row.id})
     WHERE NOT x.scheme + ':' + x.value IN row.keys
     DELETE link
     WITH DISTINCT x
     WHERE NOT EXISTS { (x)-[:IDENTIFIES]->() }
     DELETE x`,
    { rows },
  );
  const links = entities.flatMap(({ id, externalIds }) => externalIds.map(({ scheme, value }) => ({ id, scheme, value })));
  if (links.length === 0) return;
  await transaction.run(
    `UNWIND $links AS link
     MATCH (entity:Node {id: link.id})
     MERGE (x:ExternalId {scheme: link.scheme, value: link.value})
     MERGE (x)-[:IDENTIFIES]->(entity)`,
    { links },
  );
}

/** The entity that carries this external id, if one does. */
export async function entityByExternalId(runner: QueryRunner, { scheme, value }: ExternalId): Promise<EntityRecord | undefined> {
  const [row] = await runner.read<{ entity: StoredProperties }>(
    `MATCH (:ExternalId {scheme: $scheme, value: $value})-[:IDENTIFIES]->(entity:Node)
     RETURN ${nodeProjection('entity')} AS entity`,
    { scheme, value },
  );
  return row && (toNodeRecord(row.entity) as EntityRecord);
}
