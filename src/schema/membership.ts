import type { OrganisationRecord, PersonRecord, RelationshipRecord } from '../data/model.js';
import { nodeIdOf, shortText } from '../import/fields.js';
import { builder } from './builder.js';
import { OrganisationRef } from './organisation.js';
import { PersonRef } from './person.js';
import { RelationshipRef } from './relationship.js';
import { addRelationship, type InputFieldBuilder, removeRelationshipOf } from './writing.js';

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

const membershipEnds = (t: InputFieldBuilder) => ({
  member: t.id({ required: true, description: 'The person.', validate: nodeIdOf(['Person']) }),
  organisation: t.id({ required: true, description: 'The organisation.', validate: nodeIdOf(['Organisation']) }),
  kind: t.field({ type: MembershipRoleEnum, required: true, description: 'Leads it (LEADS) or is a member (MEMBER_OF).' }),
});

builder.relayMutationField(
  'addMembership',
  {
    description: 'A person who leads or belongs to an organisation.',
    inputFields: (t) => ({
      ...membershipEnds(t),
      role: t.string({ description: 'The title the source gives, e.g. "commander".', validate: shortText }),
    }),
  },
  {
    description: 'Records that a person leads or belongs to an organisation. Adding it again merges.',
    resolve: (_root, { input }, context) =>
      addRelationship(context, { type: input.kind, from: input.member, to: input.organisation, role: input.role ?? undefined }),
  },
  {
    description: 'The membership as recorded.',
    outputFields: (t) => ({
      membership: t.field({ type: MembershipRef, description: 'The membership, with both ends.', resolve: ({ relationship }) => relationship }),
      created: t.exposeBoolean('created', { description: 'False when the same membership existed and was merged.' }),
    }),
  },
);

builder.relayMutationField(
  'removeMembership',
  { description: 'Which membership to remove.', inputFields: membershipEnds },
  {
    description: 'Removes that a person leads or belongs to an organisation.',
    resolve: (_root, { input }, context) =>
      removeRelationshipOf(context, { type: input.kind, from: input.member, to: input.organisation }),
  },
  {
    description: 'The membership removed.',
    outputFields: (t) => ({
      membership: t.field({ type: MembershipRef, description: 'The membership as it was.', resolve: (removed) => removed }),
    }),
  },
);
