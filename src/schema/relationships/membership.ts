import type { OrganisationRecord, PersonRecord, RelationshipRecord } from '../../model/records.js';
import { nodeIdOf, shortText } from '../../model/fields.js';
import { builder } from '../builder.js';
import { nestedConnection } from '../lib/pagination.js';
import { endField, storedKeys } from '../lib/look-ahead.js';
import { periodFields, periodInputFields } from '../lib/period.js';
import { OrganisationRef } from '../nodes/organisation.js';
import { PersonRef } from '../nodes/person.js';
import { structuralGrounds, structuralGroundsFields, structuralGroundsInputFields } from './relationship-source.js';
import { RelationshipRef } from './relationship.js';
import { defineRelationshipMutations } from '../lib/relationship-mutations.js';

export const MembershipRoleEnum = builder.enumType('MembershipRole', {
  description: 'How a person belongs to an organisation.',
  values: {
    LEADS: { description: 'Leads or commands it.' },
    MEMBER_OF: { description: 'Is a member of it.' },
  },
});

export const MembershipRef = builder.objectRef<RelationshipRecord>('Membership');

/** A page of Memberships, for the lists of a node that can grow without bound. */
export const MembershipConnectionRef = nestedConnection(MembershipRef, 'MembershipConnection');

MembershipRef.implement({
  description: 'A person leads or belongs to an organisation (LEADS or MEMBER_OF).',
  interfaces: [RelationshipRef],
  isTypeOf: (relationship) => ['LEADS', 'MEMBER_OF'].includes((relationship as RelationshipRecord).type),
  fields: (t) => ({
    member: t.field({ type: PersonRef, description: 'The person.', ...endField<PersonRecord>('from') }),
    organisation: t.field({
      type: OrganisationRef,
      description: 'The organisation.',
      ...endField<OrganisationRecord>('to'),
    }),
    kind: t.field({
      type: MembershipRoleEnum,
      description: 'Leads it or is a member.',
      // The relationship's type, which every read includes.
      extensions: storedKeys(),
      resolve: (membership) => (membership.type === 'LEADS' ? 'LEADS' : 'MEMBER_OF'),
    }),
    role: t.exposeString('role', { nullable: true, description: 'The title the source gives, e.g. "commander".', extensions: storedKeys('role') }),
    ...periodFields(t),
    ...structuralGroundsFields(t),
  }),
});

defineRelationshipMutations({
  ends: (t) => ({
    member: t.id({ required: true, description: 'The person.', validate: nodeIdOf(['Person']) }),
    organisation: t.id({ required: true, description: 'The organisation.', validate: nodeIdOf(['Organisation']) }),
    kind: t.field({ type: MembershipRoleEnum, required: true, description: 'Leads it (LEADS) or is a member (MEMBER_OF).' }),
  }),
  properties: (t) => ({
    role: t.string({ description: 'The title the source gives, e.g. "commander".', validate: shortText }),
    ...periodInputFields(t),
    ...structuralGroundsInputFields(t),
  }),
  from: 'member',
  to: 'organisation',
  relationship: (input) => ({ type: input.kind, from: input.member, to: input.organisation, role: input.role, since: input.since, until: input.until, ...structuralGrounds(input) }),
  payload: () => ({
    membership: {
      type: MembershipRef,
      of: 'relationship',
      added: 'The membership, with both ends.',
      removed: 'The membership as it was.',
    },
  }),
  add: {
    name: 'addMembership',
    input: 'A person who leads or belongs to an organisation.',
    description: 'Records that a person leads or belongs to an organisation. Adding it again updates the role when one is given (null clears it) and keeps it otherwise.',
    payload: 'The membership as recorded.',
    created: 'False when the same membership existed and was merged.',
  },
  remove: {
    name: 'removeMembership',
    input: 'Which membership to remove.',
    description: 'Removes that a person leads or belongs to an organisation.',
    payload: 'The membership removed.',
  },
});
