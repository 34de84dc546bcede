import { entitySelection } from '../data/entities.js';
import type { PersonRecord } from '../data/model.js';
import { builder } from './builder.js';
import { defineDeleteMutation } from './deletion.js';
import { EntityFilterInput } from './entity-filter.js';
import { createEntity, entityInputFields, entityUpdateFields, updateEntity, upsertEntity } from './entity-writes.js';
import { ActorRef, EntityRef } from './entity.js';
import { loadNodesOfKind, relationshipsOf } from './loading.js';
import { MembershipRef } from './membership.js';
import { resolveSelectionPage } from './pagination.js';

export const PersonRef = builder.loadableNodeRef<PersonRecord>('Person', {
  id: { resolve: (person) => person.id },
  load: loadNodesOfKind('Person'),
});

PersonRef.implement({
  description: 'A person, e.g. Yevgeny Prigozhin or Andriy Biletsky.',
  interfaces: [EntityRef, ActorRef],
  isTypeOf: (node) => (node as PersonRecord).kind === 'Person',
  fields: (t) => ({
    memberships: t.loadableList({
      type: MembershipRef,
      description: 'Organisations this person leads or belongs to.',
      ...relationshipsOf(['LEADS', 'MEMBER_OF'], 'OUTGOING'),
    }),
  }),
});

builder.queryFields((t) => ({
  person: t.field({
    type: PersonRef,
    description: 'The person with this id, e.g. "person:yevgeny-prigozhin".',
    args: { id: t.arg.id({ required: true, description: 'Its id.' }) },
    resolve: (_root, { id }) => id,
  }),
  people: t.connection({
    type: PersonRef,
    description: 'People, ordered by id, optionally filtered by name.',
    args: { filter: t.arg({ type: EntityFilterInput, description: 'Only entities matching this.' }) },
    resolve: (_root, { filter, ...args }, context) =>
      resolveSelectionPage<PersonRecord>(args, context, entitySelection('Person', filter ?? {})),
  }),
}));

builder.relayMutationField(
  'createPerson',
  { description: 'A new person.', inputFields: (t) => entityInputFields(t, 'Person') },
  {
    description: 'Adds a person. Refuses a name or alias that already names a person: use upsertPerson to match one.',
    resolve: async (_root, { input }, context) => ({ person: await createEntity(context, { kind: 'Person', ...input }) }),
  },
  {
    description: 'The person created.',
    outputFields: (t) => ({ person: t.field({ type: PersonRef, description: 'The new person.', resolve: ({ person }) => person }) }),
  },
);

builder.relayMutationField(
  'upsertPerson',
  { description: 'A person to find or add.', inputFields: (t) => entityInputFields(t, 'Person') },
  {
    description:
      'Finds the person by id, else by an exact name or alias in any spelling ("Jevgeni Prigozjin" finds Yevgeny Prigozhin), ' +
      'adding the spellings and details it lacks; creates the person when nothing matches. Two matches are an error naming both.',
    resolve: (_root, { input }, context) => upsertEntity(context, { kind: 'Person', ...input }),
  },
  {
    description: 'The person found or created.',
    outputFields: (t) => ({
      person: t.field({ type: PersonRef, description: 'The person.', resolve: ({ node }) => node }),
      created: t.exposeBoolean('created', { description: 'True when the person was created, false when matched.' }),
    }),
  },
);

builder.relayMutationField(
  'updatePerson',
  { description: 'Changes to a person: a field left out stays as it is.', inputFields: (t) => entityUpdateFields(t, 'Person') },
  {
    description: 'Changes a person. Refuses a name or alias that already names another person.',
    resolve: async (_root, { input }, context) => ({ person: await updateEntity(context, 'Person', input) }),
  },
  {
    description: 'The person as changed.',
    outputFields: (t) => ({ person: t.field({ type: PersonRef, description: 'The person.', resolve: ({ person }) => person }) }),
  },
);

defineDeleteMutation('Person');
