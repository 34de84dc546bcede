import type { InputFieldMap, InputShapeFromFields, OutputRef } from '@pothos/core';
import { z } from 'zod';
import { aliases, localizedNames, nodeIdOf, shortText } from '../../model/fields.js';
import type { EntityKind } from '../../model/kinds.js';
import type { EntityRecord } from '../../model/records.js';
import { createEntity, type EntityDraft, updateEntity, upsertEntity } from '../../writes/entities.js';
import { builder } from '../builder.js';
import { LocalizedNameInput } from '../nodes/localized-name.js';
import { ExternalIdInput } from '../nodes/external-id.js';
import { type ExternalId, maxExternalIds } from '../../model/external-ids.js';
import { type InputFieldBuilder, writeAs } from './write-as.js';

// Each name's language and spelling are checked by LocalizedNameInput's own fields, each external id by ExternalIdInput.
const namesList = localizedNames(z.looseObject({ language: z.string() }));
const externalIdList = z.array(z.unknown()).max(maxExternalIds, `must hold at most ${maxExternalIds} external ids`);

/** People and organisations carry external ids; places do not. */
function externalIdsField(t: InputFieldBuilder, kind: EntityKind, description: string): InputFieldMap {
  return kind === 'Place' ? {} : { externalIds: t.field({ type: [ExternalIdInput], description, validate: externalIdList }) };
}

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
    ...externalIdsField(t, kind, 'Its ids in registries, e.g. WIKIDATA "Q7747"; an upsert also matches by them, before names.'),
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
    ...externalIdsField(t, kind, 'Replaces its ids in registries; null removes them all.'),
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
      resolve: (_root, { input }, context) =>
        writeAs(context, async (transaction, stamp) => ({
          node: await createEntity(transaction, stamp, { ...entityOf(input as EntityInput), ...detailsOf(input), kind }),
        })),
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
        writeAs(context, (transaction, stamp) =>
          upsertEntity(transaction, stamp, { ...entityOf(input as EntityInput), ...detailsOf(input), kind }, {
            addSpellings: input.addSpellings === true,
          }),
        ),
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
      resolve: (_root, { input }, context) =>
        writeAs(context, async (transaction, stamp) => ({
          node: await updateEntity(transaction, stamp, kind, { ...entityOf(input as EntityUpdateInput), ...detailsOf(input) }),
        })),
    },
    {
      description: `The ${noun} as changed.`,
      outputFields: (t) => ({ [noun]: t.field({ type: nodeRef, description: `The ${noun}.`, resolve: ({ node }) => node }) }),
    },
  );
}

/** The fields every entity has, from a mutation's input. */
function entityOf<Input extends EntityInput | EntityUpdateInput>(input: Input): Pick<Input, keyof EntityInput> & Pick<EntityDraft, 'externalIds'> {
  const { id, name, names, aliases, description } = input;
  const { externalIds } = input as { externalIds?: ExternalId[] | null };
  return { id, name, names, aliases, description, externalIds };
}


type RecordOf<Kind extends EntityKind> = Extract<EntityRecord, { kind: Kind }>;
