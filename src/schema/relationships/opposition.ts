import { nodeIdOf, longText } from '../../model/fields.js';
import type { OrganisationRecord, RelationshipRecord } from '../../model/records.js';
import { builder } from '../builder.js';
import { endField } from '../lib/look-ahead.js';
import { periodFields, periodInputFields } from '../lib/period.js';
import { defineRelationshipMutations } from '../lib/relationship-mutations.js';
import { OrganisationRef } from '../nodes/organisation.js';
import { structuralGrounds, structuralGroundsFields, structuralGroundsInputFields } from './relationship-source.js';
import { RelationshipRef } from './relationship.js';

export const OppositionRef = builder.objectRef<RelationshipRecord>('Opposition');

OppositionRef.implement({
  description:
    'One camp opposes another (OPPOSES), e.g. Russia and Ukraine at war, for as long as it holds. A confirmation from a camp that ' +
    'opposes the claimant\'s at the statement\'s date is an admission against interest; a camp that is merely different is not.',
  interfaces: [RelationshipRef],
  isTypeOf: (relationship) => (relationship as RelationshipRecord).type === 'OPPOSES',
  fields: (t) => ({
    organisation: t.field({ type: OrganisationRef, description: 'The organisation that opposes.', ...endField<OrganisationRecord>('from') }),
    opposes: t.field({ type: OrganisationRef, description: 'The organisation it opposes.', ...endField<OrganisationRecord>('to') }),
    ...periodFields(t),
    ...structuralGroundsFields(t),
  }),
});

const organisationId = nodeIdOf(['Organisation']);

defineRelationshipMutations({
  ends: (t) => ({
    organisation: t.id({ required: true, description: 'The organisation that opposes, e.g. the Russian Federation.', validate: organisationId }),
    opposes: t.id({ required: true, description: 'The one it opposes, e.g. Ukraine.', validate: organisationId }),
  }),
  properties: (t) => ({
    ...periodInputFields(t),
    ...structuralGroundsInputFields(t),
    quote: t.string({ description: 'The words of a source that show it, verbatim.', validate: longText }),
  }),
  from: 'organisation',
  to: 'opposes',
  relationship: (input) => ({ type: 'OPPOSES', from: input.organisation, to: input.opposes, since: input.since, until: input.until, quote: input.quote, ...structuralGrounds(input) }),
  payload: () => ({
    organisation: { type: OrganisationRef, of: 'from', added: 'The organisation that opposes.', removed: 'The organisation that opposed.' },
    opposes: { type: OrganisationRef, of: 'to', added: 'The organisation it opposes.', removed: 'The organisation it no longer opposes.' },
    opposition: { type: OppositionRef, of: 'relationship', added: 'The opposition itself.', removed: 'The opposition as it was.' },
  }),
  add: {
    name: 'addOpposition',
    input: 'An organisation, one it opposes, and since and until when.',
    description: 'Records that one camp opposes another (OPPOSES), for a time; adding it again changes only the dates given.',
    payload: 'Both organisations and the opposition.',
    created: 'False when it was already recorded.',
  },
  remove: {
    name: 'removeOpposition',
    input: 'Which opposition to remove.',
    description: 'Removes that one camp opposes another.',
    payload: 'Both organisations, and the opposition as it was.',
  },
});
