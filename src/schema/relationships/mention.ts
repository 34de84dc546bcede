import type { EntityRecord, RelationshipRecord, StatementRecord } from '../../model/records.js';
import { builder } from '../builder.js';
import { EntityRef } from '../nodes/entity.js';
import { endField } from '../lib/look-ahead.js';
import { RelationshipRef } from './relationship.js';
import { StatementRef } from '../nodes/statement.js';

export const MentionRef = builder.objectRef<RelationshipRecord>('Mention');

MentionRef.implement({
  description: 'A statement mentions a person, organisation or place (MENTIONS).',
  interfaces: [RelationshipRef],
  isTypeOf: (relationship) => (relationship as RelationshipRecord).type === 'MENTIONS',
  fields: (t) => ({
    statement: t.field({ type: StatementRef, description: 'The statement.', ...endField<StatementRecord>('from') }),
    entity: t.field({ type: EntityRef, description: 'The person, organisation or place it mentions.', ...endField<EntityRecord>('to') }),
  }),
});
