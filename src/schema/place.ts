import { entitySelection } from '../data/entities.js';
import { placeKinds, type PlaceRecord } from '../data/model.js';
import { latitude, longitude, nodeIdOf } from '../import/fields.js';
import { builder } from './builder.js';
import { defineDeleteMutation } from './deletion.js';
import { EntityFilterInput } from './entity-filter.js';
import { createEntity, entityInputFields, entityUpdateFields, updateEntity, upsertEntity } from './entity-writes.js';
import { EntityRef } from './entity.js';
import { loadNodesOfKind, neighboursOf } from './loading.js';
import { resolveSelectionPage } from './pagination.js';
import { addRelationship, type InputFieldBuilder, removeRelationshipOf } from './writing.js';

export const PlaceKindEnum = builder.enumType('PlaceKind', {
  description: 'What sort of place it is.',
  values: placeKinds,
});

export const PlaceRef = builder.loadableNodeRef<PlaceRecord>('Place', {
  id: { resolve: (place) => place.id },
  load: loadNodesOfKind('Place'),
});

PlaceRef.implement({
  description: 'A place, e.g. Bakhmut (Dutch "Bachmoet", Ukrainian "Бахмут").',
  interfaces: [EntityRef],
  isTypeOf: (node) => (node as PlaceRecord).kind === 'Place',
  fields: (t) => ({
    kind: t.field({ type: PlaceKindEnum, description: 'City, region, country or other.', resolve: (place) => place.placeKind }),
    latitude: t.exposeFloat('latitude', { nullable: true, description: 'WGS 84 latitude, where known.' }),
    longitude: t.exposeFloat('longitude', { nullable: true, description: 'WGS 84 longitude, where known.' }),
    locatedIn: t.loadableList({
      type: PlaceRef,
      description: 'Places it lies in (LOCATED_IN), e.g. Bakhmut → Donetsk Oblast.',
      ...neighboursOf<PlaceRecord>(['LOCATED_IN'], 'OUTGOING'),
    }),
    contains: t.loadableList({
      type: PlaceRef,
      description: 'Places that lie in it.',
      ...neighboursOf<PlaceRecord>(['LOCATED_IN'], 'INCOMING'),
    }),
  }),
});

builder.queryFields((t) => ({
  place: t.field({
    type: PlaceRef,
    description: 'The place with this id, e.g. "place:bakhmut".',
    args: { id: t.arg.id({ required: true, description: 'Its id.' }) },
    resolve: (_root, { id }) => id,
  }),
  places: t.connection({
    type: PlaceRef,
    description: 'Places, ordered by id, optionally filtered by name.',
    args: { filter: t.arg({ type: EntityFilterInput, description: 'Only entities matching this.' }) },
    resolve: (_root, { filter, ...args }, context) =>
      resolveSelectionPage<PlaceRecord>(args, context, entitySelection('Place', filter ?? {})),
  }),
}));

builder.relayMutationField(
  'createPlace',
  {
    description: 'A new place.',
    inputFields: (t) => ({
      ...entityInputFields(t, 'Place'),
      kind: t.field({ type: PlaceKindEnum, required: true, description: 'City, region, country or other.' }),
      latitude: t.float({ description: 'WGS 84 latitude, -90 to 90.', validate: latitude }),
      longitude: t.float({ description: 'WGS 84 longitude, -180 to 180.', validate: longitude }),
    }),
  },
  {
    description: 'Adds a place. Refuses a name or alias that already names a place: use upsertPlace to match one.',
    resolve: async (_root, { input: { kind, ...input } }, context) => ({
      place: await createEntity(context, { kind: 'Place', placeKind: kind, ...input }),
    }),
  },
  {
    description: 'The place created.',
    outputFields: (t) => ({ place: t.field({ type: PlaceRef, description: 'The new place.', resolve: ({ place }) => place }) }),
  },
);

