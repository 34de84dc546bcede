import type { WriteTransaction } from '../db/database.js';
import type { DocumentEntity } from '../model/document.js';
import type { ExternalId } from '../model/records.js';
import { idFromText } from '../model/ids.js';
import { withoutNulls } from '../model/without-nulls.js';
import type { EntityKind, OrganisationKind, PlaceKind } from '../model/kinds.js';
import { spellingKeys } from '../model/names.js';
import { InvalidInput } from '../model/failures.js';
import type { LocalizedName, RecordOfKind, WriteStamp } from '../model/records.js';
import { changed, lockNodeOfKind, readNodeOfKind } from './nodes.js';
import { resolveEntities, type ResolutionOptions } from './resolution.js';
import { lockNameKeys } from '../data/name-keys.js';
import { documentEntityOf, storeEntities } from './stored-entities.js';

/** An entity as a mutation gives it; the id may be left out. */
export type EntityDraft<Kind extends EntityKind = EntityKind> = Readonly<{
  kind: Kind;
  id?: string | null;
  name: string;
  names?: readonly LocalizedName[] | null;
  aliases?: readonly string[] | null;
  externalIds?: readonly ExternalId[] | null;
  description?: string | null;
  organisationKind?: OrganisationKind | null;
  placeKind?: PlaceKind | null;
  latitude?: number | null;
  longitude?: number | null;
}>;


/**
 * Creates an entity. Refuses an id that is taken, and a name or alias that already names an entity of
 * its kind (the field that collides is named): an upsert is the way to match one.
 */
export async function createEntity<Kind extends EntityKind>(
  transaction: WriteTransaction,
  stamp: WriteStamp,
  draft: EntityDraft<Kind>,
): Promise<RecordOfKind<Kind>> {
  const entity = documentEntity(draft);
  const [resolution] = await resolveEntities(transaction, [entity], stamp);
  if (resolution?.outcome === 'MATCHED_BY_ID') {
    throw new InvalidInput('id', `"${entity.id}" is taken; give another id, or use update${draft.kind} to change that ${draft.kind.toLowerCase()}`);
  }
  if (resolution?.outcome === 'MATCHED_BY_NAME') {
    const spelling = resolution.matchedSpelling ?? entity.name;
    throw new InvalidInput(
      fieldOfSpelling(entity, spelling),
      `"${spelling}" already names ${resolution.id}; use upsert${draft.kind} to match it, or give this one a distinguishing name`,
    );
  }
  return readNodeOfKind(transaction, draft.kind, entity.id);
}

export type UpsertedEntity<Kind extends EntityKind> = Readonly<{ node: RecordOfKind<Kind>; created: boolean; addedSpellings: readonly string[] }>;

/** Matches an entity by id, else by an exact normalised name or alias, else creates it; says which, and the spellings it added. */
export async function upsertEntity<Kind extends EntityKind>(
  transaction: WriteTransaction,
  stamp: WriteStamp,
  draft: EntityDraft<Kind>,
  options: ResolutionOptions = {},
): Promise<UpsertedEntity<Kind>> {
  const [resolution] = await resolveEntities(transaction, [documentEntity(draft)], stamp, options);
  if (!resolution) throw new Error('An upsert resolves its one entity.');
  return {
    node: await readNodeOfKind(transaction, draft.kind, resolution.id),
    created: resolution.outcome === 'CREATED',
    addedSpellings: resolution.addedSpellings,
  };
}

/** Changes to an entity: a field left out stays, null clears it. */
export type EntityChanges = Readonly<
  { id: string } & { [Field in Exclude<keyof EntityDraft, 'kind' | 'id'>]?: EntityDraft[Field] | null }
>;

/** Updates an entity; refuses a name or alias that already names another entity of its kind. */
export async function updateEntity<Kind extends EntityKind>(
  transaction: WriteTransaction,
  stamp: WriteStamp,
  kind: Kind,
  changes: EntityChanges,
): Promise<RecordOfKind<Kind>> {
  if (changes.name === null) throw new InvalidInput('name', 'cannot be removed: an entity needs a name');
  if (changes.organisationKind === null || changes.placeKind === null) throw new InvalidInput('kind', 'cannot be removed');
  const before = documentEntityOf(await lockNodeOfKind(transaction, kind, changes.id), kind)!;
  const entity: DocumentEntity = {
    ...before,
    name: changes.name ?? before.name,
    names: [...(changes.names === undefined ? before.names : (changes.names ?? []))],
    aliases: [...(changes.aliases === undefined ? before.aliases : (changes.aliases ?? []))],
    externalIds: changes.externalIds === undefined ? before.externalIds : [...(changes.externalIds ?? [])],
    description: changed(changes.description, before.description ?? null),
    ...(kind === 'Organisation' && { organisationKind: changes.organisationKind ?? before.organisationKind }),
    ...(kind === 'Place' && {
      placeKind: changes.placeKind ?? before.placeKind,
      latitude: changed(changes.latitude, before.latitude ?? null),
      longitude: changed(changes.longitude, before.longitude ?? null),
    }),
  };
  const keys = spellingKeys(entity);
  const named = await lockNameKeys(transaction, [...keys.keys()]);
  for (const [key, spelling] of keys) {
    const other = named.get(key)?.find((holder) => holder.id !== entity.id);
    if (other) throw new InvalidInput(fieldOfSpelling(entity, spelling), `"${spelling}" already names ${other.id} (${other.name})`);
  }
  await storeEntities(transaction, [{ entity, before }], stamp);
  return readNodeOfKind(transaction, kind, entity.id);
}

function documentEntity(draft: EntityDraft): DocumentEntity {
  const { id, kind, name, names, aliases, externalIds, description, organisationKind, placeKind, latitude, longitude } = withoutNulls(draft);
  return {
    id: id ?? idFromText(kind, name),
    kind,
    name,
    names: [...(names ?? [])],
    aliases: [...(aliases ?? [])],
    externalIds: externalIds ? [...externalIds] : undefined,
    description,
    organisationKind,
    placeKind,
    latitude,
    longitude,
  };
}

/** The field that holds a spelling, e.g. "aliases.2". */
function fieldOfSpelling(entity: DocumentEntity, spelling: string): string {
  if (entity.name === spelling) return 'name';
  const name = entity.names.findIndex((localized) => localized.name === spelling);
  if (name >= 0) return `names.${name}.name`;
  const alias = entity.aliases.indexOf(spelling);
  return alias >= 0 ? `aliases.${alias}` : 'name';
}
