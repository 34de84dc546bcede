import { entitySelection } from '../../data/entities.js';
import { organisationKinds } from '../../model/kinds.js';
import { type OrganisationRecord } from '../../model/records.js';
import { nodeIdOf } from '../../model/fields.js';
import { builder } from '../builder.js';
import { defineDeleteMutation } from '../lib/delete-mutation.js';
import { structuralGrounds, structuralGroundsInputFields } from '../relationships/relationship-source.js';
import { EntityFilterInput } from './entity-filter.js';
import { defineEntityMutations } from '../lib/entity-mutations.js';
import { ActorRef, EntityRef } from './entity.js';
import { loadNodesOfKind, nodeOfKindById, neighboursOf, pagedNeighboursOf, pagedRelationshipsOf, relationshipsOf } from '../lib/loading.js';
import { storedKeys } from '../lib/look-ahead.js';
import { MembershipConnectionRef } from '../relationships/membership.js';
import { PartOfRef } from '../relationships/part-of.js';
import { nestedConnection, pageArguments, resolveSelectionPage } from '../lib/pagination.js';
import { atArgument, periodInputFields } from '../lib/period.js';
import { OppositionRef } from '../relationships/opposition.js';
import { defineRelationshipMutations } from '../lib/relationship-mutations.js';

export const OrganisationKindEnum = builder.enumType('OrganisationKind', {
  description: 'What sort of organisation it is.',
  values: organisationKinds,
});

export const OrganisationRef = builder.loadableNodeRef<OrganisationRecord>('Organisation', {
  id: { resolve: (organisation) => organisation.id },
  load: loadNodesOfKind('Organisation'),
});

/** A page of organisations, for the lists of a node that can grow without bound. */
const OrganisationConnectionRef = nestedConnection(OrganisationRef, 'OrganisationConnection');

OrganisationRef.implement({
  description:
    'An organisation: a military unit, mercenary group, command, government, state, platform or group of analysts. ' +
    'Follow `partOf` upwards to find the camp an actor belongs to.',
  interfaces: [EntityRef, ActorRef],
  isTypeOf: (node) => (node as OrganisationRecord).kind === 'Organisation',
  fields: (t) => ({
    kind: t.field({
      type: OrganisationKindEnum,
      description: 'What sort of organisation.',
      extensions: storedKeys('organisationKind'),
      resolve: (organisation) => organisation.organisationKind,
    }),
    members: t.loadable({
      args: { ...pageArguments(t.arg), ...atArgument(t.arg) },
      type: MembershipConnectionRef,
      description: 'People who lead or belong to it, a page at a time.',
      ...pagedRelationshipsOf(['LEADS', 'MEMBER_OF'], 'INCOMING'),
    }),
    partOf: t.loadableList({
      args: atArgument(t.arg),
      type: OrganisationRef,
      description: 'Larger organisations it is part of (PART_OF), e.g. Azov → Armed Forces of Ukraine.',
      ...neighboursOf<OrganisationRecord>(['PART_OF'], 'OUTGOING'),
    }),
    parts: t.loadable({
      args: { ...pageArguments(t.arg), ...atArgument(t.arg) },
      type: OrganisationConnectionRef,
      description: 'Organisations that are part of it, a page at a time.',
      ...pagedNeighboursOf<OrganisationRecord>(['PART_OF'], 'INCOMING'),
    }),
    opposes: t.loadableList({
      args: atArgument(t.arg),
      type: OppositionRef,
      description: 'The camps it opposes (OPPOSES), and since and until when.',
      ...relationshipsOf(['OPPOSES'], 'OUTGOING'),
    }),
    opposedBy: t.loadableList({
      args: atArgument(t.arg),
      type: OppositionRef,
      description: 'The camps that oppose it.',
      ...relationshipsOf(['OPPOSES'], 'INCOMING'),
    }),
  }),
});

builder.queryFields((t) => ({
  organisation: t.field({
    type: OrganisationRef,
    nullable: true,
    description: 'The organisation with this id, e.g. "organisation:wagner-group"; null, with a NOT_FOUND error, when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Its id.' }) },
    resolve: nodeOfKindById('Organisation'),
  }),
  organisations: t.connection({
    type: OrganisationRef,
    description: 'Organisations, ordered by id, optionally filtered by name.',
    args: { filter: t.arg({ type: EntityFilterInput, description: 'Only entities matching this.' }) },
    resolve: (_root, { filter, ...args }, context, info) =>
      resolveSelectionPage<OrganisationRecord>(args, context, entitySelection('Organisation', filter ?? {}), info),
  }),
}));

defineEntityMutations('Organisation', OrganisationRef, {
  create: 'createOrganisation',
  upsert: 'upsertOrganisation',
  update: 'updateOrganisation',
  upsertExample: '"Wagnergroep" finds the Wagner Group',
  inputFields: (t, mutation) => ({
    kind: t.field({
      type: OrganisationKindEnum,
      required: mutation !== 'update',
      description: mutation === 'upsert' ? 'What sort of organisation, should it be created.' : 'What sort of organisation.',
    }),
  }),
  toDraft: ({ kind }) => ({ organisationKind: kind }),
});

defineDeleteMutation('deleteOrganisation', 'Organisation');

defineRelationshipMutations({
  ends: (t) => ({
    organisation: t.id({ required: true, description: 'The smaller organisation, e.g. the Azov brigade.', validate: nodeIdOf(['Organisation']) }),
    partOf: t.id({ required: true, description: 'The larger one it is part of, e.g. the Armed Forces of Ukraine.', validate: nodeIdOf(['Organisation']) }),
  }),
  properties: (t) => ({ ...periodInputFields(t), ...structuralGroundsInputFields(t) }),
  from: 'organisation',
  to: 'partOf',
  relationship: (input) => ({ type: 'PART_OF', from: input.organisation, to: input.partOf, since: input.since, until: input.until, ...structuralGrounds(input) }),
  payload: () => ({
    organisation: { type: OrganisationRef, of: 'from', added: 'The smaller organisation.', removed: 'The smaller organisation.' },
    partOf: { type: OrganisationRef, of: 'to', added: 'The larger organisation.', removed: 'The organisation it is no longer part of.' },
    relationship: {
      type: PartOfRef,
      of: 'relationship',
      added: 'The PART_OF relationship itself, with who recorded it and its history.',
      removed: 'The PART_OF relationship as it was.',
    },
  }),
  add: {
    name: 'addPartOf',
    input: 'An organisation and a larger one it is part of.',
    description: 'Records that an organisation is part of a larger one (PART_OF). Adding it again changes nothing.',
    payload: 'Both organisations.',
    created: 'False when it was already recorded.',
  },
  remove: {
    name: 'removePartOf',
    input: 'Which part-of relationship to remove.',
    description: 'Removes that an organisation is part of a larger one.',
    payload: 'Both organisations.',
  },
});
