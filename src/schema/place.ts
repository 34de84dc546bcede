import { entitySelection } from '../data/entities.js';
import { type PlaceRecord, placeKinds } from '../data/model.js';
import { builder } from './builder.js';
import { EntityRef } from './entity.js';
import { EntityFilterInput } from './entity-filter.js';
import { loadNodesOfKind, neighboursOf } from './loading.js';
import { resolveSelectionPage } from './pagination.js';

export const PlaceKindEnum = builder.enumType('PlaceKind', {
  description: 'What sort of place it is.',
  values: placeKinds,
});

export const PlaceRef = builder.loadableNodeRef<PlaceRecord>('Place', {
  id: { resolve: (place) => place.id },
  load: loadNodesOfKind('Place'),
  sort: (place) => place.id,
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