builder.relayMutationField(
  'upsertPlace',
  {
    description: 'A place to find or add.',
    inputFields: (t) => ({
      ...entityInputFields(t, 'Place'),
      kind: t.field({ type: PlaceKindEnum, required: true, description: 'City, region, country or other, should it be created.' }),
      latitude: t.float({ description: 'WGS 84 latitude, -90 to 90.', validate: latitude }),
      longitude: t.float({ description: 'WGS 84 longitude, -180 to 180.', validate: longitude }),
    }),
  },
  {
    description:
      'Finds the place by id, else by an exact name or alias in any spelling ("Bachmoet" finds Bakhmut), adding the spellings ' +
      'and details it lacks; creates it when nothing matches. Two matches are an error naming both.',
    resolve: (_root, { input: { kind, ...input } }, context) => upsertEntity(context, { kind: 'Place', placeKind: kind, ...input }),
  },
  {
    description: 'The place found or created.',
    outputFields: (t) => ({
      place: t.field({ type: PlaceRef, description: 'The place.', resolve: ({ node }) => node }),
      created: t.exposeBoolean('created', { description: 'True when the place was created, false when matched.' }),
    }),
  },
);

builder.relayMutationField(
  'updatePlace',
  {
    description: 'Changes to a place: a field left out stays as it is.',
    inputFields: (t) => ({
      ...entityUpdateFields(t, 'Place'),
      kind: t.field({ type: PlaceKindEnum, description: 'City, region, country or other.' }),
      latitude: t.float({ description: 'WGS 84 latitude, -90 to 90; null removes it.', validate: latitude }),
      longitude: t.float({ description: 'WGS 84 longitude, -180 to 180; null removes it.', validate: longitude }),
    }),
  },
  {
    description: 'Changes a place. Refuses a name or alias that already names another place.',
    resolve: async (_root, { input: { kind, ...input } }, context) => ({
      place: await updateEntity(context, 'Place', { ...input, placeKind: kind }),
    }),
  },
  {
    description: 'The place as changed.',
    outputFields: (t) => ({ place: t.field({ type: PlaceRef, description: 'The place.', resolve: ({ place }) => place }) }),
  },
);

defineDeleteMutation('Place');

const locatedInEnds = (t: InputFieldBuilder) => ({
  place: t.id({ required: true, description: 'The smaller place, e.g. Bakhmut.', validate: nodeIdOf(['Place']) }),
  locatedIn: t.id({ required: true, description: 'The place it lies in, e.g. Donetsk Oblast.', validate: nodeIdOf(['Place']) }),
});

builder.relayMutationField(
  'addLocatedIn',
  { description: 'A place and a larger place it lies in.', inputFields: locatedInEnds },
  {
    description: 'Records that a place lies in another (LOCATED_IN). Adding it again changes nothing.',
    resolve: (_root, { input }, context) => addRelationship(context, { type: 'LOCATED_IN', from: input.place, to: input.locatedIn }),
  },
  {
    description: 'Both places.',
    outputFields: (t) => ({
      place: t.field({ type: PlaceRef, description: 'The smaller place.', resolve: ({ relationship }) => relationship.from as PlaceRecord }),
      locatedIn: t.field({ type: PlaceRef, description: 'The place it lies in.', resolve: ({ relationship }) => relationship.to as PlaceRecord }),
      created: t.exposeBoolean('created', { description: 'False when it was already recorded.' }),
    }),
  },
);

builder.relayMutationField(
  'removeLocatedIn',
  { description: 'Which located-in relationship to remove.', inputFields: locatedInEnds },
  {
    description: 'Removes that a place lies in another.',
    resolve: (_root, { input }, context) => removeRelationshipOf(context, { type: 'LOCATED_IN', from: input.place, to: input.locatedIn }),
  },
  {
    description: 'Both places.',
    outputFields: (t) => ({
      place: t.field({ type: PlaceRef, description: 'The smaller place.', resolve: (removed) => removed.from as PlaceRecord }),
      locatedIn: t.field({ type: PlaceRef, description: 'The place it no longer lies in.', resolve: (removed) => removed.to as PlaceRecord }),
    }),
  },
);
