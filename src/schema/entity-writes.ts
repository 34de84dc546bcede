import { z } from 'zod';
import type { Context } from '../context.js';
import { storedEntityProperties } from '../data/documents.js';
import {
  type EntityKind,
  type EntityRecord,
  idFromText,
  type LocalizedName,
  type OrganisationKind,
  type PlaceKind,
} from '../data/model.js';
import { entitiesByNameKeys, linkNameKeys, lockNameKeys, unlinkNameKeys } from '../data/name-keys.js';
import { nodesInTransaction, upsertNodes } from '../data/node-writes.js';
import { storedLocalizedNames } from '../data/properties.js';
import type { WriteTransaction } from '../db/database.js';
import { badInput } from '../errors.js';
import type { DocumentEntity } from '../import/document.js';
import { languageTag, nodeIdOf, shortText } from '../import/fields.js';
import { AmbiguousEntityError, resolveEntities, spellingKeys } from '../import/resolution.js';
import { builder } from './builder.js';
import { changed, type InputFieldBuilder, lockNodeOfKind, writeAs } from './writing.js';

export const LocalizedNameInput = builder.inputType('LocalizedNameInput', {
  description: 'A name as one language writes it.',
  fields: (t) => ({
    language: t.string({ required: true, description: 'BCP 47 language tag, e.g. "nl", "ru", "uk".', validate: languageTag }),
    name: t.string({ required: true, description: 'The name in that language and its usual script.', validate: shortText }),
  }),
});


const namesList = z
  .array(z.object({ language: z.string(), name: z.string() }))
  .max(50, 'must hold at most 50 names')
  .refine((names) => new Set(names.map((name) => name.language)).size === names.length, 'must hold one name per language');
const aliasList = z.array(shortText).max(100, 'must hold at most 100 aliases');

/** The input fields every kind of entity has, for create and upsert. */
export function entityInputFields(t: InputFieldBuilder, kind: EntityKind) {
  const noun = kind.toLowerCase();
  return {
    id: t.id({
      description: `Its id, "${noun}:<slug>"; made from the name when left out.`,
      validate: nodeIdOf([kind]),
    }),
    name: t.string({ required: true, description: 'Canonical English name.', validate: shortText }),
    names: t.field({ type: [LocalizedNameInput], description: 'The name per language, one per language.', validate: namesList }),
    aliases: t.stringList({ description: 'Other spellings, short forms and former names.', validate: aliasList }),
    description: t.string({ description: 'One line on who or what this is.', validate: shortText }),
  };
}

/** The same fields for update<Kind>: only the id is required; a field left out stays, null clears it. */
export function entityUpdateFields(t: InputFieldBuilder, kind: EntityKind) {
  const noun = kind.toLowerCase();
  return {
    id: t.id({ required: true, description: `The ${noun}'s id.`, validate: nodeIdOf([kind]) }),
    name: t.string({ description: 'New canonical English name.', validate: shortText }),
    names: t.field({ type: [LocalizedNameInput], description: 'Replaces the names per language.', validate: namesList }),
    aliases: t.stringList({ description: 'Replaces the aliases.', validate: aliasList }),
    description: t.string({ description: 'New description; null removes it.', validate: shortText }),
  };
}

/** An entity as a mutation's input gives it; the id may be left out. */
export type EntityDraft<Kind extends EntityKind = EntityKind> = Readonly<{
  kind: Kind;
  id?: string | null;
  name: string;
  names?: readonly LocalizedName[] | null;
  aliases?: readonly string[] | null;
  description?: string | null;
  organisationKind?: OrganisationKind | null;
  placeKind?: PlaceKind | null;
  latitude?: number | null;
  longitude?: number | null;
}>;

type RecordOf<Kind extends EntityKind> = Extract<EntityRecord, { kind: Kind }>;

/**
 * Creates an entity. Refuses an id that is taken, and a name or alias that already names an entity of
 * its kind (the field that collides is named): upsert<Kind> is the way to match one.
 */
export async function createEntity<Kind extends EntityKind>(context: Context, draft: EntityDraft<Kind>): Promise<RecordOf<Kind>> {
  const entity = documentEntity(draft);
  return writeAs(context, async (transaction, stamp) => {
    const [resolution] = await resolving(() => resolveEntities(transaction, [entity], stamp));
    if (resolution?.outcome === 'MATCHED_BY_ID') {
      throw badInput('input.id', `"${entity.id}" is taken; give another id, or use update${draft.kind} to change that ${draft.kind.toLowerCase()}`);
    }
    if (resolution?.outcome === 'MATCHED_BY_NAME') {
      const spelling = resolution.matchedSpelling ?? entity.name;
      throw badInput(
        fieldOfSpelling(entity, spelling),
        `"${spelling}" already names ${resolution.id}; use upsert${draft.kind} to match it, or give this one a distinguishing name`,
      );
    }
    return readEntity(transaction, draft.kind, entity.id);
  });
}

