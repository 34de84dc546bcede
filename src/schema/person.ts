import type { PersonRecord } from '../data/model.js';
import { entitySelection } from '../data/entities.js';
import { builder } from './builder.js';
import { ActorRef, EntityRef } from './entity.js';
import { EntityFilterInput } from './entity-filter.js';
import { loadNodesOfKind, relationshipsOf } from './loading.js';
import { MembershipRef } from './membership.js';
import { resolveSelectionPage } from './pagination.js';

export const PersonRef = builder.loadableNodeRef<PersonRecord>('Person', {
  id: { resolve: (person) => person.id },
  load: loadNodesOfKind('Person'),
  sort: (person) => person.id,
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
