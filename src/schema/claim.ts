import type { ActorRecord, RelationshipRecord, StatementRecord } from '../data/model.js';
import { builder } from './builder.js';
import { ActorRef } from './entity.js';
import { RelationshipRef } from './relationship.js';
import { StatementRef } from './statement.js';

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
