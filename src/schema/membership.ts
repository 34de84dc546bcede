import type { OrganisationRecord, PersonRecord, RelationshipRecord } from '../data/model.js';
import { builder } from './builder.js';
import { OrganisationRef } from './organisation.js';
import { PersonRef } from './person.js';
import { RelationshipRef } from './relationship.js';

export const MembershipRoleEnum = builder.enumType('MembershipRole', {
  description: 'How a person belongs to an organisation.',
  values: {
    LEADS: { description: 'Leads or commands it.' },
    MEMBER_OF: { description: 'Is a member of it.' },
  },
});

export const MembershipRef = builder.objectRef<RelationshipRecord>('Membership');

MembershipRef.implement({
  description: 'A person leads or belongs to an organisation (LEADS or MEMBER_OF).',
  interfaces: [RelationshipRef],
  isTypeOf: (relationship) => ['LEADS', 'MEMBER_OF'].includes((relationship as RelationshipRecord).type),
  fields: (t) => ({
    member: t.field({ type: PersonRef, description: 'The person.', resolve: (membership) => membership.from as PersonRecord }),
    organisation: t.field({
      type: OrganisationRef,
      description: 'The organisation.',
      resolve: (membership) => membership.to as OrganisationRecord,
    }),
    kind: t.field({
      type: MembershipRoleEnum,
      description: 'Leads it or is a member.',
      resolve: (membership) => (membership.type === 'LEADS' ? 'LEADS' : 'MEMBER_OF'),
    }),
    role: t.exposeString('role', { nullable: true, description: 'The title the source gives, e.g. "commander".' }),
  }),
});
