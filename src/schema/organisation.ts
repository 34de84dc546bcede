import { entitySelection } from '../data/entities.js';
import { type OrganisationRecord, organisationKinds } from '../data/model.js';
import { builder } from './builder.js';
import { ActorRef, EntityRef } from './entity.js';
import { EntityFilterInput } from './entity-filter.js';
import { loadNodesOfKind, neighboursOf, relationshipsOf } from './loading.js';
import { MembershipRef } from './membership.js';
import { resolveSelectionPage } from './pagination.js';

export const OrganisationKindEnum = builder.enumType('OrganisationKind', {
  description: 'What sort of organisation it is.',
  values: organisationKinds,
});

export const OrganisationRef = builder.loadableNodeRef<OrganisationRecord>('Organisation', {
  id: { resolve: (organisation) => organisation.id },
  load: loadNodesOfKind('Organisation'),
  sort: (organisation) => organisation.id,
});

OrganisationRef.implement({
  description:
    'An organisation: a military unit, mercenary group, command, government, state, platform or group of analysts. ' +
    'Follow `partOf` upwards to find the camp an actor belongs to.',
  interfaces: [EntityRef, ActorRef],
  isTypeOf: (node) => (node as OrganisationRecord).kind === 'Organisation',
  fields: (t) => ({
    kind: t.field({ type: OrganisationKindEnum, description: 'What sort of organisation.', resolve: (organisation) => organisation.organisationKind }),
    members: t.loadableList({
      type: MembershipRef,
      description: 'People who lead or belong to it.',
      ...relationshipsOf(['LEADS', 'MEMBER_OF'], 'INCOMING'),
    }),
    partOf: t.loadableList({
      type: OrganisationRef,
      description: 'Larger organisations it is part of (PART_OF), e.g. Azov → Armed Forces of Ukraine.',
      ...neighboursOf<OrganisationRecord>(['PART_OF'], 'OUTGOING'),
    }),
    parts: t.loadableList({
      type: OrganisationRef,
      description: 'Organisations that are part of it.',
      ...neighboursOf<OrganisationRecord>(['PART_OF'], 'INCOMING'),
    }),
  }),
});

builder.queryFields((t) => ({
  organisation: t.field({
    type: OrganisationRef,
    description: 'The organisation with this id, e.g. "organisation:wagner-group".',
    args: { id: t.arg.id({ required: true, description: 'Its id.' }) },
    resolve: (_root, { id }) => id,
  }),
  organisations: t.connection({
    type: OrganisationRef,
    description: 'Organisations, ordered by id, optionally filtered by name.',
    args: { filter: t.arg({ type: EntityFilterInput, description: 'Only entities matching this.' }) },
    resolve: (_root, { filter, ...args }, context) =>
      resolveSelectionPage<OrganisationRecord>(args, context, entitySelection('Organisation', filter ?? {})),
  }),
}));
