import { isDeepStrictEqual } from 'node:util';
import type { WriteTransaction } from '../db/database.js';
import { storedEntityProperties } from '../data/document-properties.js';
import { linkExternalIds, lockExternalIds } from '../data/external-ids.js';
import { externalIdKey } from '../model/external-ids.js';
import { InvalidInput } from '../model/failures.js';
import { linkNameKeys, nameKeysOf, unlinkNameKeys } from '../data/name-keys.js';
import { upsertNodes, type WriteOutcome } from '../data/node-writes.js';
import { storedLocalizedNames } from '../data/properties.js';
import type { DocumentEntity } from '../model/document.js';
import { entityKinds, type EntityKind } from '../model/kinds.js';
import { spellingKeys } from '../model/names.js';
import type { EntityRecord, NodeRecord, WriteStamp } from '../model/records.js';
import { withoutNulls } from '../model/without-nulls.js';

/*
 * The one way an entity is written, by the importer, the seed and the mutations alike: lock the name keys of its
 * spellings, decide against the entities they name, then store it with exactly its spellings' keys.
 */

/** An entity as it is to be stored, and as it was stored before, if it was. */
export type EntityWrite = Readonly<{ entity: DocumentEntity; before?: DocumentEntity | undefined }>;

/**
 * Stores entities whose keys are locked: the properties of those that differ from before (clearing the names of
 * languages they no longer have), and their name keys, so that each of their spellings, and only those, finds them.
 */
export async function storeEntities(
  transaction: WriteTransaction,
  writes: readonly EntityWrite[],
  stamp: WriteStamp,
): Promise<Map<string, WriteOutcome>> {
  // Entities that a batch only names, as most articles do, cost no write at all.
  const changed = writes.filter(({ entity, before }) => !isDeepStrictEqual(entity, before));
  await refuseExternalIdsOfOthers(transaction, changed.map(({ entity }) => entity));
  const outcomes = new Map<string, WriteOutcome>();
  for (const kind of entityKinds) {
    const rows = changed
      .filter(({ entity }) => entity.kind === kind)
      .map(({ entity, before }) => ({ id: entity.id, properties: { ...storedEntityProperties(entity), ...clearedNames(entity, before) } }));
    for (const outcome of await upsertNodes(transaction, kind, rows, stamp)) outcomes.set(outcome.id, outcome);
  }
  const keysOf = new Map(writes.map(({ entity }) => [entity.id, [...spellingKeys(entity).keys()]]));
  const linked = await nameKeysOf(transaction, writes.filter(({ before }) => before).map(({ entity }) => entity.id));
  await unlinkNameKeys(
    transaction,
    [...linked].filter(([id, keys]) => [...keys].some((key) => !keysOf.get(id)?.includes(key))).map(([id]) => ({ id, keptKeys: keysOf.get(id) ?? [] })),
  );
  await linkNameKeys(
    transaction,
    [...keysOf].flatMap(([id, keys]) => keys.filter((key) => !linked.get(id)?.has(key)).map((key) => ({ key, id }))),
  );
  await linkExternalIds(
    transaction,
    changed
      .filter(({ entity, before }) => (entity.externalIds?.length ?? 0) + (before?.externalIds?.length ?? 0) > 0)
      .map(({ entity }) => ({ id: entity.id, externalIds: entity.externalIds ?? [] })),
  );
  return outcomes;
}

/** Locks the external ids of these entities, and refuses one that identifies another entity already. */
async function refuseExternalIdsOfOthers(transaction: WriteTransaction, entities: readonly DocumentEntity[]): Promise<void> {
  const identified = await lockExternalIds(transaction, entities.flatMap((entity) => entity.externalIds ?? []));
  for (const entity of entities) {
    (entity.externalIds ?? []).forEach((externalId, index) => {
      const holder = identified.get(externalIdKey(externalId));
      if (holder && holder.id !== entity.id) {
        throw new InvalidInput(`externalIds.${index}`, `${externalId.scheme} ${externalId.value} already identifies ${holder.id} (${holder.name})`);
      }
    });
  }
}

/** The stored names of languages `before` had and `entity` has no more, as nulls that remove them. */
function clearedNames(entity: DocumentEntity, before: DocumentEntity | undefined): Record<string, null> {
  const dropped = (before?.names ?? []).filter((name) => !entity.names.some((kept) => kept.language === name.language));
  return Object.fromEntries(Object.keys(storedLocalizedNames(dropped)).map((key) => [key, null]));
}

/** A stored entity in the shape a document or a mutation gives one; undefined when the node is no entity of this kind. */
export function documentEntityOf(record: NodeRecord | undefined, kind: EntityKind): DocumentEntity | undefined {
  if (!record || record.kind !== kind) return undefined;
  const entity = withoutNulls(record as EntityRecord);
  return {
    id: entity.id,
    kind,
    name: entity.name,
    names: [...entity.names],
    aliases: [...entity.aliases],
    externalIds: entity.kind === 'Person' || entity.kind === 'Organisation' ? [...entity.externalIds] : undefined,
    description: entity.description,
    organisationKind: entity.kind === 'Organisation' ? entity.organisationKind : undefined,
    placeKind: entity.kind === 'Place' ? entity.placeKind : undefined,
    latitude: entity.kind === 'Place' ? entity.latitude : undefined,
    longitude: entity.kind === 'Place' ? entity.longitude : undefined,
  };
}
