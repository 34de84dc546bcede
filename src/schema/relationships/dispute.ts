import { actorKinds } from '../../model/kinds.js';
import { type ActorRecord, type RelationshipRecord, type StatementRecord } from '../../model/records.js';
import { nodeIdOf } from '../../model/fields.js';
import { basisFields, basisInputFields } from './basis.js';
import { builder } from '../builder.js';
import { nestedConnection } from '../lib/pagination.js';
import { ActorRef } from '../nodes/entity.js';
import { endField } from '../lib/look-ahead.js';
import { RelationshipRef } from './relationship.js';
import { StatementRef } from '../nodes/statement.js';
import { defineRelationshipMutations, statementRelationship, statementRelationshipFields } from '../lib/relationship-mutations.js';

export const DisputeRef = builder.objectRef<RelationshipRecord>('Dispute');

/** A page of Disputes, for the lists of a node that can grow without bound. */
export const DisputeConnectionRef = nestedConnection(DisputeRef, 'DisputeConnection');

DisputeRef.implement({
  description: 'An actor contradicts a statement (DISPUTES).',
  interfaces: [RelationshipRef],
  isTypeOf: (relationship) => (relationship as RelationshipRecord).type === 'DISPUTES',
  fields: (t) => ({
    disputer: t.field({ type: ActorRef, description: 'Who contradicts it.', ...endField<ActorRecord>('from') }),
    statement: t.field({ type: StatementRef, description: 'What is contradicted.', ...endField<StatementRecord>('to') }),
    ...basisFields(t),
  }),
});

defineRelationshipMutations({
  ends: (t) => ({
    disputer: t.id({ required: true, description: 'The person or organisation contradicting it.', validate: nodeIdOf(actorKinds) }),
    statement: t.id({ required: true, description: 'The statement contradicted.', validate: nodeIdOf(['Statement']) }),
  }),
  properties: (t) => ({ ...statementRelationshipFields(t), ...basisInputFields(t) }),
  from: 'disputer',
  to: 'statement',
  relationship: (input) => ({
    type: 'DISPUTES',
    from: input.disputer,
    to: input.statement,
    basis: input.basis,
    inferredBy: input.inferredBy,
    ...statementRelationship(input),
  }),
  payload: () => ({
    dispute: { type: DisputeRef, of: 'relationship', added: 'The dispute, with both ends.', removed: 'The dispute as it was.' },
  }),
  add: {
    name: 'addDispute',
    input: 'Who contradicts which statement.',
    description: 'Records that an actor contradicts a statement (DISPUTES). Adding it again updates only the properties given (null clears one) and keeps the others.',
    payload: 'The dispute as recorded.',
    created: 'False when the same dispute existed and was merged.',
  },
  remove: { name: 'removeDispute', input: 'Which dispute to remove.', description: 'Removes that an actor contradicts a statement.', payload: 'The dispute removed.' },
});
