import type { RelationshipRecord, SourceRecord, StatementRecord } from '../../model/records.js';
import { credibility, longText, nodeIdOf, offset } from '../../model/fields.js';
import { builder } from '../builder.js';
import { nestedConnection } from '../lib/pagination.js';
import { credibilityScale } from '../nodes/reliability.js';
import { endField, storedKeys } from '../lib/look-ahead.js';
import { RelationshipRef } from './relationship.js';
import { SourceRef } from '../nodes/source.js';
import { StatementRef } from '../nodes/statement.js';
import { defineRelationshipMutations } from '../lib/relationship-mutations.js';

export const SourceQuoteRef = builder.objectRef<RelationshipRecord>('SourceQuote');

/** A page of SourceQuotes, for the lists of a node that can grow without bound. */
export const SourceQuoteConnectionRef = nestedConnection(SourceQuoteRef, 'SourceQuoteConnection');

SourceQuoteRef.implement({
  description:
    'Where a source reports a statement (REPORTED_IN): the exact words and their place in the source text, ' +
    'so that `source.text` sliced from `start` to `end` equals `quote`.',
  interfaces: [RelationshipRef],
  isTypeOf: (relationship) => (relationship as RelationshipRecord).type === 'REPORTED_IN',
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: 'The reporting source.', ...endField<SourceRecord>('to') }),
    statement: t.field({ type: StatementRef, description: 'The statement reported.', ...endField<StatementRecord>('from') }),
    start: t.int({
      description: 'Offset of the first character of the quote in the source text (UTF-16 code units).',
      extensions: storedKeys('start'),
      resolve: (quote) => quote.start ?? 0,
    }),
    end: t.int({ description: 'Offset just past the last character of the quote.', extensions: storedKeys('end'), resolve: (quote) => quote.end ?? 0 }),
    credibility: t.exposeInt('credibility', {
      nullable: true,
      description: `The Admiralty credibility of what the source says here: ${credibilityScale}; null when nobody graded it.`,
      extensions: storedKeys('credibility'),
    }),
  }),
});

defineRelationshipMutations({
  ends: (t) => ({
    statement: t.id({ required: true, description: 'The statement reported.', validate: nodeIdOf(['Statement']) }),
    source: t.id({ required: true, description: 'The source that reports it.', validate: nodeIdOf(['Source']) }),
    start: t.int({ required: true, description: 'Offset of the first character of the quote in the source text (UTF-16 code units).', validate: offset }),
  }),
  properties: (t) => ({
    end: t.int({ required: true, description: 'Offset just past the last character of the quote.', validate: offset }),
    quote: t.string({ required: true, description: 'The source text between start and end, exactly.', validate: longText }),
    credibility: t.int({ description: `Its Admiralty credibility: ${credibilityScale}.`, validate: credibility }),
  }),
  from: 'statement',
  to: 'source',
  relationship: (input) => ({ type: 'REPORTED_IN', from: input.statement, to: input.source, start: input.start, end: input.end, quote: input.quote, credibility: input.credibility }),
  payload: () => ({
    sourceQuote: {
      type: SourceQuoteRef,
      of: 'relationship',
      added: 'The quote, with its source and statement.',
      removed: 'The quote as it was.',
    },
  }),
  add: {
    name: 'addSourceQuote',
    input: 'Where a source reports a statement: the exact words and their offsets.',
    description:
      'Records that a source reports a statement (REPORTED_IN). Refused unless the source text between start and end equals the quote. ' +
      'Adding it again at the same start updates its end and quote.',
    payload: 'The quote as recorded.',
    created: 'False when the same quote existed and was merged.',
  },
  remove: { name: 'removeSourceQuote', input: 'Which quote to remove.', description: 'Removes where a source reports a statement.', payload: 'The quote removed.' },
});
