import { entitySelection } from '../data/entities.js';
import { organisationKinds, type OrganisationRecord } from '../data/model.js';
import { nodeIdOf } from '../import/fields.js';
import { builder } from './builder.js';
import { defineDeleteMutation } from './deletion.js';
import { EntityFilterInput } from './entity-filter.js';
import { createEntity, entityInputFields, entityUpdateFields, updateEntity, upsertEntity } from './entity-writes.js';
import { ActorRef, EntityRef } from './entity.js';
import { loadNodesOfKind, neighboursOf, relationshipsOf } from './loading.js';
import { MembershipRef } from './membership.js';
import { resolveSelectionPage } from './pagination.js';
import { addRelationship, type InputFieldBuilder, removeRelationshipOf } from './writing.js';

export const OrganisationKindEnum = builder.enumType('OrganisationKind', {
  description: 'What sort of organisation it is.',
  values: organisationKinds,
});

export const OrganisationRef = builder.loadableNodeRef<OrganisationRecord>('Organisation', {
  id: { resolve: (organisation) => organisation.id },
  load: loadNodesOfKind('Organisation'),
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

builder.relayMutationField(
  'createOrganisation',
  {
    description: 'A new organisation.',
    inputFields: (t) => ({
      ...entityInputFields(t, 'Organisation'),
      kind: t.field({ type: OrganisationKindEnum, required: true, description: 'What sort of organisation.' }),
    }),
  },
  {
    description: 'Adds an organisation. Refuses a name or alias that already names an organisation: use upsertOrganisation to match one.',
    resolve: async (_root, { input: { kind, ...input } }, context) => ({
      organisation: await createEntity(context, { kind: 'Organisation', organisationKind: kind, ...input }),
    }),
  },
  {
    description: 'The organisation created.',
    outputFields: (t) => ({
      organisation: t.field({ type: OrganisationRef, description: 'The new organisation.', resolve: ({ organisation }) => organisation }),
    }),
  },
);

builder.relayMutationField(
  'upsertOrganisation',
  {
    description: 'An organisation to find or add.',
    inputFields: (t) => ({
      ...entityInputFields(t, 'Organisation'),
      kind: t.field({ type: OrganisationKindEnum, required: true, description: 'What sort of organisation, should it be created.' }),
    }),
  },
  {
    description:
      'Finds the organisation by id, else by an exact name or alias in any spelling ("Wagnergroep" finds Wagner Group), ' +
      'adding the spellings and details it lacks; creates it when nothing matches. Two matches are an error naming both.',
    resolve: (_root, { input: { kind, ...input } }, context) =>
      upsertEntity(context, { kind: 'Organisation', organisationKind: kind, ...input }),
  },
  {
    description: 'The organisation found or created.',
    outputFields: (t) => ({
      organisation: t.field({ type: OrganisationRef, description: 'The organisation.', resolve: ({ node }) => node }),
      created: t.exposeBoolean('created', { description: 'True when the organisation was created, false when matched.' }),
    }),
  },
);

builder.relayMutationField(
  'updateOrganisation',
  {
    description: 'Changes to an organisation: a field left out stays as it is.',
    inputFields: (t) => ({
      ...entityUpdateFields(t, 'Organisation'),
      kind: t.field({ type: OrganisationKindEnum, description: 'What sort of organisation.' }),
    }),
  },
  {
    description: 'Changes an organisation. Refuses a name or alias that already names another organisation.',
    resolve: async (_root, { input: { kind, ...input } }, context) => ({
      organisation: await updateEntity(context, 'Organisation', { ...input, organisationKind: kind }),
    }),
  },
  {
    description: 'The organisation as changed.',
    outputFields: (t) => ({
      organisation: t.field({ type: OrganisationRef, description: 'The organisation.', resolve: ({ organisation }) => organisation }),
    }),
  },
);

defineDeleteMutation('Organisation');

const partOfEnds = (t: InputFieldBuilder) => ({
  organisation: t.id({ required: true, description: 'The smaller organisation, e.g. the Azov brigade.', validate: nodeIdOf(['Organisation']) }),
  partOf: t.id({ required: true, description: 'The larger one it is part of, e.g. the Armed Forces of Ukraine.', validate: nodeIdOf(['Organisation']) }),
});

builder.relayMutationField(
  'addPartOf',
  { description: 'An organisation and a larger one it is part of.', inputFields: partOfEnds },
  {
    description: 'Records that an organisation is part of a larger one (PART_OF). Adding it again changes nothing.',
    resolve: (_root, { input }, context) => addRelationship(context, { type: 'PART_OF', from: input.organisation, to: input.partOf }),
  },
  {
    description: 'Both organisations.',
    outputFields: (t) => ({
      organisation: t.field({ type: OrganisationRef, description: 'The smaller organisation.', resolve: ({ relationship }) => relationship.from as OrganisationRecord }),
      partOf: t.field({ type: OrganisationRef, description: 'The larger organisation.', resolve: ({ relationship }) => relationship.to as OrganisationRecord }),
      created: t.exposeBoolean('created', { description: 'False when it was already recorded.' }),
    }),
  },
);

builder.relayMutationField(
  'removePartOf',
  { description: 'Which part-of relationship to remove.', inputFields: partOfEnds },
  {
    description: 'Removes that an organisation is part of a larger one.',
    resolve: (_root, { input }, context) => removeRelationshipOf(context, { type: 'PART_OF', from: input.organisation, to: input.partOf }),
  },
  {
    description: 'Both organisations.',
    outputFields: (t) => ({
      organisation: t.field({ type: OrganisationRef, description: 'The smaller organisation.', resolve: (removed) => removed.from as OrganisationRecord }),
      partOf: t.field({ type: OrganisationRef, description: 'The organisation it is no longer part of.', resolve: (removed) => removed.to as OrganisationRecord }),
    }),
  },
);
