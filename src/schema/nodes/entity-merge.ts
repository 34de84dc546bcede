import { actorKinds } from '../../model/kinds.js';
import { nodeIdOf } from '../../model/fields.js';
import { mergeEntities } from '../../writes/merge.js';
import { builder } from '../builder.js';
import { ActorRef } from './entity.js';
import { writeAs } from '../lib/write-as.js';

const actorIdInput = nodeIdOf(actorKinds);

builder.relayMutationField(
  'mergeEntities',
  {
    description: 'Two people, or two organisations, found to be one: the one to keep, and the one to merge into it.',
    inputFields: (t) => ({
      keep: t.id({ required: true, description: 'The person or organisation that stays, with its id and name.', validate: actorIdInput }),
      retire: t.id({
        required: true,
        description: 'The one merged into it, of the same kind; its id keeps answering as the kept one.',
        validate: actorIdInput,
      }),
    }),
  },
  {
    description:
      'Merges one person or organisation into another (admin only): every claim, confirmation, dispute, blame, mention, ' +
      'membership and structural relationship moves to the kept one; two relationships that differ in a property both stay. The kept one gains ' +
      'every name, spelling, alias and external id of the other, so search and imports find it by each; the merge is in both ' +
      'histories, and node(id:), person(id:) or organisation(id:) with the retired id answer with the kept one. Refuses two ' +
      'different kinds, an entity and itself, an id merged already, and two entities joined by a relationship.',
    authScopes: { merge: true },
    resolve: (_root, { input }, context) => writeAs(context, (transaction, stamp) => mergeEntities(transaction, stamp, input.keep, input.retire)),
  },
  {
    description: 'The entity as merged.',
    outputFields: (t) => ({
      entity: t.field({ type: ActorRef, description: 'The kept person or organisation, with all it gained.', resolve: (merge) => merge.entity }),
      retiredId: t.exposeID('retiredId', { description: 'The id that now answers as the kept one.' }),
      movedRelationships: t.exposeInt('movedRelationships', { description: 'How many relationships moved to the kept one.' }),
      keptApart: t.exposeStringList('keptApart', {
        description: 'The ids of moved relationships that differ from one the kept entity had between the same nodes, and so stay beside it.',
      }),
    }),
  },
);
