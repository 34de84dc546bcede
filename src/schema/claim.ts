import { actorKinds, type ActorRecord, type RelationshipRecord, type StatementRecord } from '../data/model.js';
import { longText, nodeIdOf, partialDate, shortText } from '../import/fields.js';
import { builder } from './builder.js';
import { ActorRef } from './entity.js';
import { RelationshipRef } from './relationship.js';
import { StatementRef } from './statement.js';
import { addRelationship, type InputFieldBuilder, removeRelationshipOf } from './writing.js';

export const ClaimRef = builder.objectRef<RelationshipRecord>('Claim');

ClaimRef.implement({
  description: 'An actor asserts a statement (CLAIMS).',
  interfaces: [RelationshipRef],
  isTypeOf: (relationship) => (relationship as RelationshipRecord).type === 'CLAIMS',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'Who asserts it.', resolve: (claim) => claim.from as ActorRecord }),
    statement: t.field({ type: StatementRef, description: 'What is asserted.', resolve: (claim) => claim.to as StatementRecord }),
  }),
});

const claimEnds = (t: InputFieldBuilder) => ({
  actor: t.id({ required: true, description: 'The person or organisation that asserts it.', validate: nodeIdOf(actorKinds) }),
  statement: t.id({ required: true, description: 'The statement asserted.', validate: nodeIdOf(['Statement']) }),
});

builder.relayMutationField(
  'addClaim',
  {
    description: 'Who asserts which statement, and how.',
    inputFields: (t) => ({
      ...claimEnds(t),
      date: t.string({ description: 'When it was asserted: "2023", "2023-05" or "2023-05-17".', validate: partialDate }),
      medium: t.string({ description: 'How it was said, e.g. "Telegram".', validate: shortText }),
      quote: t.string({ description: 'The words of the source that show it, verbatim.', validate: longText }),
    }),
  },
  {
    description: 'Records that an actor asserts a statement (CLAIMS). Adding it again merges: the claim takes the properties given.',
    resolve: (_root, { input }, context) =>
      addRelationship(context, {
        type: 'CLAIMS',
        from: input.actor,
        to: input.statement,
        date: input.date ?? undefined,
        medium: input.medium ?? undefined,
        quote: input.quote ?? undefined,
      }),
  },
  {
    description: 'The claim as recorded.',
    outputFields: (t) => ({
      claim: t.field({ type: ClaimRef, description: 'The claim, with both ends.', resolve: ({ relationship }) => relationship }),
      created: t.exposeBoolean('created', { description: 'False when the same claim existed and was merged.' }),
    }),
  },
);

builder.relayMutationField(
  'removeClaim',
  { description: 'Which claim to remove.', inputFields: claimEnds },
  {
    description: 'Removes that an actor asserts a statement.',
    resolve: (_root, { input }, context) => removeRelationshipOf(context, { type: 'CLAIMS', from: input.actor, to: input.statement }),
  },
  {
    description: 'The claim removed.',
    outputFields: (t) => ({
      claim: t.field({ type: ClaimRef, description: 'The claim as it was, with both ends.', resolve: (removed) => removed }),
    }),
  },
);
