import { z } from 'zod';
import type { SourceRecord } from '../data/model.js';
import { sourceSelection } from '../data/sources.js';
import { builder } from './builder.js';
import { DatePrecisionEnum } from './date.js';
import { loadNodesOfKind, relationshipsOf } from './loading.js';
import { resolveSelectionPage } from './pagination.js';
import { SourceQuoteRef } from './source-quote.js';

export const SourceRef = builder.loadableNodeRef<SourceRecord>('Source', {
  id: { resolve: (source) => source.id },
  load: loadNodesOfKind('Source'),
  sort: (source) => source.id,
});

SourceRef.implement({
  description: 'An article or post that reports statements. Its full text is kept so that every quote can be checked.',
  isTypeOf: (node) => (node as SourceRecord).kind === 'Source',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Headline, or a descriptive title where the source has none.' }),
    publisher: t.exposeString('publisher', { nullable: true, description: 'Who published it, where known.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where it can be read, where known.' }),
    published: t.field({
      type: 'PartialDate',
      nullable: true,
      description: 'Publication date, only as precisely as known.',
      resolve: (source) => source.published?.value ?? null,
    }),
    publishedPrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'Whether `published` is known to the year, month or day.',
      resolve: (source) => source.published?.precision ?? null,
    }),
    language: t.exposeString('language', { description: 'BCP 47 tag of the text, e.g. "nl".' }),
    text: t.exposeString('text', { description: 'The full text; quotes\' offsets point into it.' }),
    description: t.exposeString('description', { nullable: true, description: 'A note on the source.' }),
    statements: t.loadableList({
      type: SourceQuoteRef,
      description: 'The statements it reports, each with its quote and offsets.',
      ...relationshipsOf(['REPORTED_IN'], 'INCOMING'),
    }),
  }),
});

const SourceFilterInput = builder.inputType('SourceFilter', {
  description: 'Narrows a list of sources.',
  fields: (t) => ({
    language: t.string({ description: 'Only sources in this language.', validate: z.string().min(2).max(35) }),
    from: t.field({ type: 'PartialDate', description: 'Only sources published in a period overlapping one that starts here.' }),
    to: t.field({ type: 'PartialDate', description: 'Only sources published in a period overlapping one that ends here.' }),
  }),
});

builder.queryFields((t) => ({
  source: t.field({
    type: SourceRef,
    description: 'The source with this id.',
    args: { id: t.arg.id({ required: true, description: 'Its id.' }) },
    resolve: (_root, { id }) => id,
  }),
  sources: t.connection({
    type: SourceRef,
    description: 'Sources, ordered by id.',
    args: { filter: t.arg({ type: SourceFilterInput, description: 'Only sources matching all of this.' }) },
    resolve: (_root, { filter, ...args }, context) =>
      resolveSelectionPage<SourceRecord>(args, context, sourceSelection(filter ?? {})),
  }),
}));
