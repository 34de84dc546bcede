import type { InputFieldMap, InputShapeFromFields, OutputRef } from '@pothos/core';
import { z } from 'zod';
import type { Context } from '../context.js';
import { storedEntityProperties } from '../data/document-properties.js';
import { type EntityKind, type OrganisationKind, type PlaceKind } from '../model/kinds.js';
import { type EntityRecord, type LocalizedName } from '../model/records.js';
import { idFromText } from '../model/ids.js';
import { entitiesByNameKeys, linkNameKeys, lockNameKeys, unlinkNameKeys } from '../data/name-keys.js';
import { upsertNodes } from '../data/node-writes.js';
import { storedLocalizedNames } from '../data/properties.js';
import { ambiguousEntity, badInput } from '../errors.js';
import type { DocumentEntity } from '../model/document.js';
import { aliases, languageTag, localizedNames, nodeIdOf, shortText } from '../model/fields.js';
import { AmbiguousEntityError, resolveEntities, type ResolutionOptions, spellingKeys } from '../writes/resolution.js';
import { builder } from './builder.js';
import { changed, type InputFieldBuilder, lockNodeOfKind, readNodeOfKind, writeAs } from './writing.js';

export const LocalizedNameInput = builder.inputType('LocalizedNameInput', {
  description: 'A name as one language writes it.',
  fields: (t) => ({
    language: t.string({ required: true, description: 'BCP 47 language tag, e.g. "nl", "ru", "uk".', validate: languageTag }),
    name: t.string({ required: true, description: 'The name in that language and its usual script.', validate: shortText }),
  }),
});

// Each name's language and spelling are checked by LocalizedNameInput's own fields.
const namesList = localizedNames(z.object({ language: z.string() }));

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
    aliases: t.stringList({ description: 'Other spellings, short forms and former names.', validate: aliases }),
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
    aliases: t.stringList({ description: 'Replaces the aliases.', validate: aliases }),
    description: t.string({ description: 'New description; null removes it.', validate: shortText }),
  };
}

/** Which of an entity kind's mutations an input field is for. */
export type EntityMutation = 'create' | 'upsert' | 'update';

/** What sets one kind of entity apart, as a draft or a change holds it. */
type EntityDetails = Pick<EntityDraft, 'organisationKind' | 'placeKind' | 'latitude' | 'longitude'>;

type EntityMutationOptions<Kind extends EntityKind, Extra extends InputFieldMap> = Readonly<{
  /** The mutations' names, as written where they are defined: "createPerson", "upsertPerson", "updatePerson". */
  create: `create${NoInfer<Kind>}`;
  upsert: `upsert${NoInfer<Kind>}`;
  update: `update${NoInfer<Kind>}`;
  /** A spelling the upsert finds, e.g. '"Bachmoet" finds Bakhmut'. */
  upsertExample: string;
  /** The kind's own input fields, after those every entity has. */
  inputFields?: (t: InputFieldBuilder, mutation: EntityMutation) => Extra;
  /** The kind's own details, from those fields. */
  toDraft?: (input: InputShapeFromFields<Extra>) => EntityDetails;
}>;

type EntityInput = InputShapeFromFields<ReturnType<typeof entityInputFields>>;
type EntityUpdateInput = InputShapeFromFields<ReturnType<typeof entityUpdateFields>>;

/**
 * Defines an entity kind's create, upsert and update mutations. Create refuses a name that is taken, upsert matches it,
 * update changes what is given; each answers with the entity under its kind's name ("person"), upsert also
 * with whether it created it.
 */
