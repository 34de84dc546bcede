import type { OrganisationRecord, RelationshipRecord } from '../../model/records.js';
import { builder } from '../builder.js';
import { endField } from '../lib/look-ahead.js';
import { periodFields } from '../lib/period.js';
import { OrganisationRef } from '../nodes/organisation.js';
import { structuralGroundsFields } from './relationship-source.js';
import { RelationshipRef } from './relationship.js';

export const PartOfRef = builder.objectRef<RelationshipRecord>('PartOf');

PartOfRef.implement({
  description: 'An organisation is part of a larger one (PART_OF).',
  interfaces: [RelationshipRef],
  isTypeOf: (relationship) => (relationship as RelationshipRecord).type === 'PART_OF',
  fields: (t) => ({
    organisation: t.field({ type: OrganisationRef, description: 'The smaller organisation.', ...endField<OrganisationRecord>('from') }),
    partOf: t.field({ type: OrganisationRef, description: 'The larger organisation it is part of.', ...endField<OrganisationRecord>('to') }),
    ...periodFields(t),
    ...structuralGroundsFields(t),
  }),
});
