import { entitySelection } from '../../data/entities.js';
import { placeKinds } from '../../model/kinds.js';
import { type PlaceRecord } from '../../model/records.js';
import { latitude, longitude, nodeIdOf } from '../../model/fields.js';
import { builder } from '../builder.js';
import { defineDeleteMutation } from '../lib/delete-mutation.js';
import { structuralGrounds, structuralGroundsInputFields } from '../relationships/relationship-source.js';
import { EntityFilterInput } from './entity-filter.js';
import { defineEntityMutations } from '../lib/entity-mutations.js';
import { EntityRef } from './entity.js';
import { loadNodesOfKind, nodeOfKindById, neighboursOf, pagedNeighboursOf } from '../lib/loading.js';
import { LocatedInRef } from '../relationships/located-in.js';
import { storedKeys } from '../lib/look-ahead.js';
import { nestedConnection, pageArguments, resolveSelectionPage } from '../lib/pagination.js';
import { atArgument, periodInputFields } from '../lib/period.js';
import { defineRelationshipMutations } from '../lib/relationship-mutations.js';

export const PlaceKindEnum = builder.enumType('PlaceKind', {
  description: 'What sort of place it is.',
  values: placeKinds,
});

export const PlaceRef = builder.loadableNodeRef<PlaceRecord>('Place', {
  id: { resolve: (place) => place.id },
  load: loadNodesOfKind('Place'),
});

/** A page of places, for the lists of a node that can grow without bound. */
const PlaceConnectionRef = nestedConnection(PlaceRef, 'PlaceConnection');

PlaceRef.implement({
  description: 'A place, e.g. Bakhmut (Dutch "Bachmoet", Ukrainian "Бахмут").',
  interfaces: [EntityRef],
  isTypeOf: (node) => (node as PlaceRecord).kind === 'Place',
  fields: (t) => ({
    kind: t.field({
      type: PlaceKindEnum,
      description: 'City, region, country or other.',
      extensions: storedKeys('placeKind'),
      resolve: (place) => place.placeKind,
    }),
    latitude: t.exposeFloat('latitude', { nullable: true, description: 'WGS 84 latitude, where known.', extensions: storedKeys('latitude') }),
    longitude: t.exposeFloat('longitude', { nullable: true, description: 'WGS 84 longitude, where known.', extensions: storedKeys('longitude') }),
    locatedIn: t.loadableList({
      args: atArgument(t.arg),
      type: PlaceRef,
      description: 'Places it lies in (LOCATED_IN), e.g. Bakhmut → Donetsk Oblast.',
      ...neighboursOf<PlaceRecord>(['LOCATED_IN'], 'OUTGOING'),
    }),
    contains: t.loadable({
      args: { ...pageArguments(t.arg), ...atArgument(t.arg) },
      type: PlaceConnectionRef,
      description: 'Places that lie in it, a page at a time.',
      ...pagedNeighboursOf<PlaceRecord>(['LOCATED_IN'], 'INCOMING'),
    }),
  }),
});

builder.queryFields((t) => ({
  place: t.field({
    type: PlaceRef,
    nullable: true,
    description: 'The place with this id, e.g. "place:bakhmut"; null, with a NOT_FOUND error, when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Its id.' }) },
    resolve: nodeOfKindById('Place'),
  }),
  places: t.connection({
    type: PlaceRef,
    description: 'Places, ordered by id, optionally filtered by name.',
    args: { filter: t.arg({ type: EntityFilterInput, description: 'Only entities matching this.' }) },
    resolve: (_root, { filter, ...args }, context, info) =>
      resolveSelectionPage<PlaceRecord>(args, context, entitySelection('Place', filter ?? {}), info),
  }),
}));

defineEntityMutations('Place', PlaceRef, {
  create: 'createPlace',
  upsert: 'upsertPlace',
  update: 'updatePlace',
  upsertExample: '"Bachmoet" finds Bakhmut',
  inputFields: (t, mutation) => {
    const removable = mutation === 'update' ? '; null removes it' : '';
    return {
      kind: t.field({
        type: PlaceKindEnum,
        required: mutation !== 'update',
        description: mutation === 'upsert' ? 'City, region, country or other, should it be created.' : 'City, region, country or other.',
      }),
      latitude: t.float({ description: `WGS 84 latitude, -90 to 90${removable}.`, validate: latitude }),
      longitude: t.float({ description: `WGS 84 longitude, -180 to 180${removable}.`, validate: longitude }),
    };
  },
  toDraft: ({ kind, latitude, longitude }) => ({ placeKind: kind, latitude, longitude }),
});

defineDeleteMutation('deletePlace', 'Place');

defineRelationshipMutations({
  ends: (t) => ({
    place: t.id({ required: true, description: 'The smaller place, e.g. Bakhmut.', validate: nodeIdOf(['Place']) }),
    locatedIn: t.id({ required: true, description: 'The place it lies in, e.g. Donetsk Oblast.', validate: nodeIdOf(['Place']) }),
  }),
  properties: (t) => ({ ...periodInputFields(t), ...structuralGroundsInputFields(t) }),
  from: 'place',
  to: 'locatedIn',
  relationship: (input) => ({ type: 'LOCATED_IN', from: input.place, to: input.locatedIn, since: input.since, until: input.until, ...structuralGrounds(input) }),
  payload: () => ({
    place: { type: PlaceRef, of: 'from', added: 'The smaller place.', removed: 'The smaller place.' },
    locatedIn: { type: PlaceRef, of: 'to', added: 'The place it lies in.', removed: 'The place it no longer lies in.' },
    relationship: {
      type: LocatedInRef,
      of: 'relationship',
      added: 'The LOCATED_IN relationship itself, with who recorded it and its history.',
      removed: 'The LOCATED_IN relationship as it was.',
    },
  }),
  add: {
    name: 'addLocatedIn',
    input: 'A place and a larger place it lies in.',
    description: 'Records that a place lies in another (LOCATED_IN). Adding it again changes nothing.',
    payload: 'Both places.',
    created: 'False when it was already recorded.',
  },
  remove: { name: 'removeLocatedIn', input: 'Which located-in relationship to remove.', description: 'Removes that a place lies in another.', payload: 'Both places.' },
});
