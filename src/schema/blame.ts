import type { ActorRecord, RelationshipRecord } from '../data/model.js';
import { builder } from './builder.js';
import { ActorRef } from './entity.js';
import { RelationshipRef } from './relationship.js';
import { StatementRef } from './statement.js';

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
