import type { Counted } from '../../data/facets.js';
import type { PlaceRecord } from '../../model/records.js';
import { builder } from '../builder.js';
import { PlaceRef } from '../nodes/place.js';

export const PlaceCountRef = builder.objectRef<Counted<PlaceRecord>>('PlaceCount').implement({
  description: 'How many of the statements are about this place or a place inside it: what `filter: { place }` would select of them.',
  fields: (t) => ({
    place: t.field({ type: PlaceRef, description: 'The place.', resolve: (counted) => counted.value }),
    count: t.exposeInt('count', { description: 'How many statements are about it or a place inside it.' }),
  }),
});
