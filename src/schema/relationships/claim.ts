import { actorKinds } from '../../model/kinds.js';
import { type ActorRecord, type RelationshipRecord, type StatementRecord } from '../../model/records.js';
import { nodeIdOf } from '../../model/fields.js';
import { builder } from '../builder.js';
import { nestedConnection } from '../lib/pagination.js';
import { ActorRef } from '../nodes/entity.js';
import { endField, storedKeys } from '../lib/look-ahead.js';
import { RelationshipRef } from './relationship.js';
import { StatementRef } from '../nodes/statement.js';
import { defineRelationshipMutations, statementRelationship, statementRelationshipFields } from '../lib/relationship-mutations.js';

export const ClaimRef = builder.objectRef<RelationshipRecord>('Claim');

/** A page of Claims, for the lists of a node that can grow without bound. */
export const ClaimConnectionRef = nestedConnection(ClaimRef, 'ClaimConnection');

ClaimRef.implement({
  description: 'An actor asserts a statement (CLAIMS).',
  interfaces: [RelationshipRef],
  isTypeOf: (relationship) => (relationship as RelationshipRecord).type === 'CLAIMS',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'Who asserts it.', ...endField<ActorRecord>('from') }),
    statement: t.field({ type: StatementRef, description: 'What is asserted.', ...endField<StatementRecord>('to') }),
    hedged: t.boolean({
      description: 'Reported as conditional or second-hand ("zouden", "reportedly"): the source does not vouch for it being said so.',
      extensions: storedKeys('hedged'),
      resolve: (claim) => claim.hedged ?? false,
    }),
  }),
});

defineRelationshipMutations({
  ends: (t) => ({
    actor: t.id({ required: true, description: 'The person or organisation that asserts it.', validate: nodeIdOf(actorKinds) }),
    statement: t.id({ required: true, description: 'The statement asserted.', validate: nodeIdOf(['Statement']) }),
  }),
  properties: (t) => ({
    ...statementRelationshipFields(t, { date: 'When it was asserted: "2023", "2023-05" or "2023-05-17".', medium: 'How it was said, e.g. "Telegram".' }),
    hedged: t.boolean({ description: 'Reported as conditional or second-hand ("zouden", "reportedly").' }),
  }),
  from: 'actor',
  to: 'statement',
  relationship: (input) => ({ type: 'CLAIMS', from: input.actor, to: input.statement, hedged: input.hedged, ...statementRelationship(input) }),
  payload: () => ({
    claim: { type: ClaimRef, of: 'relationship', added: 'The claim, with both ends.', removed: 'The claim as it was, with both ends.' },
  }),
  add: {
    name: 'addClaim',
    input: 'Who asserts which statement, and how.',
    description: 'Records that an actor asserts a statement (CLAIMS). Adding it again updates only the properties given (null clears one) and keeps the others.',
    payload: 'The claim as recorded.',
    created: 'False when the same claim existed and was merged.',
  },
  remove: { name: 'removeClaim', input: 'Which claim to remove.', description: 'Removes that an actor asserts a statement.', payload: 'The claim removed.' },
});
