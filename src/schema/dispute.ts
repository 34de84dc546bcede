import type { ActorRecord, RelationshipRecord, StatementRecord } from '../data/model.js';
import { builder } from './builder.js';
import { ActorRef } from './entity.js';
import { RelationshipRef } from './relationship.js';
import { StatementRef } from './statement.js';

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
