import type { RelationshipRecord, SourceRecord, StatementRecord } from '../data/model.js';
import { builder } from './builder.js';
import { RelationshipRef } from './relationship.js';
import { SourceRef } from './source.js';
import { StatementRef } from './statement.js';

export const SourceQuoteRef = builder.objectRef<RelationshipRecord>('SourceQuote');

SourceQuoteRef.implement({
  description:
    'Where a source reports a statement (REPORTED_IN): the exact words and their place in the source text, ' +
    'so that `source.text` sliced from `start` to `end` equals `quote`.',
  interfaces: [RelationshipRef],
  isTypeOf: (relationship) => (relationship as RelationshipRecord).type === 'REPORTED_IN',
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: 'The reporting source.', resolve: (quote) => quote.to as SourceRecord }),
    statement: t.field({ type: StatementRef, description: 'The statement reported.', resolve: (quote) => quote.from as StatementRecord }),
    start: t.int({ description: 'Offset of the first character of the quote in the source text (UTF-16 code units).', resolve: (quote) => quote.start ?? 0 }),
    end: t.int({ description: 'Offset just past the last character of the quote.', resolve: (quote) => quote.end ?? 0 }),
  }),
});
