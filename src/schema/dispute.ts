import { actorKinds, type ActorRecord, type RelationshipRecord, type StatementRecord } from '../data/model.js';
import { longText, nodeIdOf, partialDate, shortText } from '../import/fields.js';
import { builder } from './builder.js';
import { ActorRef } from './entity.js';
import { RelationshipRef } from './relationship.js';
import { StatementRef } from './statement.js';
import { addRelationship, type InputFieldBuilder, removeRelationshipOf } from './writing.js';

export const DisputeRef = builder.objectRef<RelationshipRecord>('Dispute');

DisputeRef.implement({
  description: 'An actor contradicts a statement (DISPUTES).',
  interfaces: [RelationshipRef],
  isTypeOf: (relationship) => (relationship as RelationshipRecord).type === 'DISPUTES',
  fields: (t) => ({
    disputer: t.field({ type: ActorRef, description: 'Who contradicts it.', resolve: (dispute) => dispute.from as ActorRecord }),
    statement: t.field({ type: StatementRef, description: 'What is contradicted.', resolve: (dispute) => dispute.to as StatementRecord }),
  }),
});

const disputeEnds = (t: InputFieldBuilder) => ({
  disputer: t.id({ required: true, description: 'The person or organisation contradicting it.', validate: nodeIdOf(actorKinds) }),
  statement: t.id({ required: true, description: 'The statement contradicted.', validate: nodeIdOf(['Statement']) }),
});

builder.relayMutationField(
  'addDispute',
  {
    description: 'Who contradicts which statement.',
    inputFields: (t) => ({
      ...disputeEnds(t),
      date: t.string({ description: 'When: "2023", "2023-05" or "2023-05-17".', validate: partialDate }),
      medium: t.string({ description: 'How it was said.', validate: shortText }),
      quote: t.string({ description: 'The words of the source that show it, verbatim.', validate: longText }),
    }),
  },
  {
    description: 'Records that an actor contradicts a statement (DISPUTES). Adding it again merges.',
    resolve: (_root, { input }, context) =>
      addRelationship(context, {
        type: 'DISPUTES',
        from: input.disputer,
        to: input.statement,
        date: input.date ?? undefined,
        medium: input.medium ?? undefined,
        quote: input.quote ?? undefined,
      }),
  },
  {
    description: 'The dispute as recorded.',
    outputFields: (t) => ({
      dispute: t.field({ type: DisputeRef, description: 'The dispute, with both ends.', resolve: ({ relationship }) => relationship }),
      created: t.exposeBoolean('created', { description: 'False when the same dispute existed and was merged.' }),
    }),
  },
);

builder.relayMutationField(
  'removeDispute',
  { description: 'Which dispute to remove.', inputFields: disputeEnds },
  {
    description: 'Removes that an actor contradicts a statement.',
    resolve: (_root, { input }, context) =>
      removeRelationshipOf(context, { type: 'DISPUTES', from: input.disputer, to: input.statement }),
  },
  {
    description: 'The dispute removed.',
    outputFields: (t) => ({ dispute: t.field({ type: DisputeRef, description: 'The dispute as it was.', resolve: (removed) => removed }) }),
  },
);
