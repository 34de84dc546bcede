import type { QuoteLocation } from '../../model/records.js';
import { builder } from '../builder.js';
import { storedKeys } from '../lib/look-ahead.js';
import { RelationshipRef } from './relationship.js';
import { SourceRef } from '../nodes/source.js';

export const QuoteLocationRef = builder.objectRef<QuoteLocation>('QuoteLocation');

QuoteLocationRef.implement({
  description: 'Where a quote stands in a source: the source and the offsets of its words, in UTF-16 code units.',
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: 'The source whose text holds the words.', resolve: (location) => location.sourceId }),
    start: t.exposeInt('start', { description: 'Offset of the first character.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last character.' }),
  }),
});

builder.interfaceField(RelationshipRef, 'quoteLocation', (t) =>
  t.field({
    type: QuoteLocationRef,
    nullable: true,
    description: 'Where the quote of a claim, confirmation or dispute stands in a source that reports the statement; null without a quote.',
    extensions: storedKeys('quoteSourceId', 'quoteStart', 'quoteEnd'),
    resolve: (relationship) => relationship.quoteLocation,
  }),
);
