import type { RelationshipType } from '../../model/kinds.js';
import { nodeIdOf, longText } from '../../model/fields.js';
import type { RelationshipRecord, StatementRecord } from '../../model/records.js';
import { builder } from '../builder.js';
import { RelationshipRef } from './relationship.js';
import { StatementRef } from '../nodes/statement.js';
import { endField } from '../lib/look-ahead.js';
import { defineRelationshipMutations } from '../lib/relationship-mutations.js';

type StatementRelationOptions = Readonly<{
  /** The GraphQL type, e.g. "Contradiction", and the relationship type it stands for. */
  name: string;
  type: RelationshipType;
  description: string;
  /** The field names and descriptions of its two statements: the one it starts at, and the one it points to. */
  from: Readonly<{ field: string; description: string }>;
  to: Readonly<{ field: string; description: string }>;
  add: Readonly<{ name: `add${string}`; description: string }>;
  remove: Readonly<{ name: `remove${string}`; description: string }>;
}>;

/**
 * A relationship between two statements (one contradicts, supports or answers the other), with the source's words
 * that show it: its type, and the mutations that add and remove it. A statement never relates to itself.
 */
export function defineStatementRelation(options: StatementRelationOptions) {
  const ref = builder.objectRef<RelationshipRecord>(options.name);
  ref.implement({
    description: options.description,
    interfaces: [RelationshipRef],
    isTypeOf: (relationship) => (relationship as RelationshipRecord).type === options.type,
    fields: (t) => ({
      [options.from.field]: t.field({ type: StatementRef, description: options.from.description, ...endField<StatementRecord>('from') }),
      [options.to.field]: t.field({ type: StatementRef, description: options.to.description, ...endField<StatementRecord>('to') }),
    }),
  });
  const statementId = nodeIdOf(['Statement']);
  defineRelationshipMutations({
    ends: (t) => ({
      statement: t.id({ required: true, description: options.from.description, validate: statementId }),
      other: t.id({ required: true, description: options.to.description, validate: statementId }),
    }),
    properties: (t) => ({
      quote: t.string({ description: 'The words of the source that show it, verbatim.', validate: longText }),
    }),
    from: 'statement',
    to: 'other',
    relationship: (input) => ({ type: options.type, from: input.statement, to: input.other, quote: input.quote }),
    payload: () => ({
      statement: { type: StatementRef, of: 'from', added: options.from.description, removed: options.from.description },
      other: { type: StatementRef, of: 'to', added: options.to.description, removed: options.to.description },
      relationship: { type: ref, of: 'relationship', added: `The ${options.type} relationship itself.`, removed: `The ${options.type} relationship as it was.` },
    }),
    add: {
      name: options.add.name,
      input: 'Two statements, and the words that show how they relate.',
      description: options.add.description,
      payload: 'Both statements and the relationship.',
      created: 'False when it was already recorded; then only the quote given changed.',
    },
    remove: {
      name: options.remove.name,
      input: 'The two statements.',
      description: options.remove.description,
      payload: 'Both statements and the relationship as it was.',
    },
  });
  return ref;
}
