import { actorKinds } from '../../model/kinds.js';
import { type ActorRecord, type RelationshipRecord } from '../../model/records.js';
import { nodeIdOf, shortText } from '../../model/fields.js';
import { builder } from '../builder.js';
import { nestedConnection } from '../lib/pagination.js';
import { ActorRef } from '../nodes/entity.js';
import { endField, storedKeys } from '../lib/look-ahead.js';
import { RelationshipRef } from './relationship.js';
import { StatementRef } from '../nodes/statement.js';
import { defineRelationshipMutations, statementRelationship, statementRelationshipFields } from '../lib/relationship-mutations.js';

export const BlameRef = builder.objectRef<RelationshipRecord>('Blame');

/** A page of Blames, for the lists of a node that can grow without bound. */
export const BlameConnectionRef = nestedConnection(BlameRef, 'BlameConnection');

BlameRef.implement({
  description: 'An actor holds another responsible for something (BLAMES), in a statement.',
  interfaces: [RelationshipRef],
  isTypeOf: (relationship) => (relationship as RelationshipRecord).type === 'BLAMES',
  fields: (t) => ({
    blamer: t.field({ type: ActorRef, description: 'Who lays the blame.', ...endField<ActorRecord>('from') }),
    blamed: t.field({ type: ActorRef, description: 'Who is blamed.', ...endField<ActorRecord>('to') }),
    reason: t.string({
      description: 'What they are blamed for, in English.',
      extensions: storedKeys('reason'),
      resolve: (blame) => blame.reason ?? '',
    }),
    statement: t.field({
      type: StatementRef,
      nullable: true,
      description: 'The statement in which the blame was made.',
      extensions: storedKeys('statementId'),
      resolve: (blame) => blame.statementId,
    }),
  }),
});

defineRelationshipMutations({
  ends: (t) => ({
    blamer: t.id({ required: true, description: 'Who lays the blame: a person or organisation.', validate: nodeIdOf(actorKinds) }),
    blamed: t.id({ required: true, description: 'Who is blamed: a person or organisation.', validate: nodeIdOf(actorKinds) }),
    statement: t.id({ required: true, description: 'The statement in which the blame is laid.', validate: nodeIdOf(['Statement']) }),
  }),
  properties: (t) => {
    const { date, quote } = statementRelationshipFields(t);
    return { reason: t.string({ required: true, description: 'What they are blamed for, in English.', validate: shortText }), date, quote };
  },
  from: 'blamer',
  to: 'blamed',
  relationship: (input) => ({
    type: 'BLAMES',
    from: input.blamer,
    to: input.blamed,
    statement: input.statement,
    reason: input.reason,
    ...statementRelationship(input),
  }),
  payload: () => ({
    blame: { type: BlameRef, of: 'relationship', added: 'The blame, with both ends and its statement.', removed: 'The blame as it was.' },
  }),
  add: {
    name: 'addBlame',
    input: 'Who blames whom, for what, in which statement.',
    description: 'Records that an actor blames another in a statement (BLAMES). Adding it again for the same statement updates only the properties given (null clears one) and keeps the others.',
    payload: 'The blame as recorded.',
    created: 'False when the same blame existed and was merged.',
  },
  remove: { name: 'removeBlame', input: 'Which blame to remove.', description: 'Removes a blame laid in a statement.', payload: 'The blame removed.' },
});