export function defineEntityMutations<Kind extends EntityKind, Extra extends InputFieldMap = {}>(
  kind: Kind,
  ref: OutputRef<RecordOf<Kind> | string>,
  { create, upsert, update, upsertExample, inputFields, toDraft }: EntityMutationOptions<Kind, Extra>,
) {
  const noun = kind.toLowerCase();
  const article = kind === 'Organisation' ? 'an' : 'a';
  const nodeRef = ref as OutputRef<EntityRecord>;
  // The fields are typed as any input fields here; the input is read back as the fields they are.
  const fieldsFor =
    (mutation: EntityMutation) =>
    (t: InputFieldBuilder): InputFieldMap => ({
      ...(mutation === 'update' ? entityUpdateFields(t, kind) : entityInputFields(t, kind)),
      ...(mutation === 'upsert' && {
        addSpellings: t.boolean({
          defaultValue: false,
          description:
            `Also add the name, names and aliases given to a ${noun} matched by id, as the spellings it lacks. ` +
            'Without it a match by id adds none, so a slip of the pen never becomes a way to find it; a match by name always adds them.',
        }),
      }),
      ...inputFields?.(t, mutation),
    });
  const detailsOf = (input: object) => toDraft?.(input as InputShapeFromFields<Extra>) ?? {};

  builder.relayMutationField(
    create,
    { description: `A new ${noun}.`, inputFields: fieldsFor('create') },
    {
      description: `Adds ${article} ${noun}. Refuses a name or alias that already names ${article} ${noun}: use ${upsert} to match one.`,
      resolve: async (_root, { input }, context) => ({
        node: await createEntity(context, { ...entityOf(input as EntityInput), ...detailsOf(input), kind }),
      }),
    },
    {
      description: `The ${noun} created.`,
      outputFields: (t) => ({ [noun]: t.field({ type: nodeRef, description: `The new ${noun}.`, resolve: ({ node }) => node }) }),
    },
  );
  builder.relayMutationField(
    upsert,
    { description: `${article === 'an' ? 'An' : 'A'} ${noun} to find or add.`, inputFields: fieldsFor('upsert') },
    {
      description:
        `Finds the ${noun} by id, else by an exact name or alias in any spelling (${upsertExample}); creates it when nothing ` +
        'matches. Two matches are an error naming both. A match fills the details it lacks; a match by name also adds the ' +
        'spellings it lacks, a match by id only with `addSpellings`.',
      resolve: (_root, { input }, context) =>
        upsertEntity(context, { ...entityOf(input as EntityInput), ...detailsOf(input), kind }, { addSpellings: input.addSpellings === true }),
    },
    {
      description: `The ${noun} found or created.`,
      outputFields: (t) => ({
        [noun]: t.field({ type: nodeRef, description: `The ${noun}.`, resolve: ({ node }) => node }),
        created: t.exposeBoolean('created', { description: `True when the ${noun} was created, false when matched.` }),
        addedSpellings: t.exposeStringList('addedSpellings', {
          description: `The spellings the matched ${noun} gained as names or aliases; empty when it was created or gained none.`,
        }),
      }),
    },
  );
  builder.relayMutationField(
    update,
    { description: `Changes to ${article} ${noun}: a field left out stays as it is.`, inputFields: fieldsFor('update') },
    {
      description: `Changes ${article} ${noun}. Refuses a name or alias that already names another ${noun}.`,
      resolve: async (_root, { input }, context) => ({
        node: await updateEntity(context, kind, { ...entityOf(input as EntityUpdateInput), ...detailsOf(input) }),
      }),
    },
    {
      description: `The ${noun} as changed.`,
      outputFields: (t) => ({ [noun]: t.field({ type: nodeRef, description: `The ${noun}.`, resolve: ({ node }) => node }) }),
    },
  );
}

/** The fields every entity has, from a mutation's input. */
function entityOf<Input extends EntityInput | EntityUpdateInput>(input: Input): Pick<Input, keyof EntityInput> {
  const { id, name, names, aliases, description } = input;
  return { id, name, names, aliases, description };
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
    return readNodeOfKind(transaction, draft.kind, entity.id);
  });
}

/** Matches an entity by id, else by an exact normalised name or alias, else creates it; says which, and the spellings it added. */
export async function upsertEntity<Kind extends EntityKind>(
  context: Context,
  draft: EntityDraft<Kind>,
  options: ResolutionOptions = {},
): Promise<{ node: RecordOf<Kind>; created: boolean; addedSpellings: readonly string[] }> {
  const entity = documentEntity(draft);
  return writeAs(context, async (transaction, stamp) => {
    const [resolution] = await resolving(() => resolveEntities(transaction, [entity], stamp, options));
    if (!resolution) throw new Error('An upsert resolves its one entity.');
    return {
      node: await readNodeOfKind(transaction, draft.kind, resolution.id),
      created: resolution.outcome === 'CREATED',
      addedSpellings: resolution.addedSpellings,
    };
  });
}

/** Changes to an entity: a field left out stays, null clears it. */
export type EntityChanges = Readonly<
  { id: string } & { [Field in Exclude<keyof EntityDraft, 'kind' | 'id'>]?: EntityDraft[Field] | null }
>;

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
    return readNodeOfKind(transaction, kind, next.id);
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
    if (error instanceof AmbiguousEntityError) throw ambiguousEntity('input.name', error);
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
