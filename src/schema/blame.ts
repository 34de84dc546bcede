import { actorKinds, type ActorRecord, type RelationshipRecord } from '../data/model.js';
import { longText, nodeIdOf, partialDate, shortText } from '../import/fields.js';
import { builder } from './builder.js';
import { ActorRef } from './entity.js';
import { RelationshipRef } from './relationship.js';
import { StatementRef } from './statement.js';
import { addRelationship, type InputFieldBuilder, removeRelationshipOf } from './writing.js';

export const BlameRef = builder.objectRef<RelationshipRecord>('Blame');

BlameRef.implement({
  description: 'An actor holds another responsible for something (BLAMES), in a statement.',
  interfaces: [RelationshipRef],
  isTypeOf: (relationship) => (relationship as RelationshipRecord).type === 'BLAMES',
  fields: (t) => ({
    blamer: t.field({ type: ActorRef, description: 'Who lays the blame.', resolve: (blame) => blame.from as ActorRecord }),
    blamed: t.field({ type: ActorRef, description: 'Who is blamed.', resolve: (blame) => blame.to as ActorRecord }),
    reason: t.string({ description: 'What they are blamed for, in English.', resolve: (blame) => blame.reason ?? '' }),
    statement: t.field({
      type: StatementRef,
      nullable: true,
      description: 'The statement in which the blame was made.',
      resolve: (blame) => blame.statementId,
    }),
  }),
});

const blameEnds = (t: InputFieldBuilder) => ({
  blamer: t.id({ required: true, description: 'Who lays the blame: a person or organisation.', validate: nodeIdOf(actorKinds) }),
  blamed: t.id({ required: true, description: 'Who is blamed: a person or organisation.', validate: nodeIdOf(actorKinds) }),
  statement: t.id({ required: true, description: 'The statement in which the blame is laid.', validate: nodeIdOf(['Statement']) }),
});

builder.relayMutationField(
  'addBlame',
  {
    description: 'Who blames whom, for what, in which statement.',
    inputFields: (t) => ({
      ...blameEnds(t),
      reason: t.string({ required: true, description: 'What they are blamed for, in English.', validate: shortText }),
      date: t.string({ description: 'When: "2023", "2023-05" or "2023-05-17".', validate: partialDate }),
      quote: t.string({ description: 'The words of the source that show it, verbatim.', validate: longText }),
    }),
  },
  {
    description: 'Records that an actor blames another in a statement (BLAMES). Adding it again for the same statement merges.',
    resolve: (_root, { input }, context) =>
      addRelationship(context, {
        type: 'BLAMES',
        from: input.blamer,
        to: input.blamed,
        statement: input.statement,
        reason: input.reason,
        date: input.date ?? undefined,
        quote: input.quote ?? undefined,
      }),
  },
  {
    description: 'The blame as recorded.',
    outputFields: (t) => ({
      blame: t.field({ type: BlameRef, description: 'The blame, with both ends and its statement.', resolve: ({ relationship }) => relationship }),
      created: t.exposeBoolean('created', { description: 'False when the same blame existed and was merged.' }),
    }),
  },
);

builder.relayMutationField(
  'removeBlame',
  { description: 'Which blame to remove.', inputFields: blameEnds },
  {
    description: 'Removes a blame laid in a statement.',
    resolve: (_root, { input }, context) =>
      removeRelationshipOf(context, { type: 'BLAMES', from: input.blamer, to: input.blamed, statement: input.statement }),
  },
  {
    description: 'The blame removed.',
    outputFields: (t) => ({ blame: t.field({ type: BlameRef, description: 'The blame as it was.', resolve: (removed) => removed }) }),
  },
);
