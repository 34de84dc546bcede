import {
  actorKinds,
  type ActorRecord,
  confirmationStrengths,
  type RelationshipRecord,
  type StatementRecord,
} from '../data/model.js';
import { longText, nodeIdOf, partialDate, shortText } from '../import/fields.js';
import { builder } from './builder.js';
import { ActorRef } from './entity.js';
import { RelationshipRef } from './relationship.js';
import { StatementRef } from './statement.js';
import { addRelationship, type InputFieldBuilder, removeRelationshipOf } from './writing.js';

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

const confirmationEnds = (t: InputFieldBuilder) => ({
  confirmer: t.id({ required: true, description: 'The person or organisation backing it up.', validate: nodeIdOf(actorKinds) }),
  statement: t.id({ required: true, description: 'The statement backed up.', validate: nodeIdOf(['Statement']) }),
});

builder.relayMutationField(
  'addConfirmation',
  {
    description: 'Who backs up which statement, and how strongly.',
    inputFields: (t) => ({
      ...confirmationEnds(t),
      strength: t.field({ type: ConfirmationStrengthEnum, required: true, description: 'How firmly.' }),
      date: t.string({ description: 'When: "2023", "2023-05" or "2023-05-17".', validate: partialDate }),
      medium: t.string({ description: 'How it was said.', validate: shortText }),
      quote: t.string({ description: 'The words of the source that show it, verbatim.', validate: longText }),
    }),
  },
  {
    description: 'Records that an actor backs up a statement (CONFIRMS). Adding it again merges: the confirmation takes the properties given.',
    resolve: (_root, { input }, context) =>
      addRelationship(context, {
        type: 'CONFIRMS',
        from: input.confirmer,
        to: input.statement,
        strength: input.strength,
        date: input.date ?? undefined,
        medium: input.medium ?? undefined,
        quote: input.quote ?? undefined,
      }),
  },
  {
    description: 'The confirmation as recorded.',
    outputFields: (t) => ({
      confirmation: t.field({ type: ConfirmationRef, description: 'The confirmation, with both ends.', resolve: ({ relationship }) => relationship }),
      created: t.exposeBoolean('created', { description: 'False when the same confirmation existed and was merged.' }),
    }),
  },
);

builder.relayMutationField(
  'removeConfirmation',
  { description: 'Which confirmation to remove.', inputFields: confirmationEnds },
  {
    description: 'Removes that an actor backs up a statement.',
    resolve: (_root, { input }, context) =>
      removeRelationshipOf(context, { type: 'CONFIRMS', from: input.confirmer, to: input.statement }),
  },
  {
    description: 'The confirmation removed.',
    outputFields: (t) => ({
      confirmation: t.field({ type: ConfirmationRef, description: 'The confirmation as it was.', resolve: (removed) => removed }),
    }),
  },
);
