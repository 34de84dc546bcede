import { type ActorRecord, confirmationStrengths, type RelationshipRecord, type StatementRecord } from '../data/model.js';
import { builder } from './builder.js';
import { ActorRef } from './entity.js';
import { RelationshipRef } from './relationship.js';
import { StatementRef } from './statement.js';

export const ConfirmationStrengthEnum = builder.enumType('ConfirmationStrength', {
  description: 'How firmly a confirmation backs a statement up.',
  values: {
    STRONG: { description: 'Direct support, e.g. the opposing side admitting the loss.' },
    MODERATE: { description: 'Support that leaves room for doubt.' },
    WEAK: { description: 'Finds it plausible, without evidence of its own.' },
  } satisfies Record<(typeof confirmationStrengths)[number], unknown>,
});

export const ConfirmationRef = builder.objectRef<RelationshipRecord>('Confirmation');

ConfirmationRef.implement({
  description: 'An actor backs up a statement (CONFIRMS), with a strength.',
  interfaces: [RelationshipRef],
  isTypeOf: (relationship) => (relationship as RelationshipRecord).type === 'CONFIRMS',
  fields: (t) => ({
    confirmer: t.field({ type: ActorRef, description: 'Who backs it up.', resolve: (confirmation) => confirmation.from as ActorRecord }),
    statement: t.field({
      type: StatementRef,
      description: 'What is backed up.',
      resolve: (confirmation) => confirmation.to as StatementRecord,
    }),
    strength: t.field({
      type: ConfirmationStrengthEnum,
      description: 'How firmly.',
      resolve: (confirmation) => confirmation.strength ?? 'MODERATE',
    }),
  }),
});
