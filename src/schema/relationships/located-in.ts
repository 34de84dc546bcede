import type { PlaceRecord, RelationshipRecord } from '../../model/records.js';
import { builder } from '../builder.js';
import { endField } from '../lib/look-ahead.js';
import { periodFields } from '../lib/period.js';
import { PlaceRef } from '../nodes/place.js';
import { structuralGroundsFields } from './relationship-source.js';
import { RelationshipRef } from './relationship.js';

export const LocatedInRef = builder.objectRef<RelationshipRecord>('LocatedIn');

LocatedInRef.implement({
  description: 'A place lies in a larger one (LOCATED_IN).',
  interfaces: [RelationshipRef],
  isTypeOf: (relationship) => (relationship as RelationshipRecord).type === 'LOCATED_IN',
  fields: (t) => ({
    place: t.field({ type: PlaceRef, description: 'The smaller place.', ...endField<PlaceRecord>('from') }),
    locatedIn: t.field({ type: PlaceRef, description: 'The place it lies in.', ...endField<PlaceRecord>('to') }),
    ...periodFields(t),
    ...structuralGroundsFields(t),
  }),
});