/** Matches an entity by id, else by an exact normalised name or alias, else creates it; says which. */
export async function upsertEntity<Kind extends EntityKind>(
  context: Context,
  draft: EntityDraft<Kind>,
): Promise<{ node: RecordOf<Kind>; created: boolean }> {
  const entity = documentEntity(draft);
  return writeAs(context, async (transaction, stamp) => {
    const [resolution] = await resolving(() => resolveEntities(transaction, [entity], stamp));
    if (!resolution) throw new Error('An upsert resolves its one entity.');
    return { node: await readEntity(transaction, draft.kind, resolution.id), created: resolution.outcome === 'CREATED' };
  });
}

/** Changes to an entity: a field left out stays, null clears it. */
export type EntityChanges = Readonly<{
  id: string;
  name?: string | null;
  names?: readonly LocalizedName[] | null;
  aliases?: readonly string[] | null;
  description?: string | null;
  organisationKind?: OrganisationKind | null;
  placeKind?: PlaceKind | null;
  latitude?: number | null;
  longitude?: number | null;
}>;

/** Updates an entity; refuses a name or alias that already names another entity of its kind. */
export async function updateEntity<Kind extends EntityKind>(
  context: Context,
  kind: Kind,
  changes: EntityChanges,
): Promise<RecordOf<Kind>> {
  if (changes.name === null) throw badInput('input.name', 'cannot be removed: an entity needs a name');
  if (changes.organisationKind === null || changes.placeKind === null) throw badInput('input.kind', 'cannot be removed');
  return writeAs(context, async (transaction, stamp) => {
    const current = (await lockNodeOfKind(transaction, kind, changes.id)) as EntityRecord;
    const next: DocumentEntity = {
      id: current.id,
      kind,
      name: changes.name ?? current.name,
      names: [...(changes.names === undefined ? current.names : (changes.names ?? []))],
      aliases: [...(changes.aliases === undefined ? current.aliases : (changes.aliases ?? []))],
      description: changed(changes.description, current.description),
      organisationKind: current.kind === 'Organisation' ? (changes.organisationKind ?? current.organisationKind) : undefined,
      placeKind: current.kind === 'Place' ? (changes.placeKind ?? current.placeKind) : undefined,
      latitude: current.kind === 'Place' ? changed(changes.latitude, current.latitude) : undefined,
      longitude: current.kind === 'Place' ? changed(changes.longitude, current.longitude) : undefined,
    };
    const keys = spellingKeys(next);
    await lockNameKeys(transaction, [...keys.keys()]);
    const named = await entitiesByNameKeys(transaction, [...keys.keys()]);
    for (const [key, spelling] of keys) {
      const other = named.get(key)?.find((entity) => entity.id !== next.id);
      if (other) throw badInput(fieldOfSpelling(next, spelling), `"${spelling}" already names ${other.id} (${other.name})`);
    }
    const droppedNames = current.names.filter((name) => !next.names.some((kept) => kept.language === name.language));
    const clearedNames = Object.fromEntries(Object.keys(storedLocalizedNames(droppedNames)).map((key) => [key, null]));
    await upsertNodes(transaction, kind, [{ id: next.id, properties: { ...storedEntityProperties(next), ...clearedNames } }], stamp);
    await unlinkNameKeys(transaction, next.id, [...keys.keys()]);
    await linkNameKeys(transaction, [...keys.keys()].map((key) => ({ key, id: next.id })));
    return readEntity(transaction, kind, next.id);
  });
}

function documentEntity(draft: EntityDraft): DocumentEntity {
  return {
    id: draft.id ?? idFromText(draft.kind, draft.name),
    kind: draft.kind,
    name: draft.name,
    names: [...(draft.names ?? [])],
    aliases: [...(draft.aliases ?? [])],
    description: draft.description ?? undefined,
    organisationKind: draft.organisationKind ?? undefined,
    placeKind: draft.placeKind ?? undefined,
    latitude: draft.latitude ?? undefined,
    longitude: draft.longitude ?? undefined,
  };
}

async function resolving<Result>(resolve: () => Promise<Result>): Promise<Result> {
  try {
    return await resolve();
  } catch (error) {
    if (error instanceof AmbiguousEntityError) throw badInput('input.name', error.message);
    throw error;
  }
}

/** The input field that holds a spelling, e.g. "input.aliases.2". */
function fieldOfSpelling(entity: DocumentEntity, spelling: string): string {
  if (entity.name === spelling) return 'input.name';
  const name = entity.names.findIndex((localized) => localized.name === spelling);
  if (name >= 0) return `input.names.${name}.name`;
  const alias = entity.aliases.indexOf(spelling);
  return alias >= 0 ? `input.aliases.${alias}` : 'input.name';
}

async function readEntity<Kind extends EntityKind>(transaction: WriteTransaction, kind: Kind, id: string): Promise<RecordOf<Kind>> {
  const node = (await nodesInTransaction(transaction, [id])).get(id);
  if (node?.kind !== kind) throw new Error(`The ${kind} ${id} was just written but cannot be read.`);
  return node as RecordOf<Kind>;
}
