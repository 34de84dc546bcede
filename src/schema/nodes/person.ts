import { entitySelection } from '../../data/entities.js';
import type { PersonRecord } from '../../model/records.js';
import { builder } from '../builder.js';
import { defineDeleteMutation } from '../lib/delete-mutation.js';
import { EntityFilterInput } from './entity-filter.js';
import { defineEntityMutations } from '../lib/entity-mutations.js';
import { ActorRef, EntityRef } from './entity.js';
import { loadNodesOfKind, nodeOfKindById, relationshipsOf } from '../lib/loading.js';
import { MembershipRef } from '../relationships/membership.js';
import { resolveSelectionPage } from '../lib/pagination.js';
import { atArgument } from '../lib/period.js';

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
      args: atArgument(t.arg),
      type: MembershipRef,
      description: 'Organisations this person leads or belongs to.',
      ...relationshipsOf(['LEADS', 'MEMBER_OF'], 'OUTGOING'),
    }),
  }),
});

builder.queryFields((t) => ({
  person: t.field({
    type: PersonRef,
    nullable: true,
    description: 'The person with this id, e.g. "person:yevgeny-prigozhin"; null, with a NOT_FOUND error, when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Its id.' }) },
    resolve: nodeOfKindById('Person'),
  }),
  people: t.connection({
    type: PersonRef,
    description: 'People, ordered by id, optionally filtered by name.',
    args: { filter: t.arg({ type: EntityFilterInput, description: 'Only entities matching this.' }) },
    resolve: (_root, { filter, ...args }, context, info) =>
      resolveSelectionPage<PersonRecord>(args, context, entitySelection('Person', filter ?? {}), info),
  }),
}));

defineEntityMutations('Person', PersonRef, {
  create: 'createPerson',
  upsert: 'upsertPerson',
  update: 'updatePerson',
  upsertExample: '"Jevgeni Prigozjin" finds Yevgeny Prigozhin',
});

defineDeleteMutation('deletePerson', 'Person');
