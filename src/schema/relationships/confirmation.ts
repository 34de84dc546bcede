import { actorKinds, confirmationStrengths, defaultConfirmationStrength } from '../../model/kinds.js';
import { type ActorRecord, type RelationshipRecord, type StatementRecord } from '../../model/records.js';
import { nodeIdOf } from '../../model/fields.js';
import { basisFields, basisInputFields } from './basis.js';
import { builder } from '../builder.js';
import { nestedConnection } from '../lib/pagination.js';
import { ActorRef } from '../nodes/entity.js';
import { endField, storedKeys } from '../lib/look-ahead.js';
import { RelationshipRef } from './relationship.js';
import { StatementRef } from '../nodes/statement.js';
import { defineRelationshipMutations, statementRelationship, statementRelationshipFields } from '../lib/relationship-mutations.js';

export const ConfirmationStrengthEnum = builder.enumType('ConfirmationStrength', {
  description: 'How firmly a confirmation backs a statement up.',
  values: {
    STRONG: { description: 'Direct support, e.g. the opposing side admitting the loss.' },
    MODERATE: { description: 'Support that leaves room for doubt.' },
    WEAK: { description: 'Finds it plausible, without evidence of its own.' },
  } satisfies Record<(typeof confirmationStrengths)[number], unknown>,
});

export const ConfirmationRef = builder.objectRef<RelationshipRecord>('Confirmation');

/** A page of Confirmations, for the lists of a node that can grow without bound. */
export const ConfirmationConnectionRef = nestedConnection(ConfirmationRef, 'ConfirmationConnection');

ConfirmationRef.implement({
  description: 'An actor backs up a statement (CONFIRMS), with a strength.',
  interfaces: [RelationshipRef],
  isTypeOf: (relationship) => (relationship as RelationshipRecord).type === 'CONFIRMS',
  fields: (t) => ({
    confirmer: t.field({ type: ActorRef, description: 'Who backs it up.', ...endField<ActorRecord>('from') }),
    statement: t.field({
      type: StatementRef,
      description: 'What is backed up.',
      ...endField<StatementRecord>('to'),
    }),
    strength: t.field({
      type: ConfirmationStrengthEnum,
      description: 'How firmly.',
      extensions: storedKeys('strength'),
      resolve: (confirmation) => confirmation.strength ?? defaultConfirmationStrength,
    }),
    ...basisFields(t),
  }),
});

defineRelationshipMutations({
  ends: (t) => ({
    confirmer: t.id({ required: true, description: 'The person or organisation backing it up.', validate: nodeIdOf(actorKinds) }),
    statement: t.id({ required: true, description: 'The statement backed up.', validate: nodeIdOf(['Statement']) }),
  }),
  properties: (t) => ({
    strength: t.field({ type: ConfirmationStrengthEnum, required: true, description: 'How firmly.' }),
    ...statementRelationshipFields(t),
    ...basisInputFields(t),
  }),
  from: 'confirmer',
  to: 'statement',
  relationship: (input) => ({
    type: 'CONFIRMS',
    from: input.confirmer,
    to: input.statement,
    strength: input.strength,
    basis: input.basis,
    inferredBy: input.inferredBy,
    ...statementRelationship(input),
  }),
  payload: () => ({
    confirmation: {
      type: ConfirmationRef,
      of: 'relationship',
      added: 'The confirmation, with both ends.',
      removed: 'The confirmation as it was.',
    },
  }),
  add: {
    name: 'addConfirmation',
    input: 'Who backs up which statement, and how strongly.',
    description: 'Records that an actor backs up a statement (CONFIRMS). Adding it again updates only the properties given (null clears one) and keeps the others.',
    payload: 'The confirmation as recorded.',
    created: 'False when the same confirmation existed and was merged.',
  },
  remove: {
    name: 'removeConfirmation',
    input: 'Which confirmation to remove.',
    description: 'Removes that an actor backs up a statement.',
    payload: 'The confirmation removed.',
  },
});
