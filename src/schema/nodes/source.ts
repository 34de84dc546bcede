import { type SourceRecord } from '../../model/records.js';
import { sourceSelection } from '../../data/sources.js';
import { dateRangeInOrder, languageTag, nodeIdOf, partialDate, shortText, sourceText, sourceUrl } from '../../model/fields.js';
import { z } from 'zod';
import { withoutNulls } from '../../model/without-nulls.js';
import { builder } from '../builder.js';
import type { InputFieldBuilder } from '../lib/write-as.js';
import { ReliabilityEnum } from './reliability.js';
import { DatePrecisionEnum } from './date.js';
import { defineDeleteMutation } from '../lib/delete-mutation.js';
import { loadNodesOfKind, nodeOfKindById, pagedRelationshipsOf } from '../lib/loading.js';
import { storedKeys } from '../lib/look-ahead.js';
import { pageArguments, resolveSelectionPage } from '../lib/pagination.js';
import { SourceQuoteConnectionRef } from '../relationships/source-quote.js';
import { writeAs } from '../lib/write-as.js';
import { createSource, updateSource } from '../../writes/sources.js';

export const SourceRef = builder.loadableNodeRef<SourceRecord>('Source', {
  id: { resolve: (source) => source.id },
  load: loadNodesOfKind('Source'),
});

SourceRef.implement({
  description: 'An article or post that reports statements. Its full text is kept so that every quote can be checked.',
  isTypeOf: (node) => (node as SourceRecord).kind === 'Source',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Headline, or a descriptive title where the source has none.', extensions: storedKeys('title') }),
    publisher: t.exposeString('publisher', { nullable: true, description: 'Who published it, where known.', extensions: storedKeys('publisher') }),
    url: t.exposeString('url', { nullable: true, description: 'Where it can be read, where known.', extensions: storedKeys('url') }),
    published: t.field({
      type: 'PartialDate',
      nullable: true,
      description: 'Publication date, only as precisely as known.',
      extensions: storedKeys('published'),
      resolve: (source) => source.published?.value ?? null,
    }),
    publishedPrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'Whether `published` is known to the year, month or day.',
      extensions: storedKeys('published'),
      resolve: (source) => source.published?.precision ?? null,
    }),
    language: t.exposeString('language', { description: 'BCP 47 tag of the text, e.g. "nl".', extensions: storedKeys('language') }),
    text: t.exposeString('text', { description: 'The full text; quotes\' offsets point into it.', extensions: storedKeys('text') }),
    description: t.exposeString('description', { nullable: true, description: 'A note on the source.', extensions: storedKeys('description') }),
    authors: t.exposeStringList('authors', { description: 'The bylines, as printed; empty when it has none.', extensions: storedKeys('authors') }),
    accessed: t.field({
      type: 'PartialDate',
      nullable: true,
      description: 'When it was read at its URL.',
      extensions: storedKeys('accessed'),
      resolve: (source) => source.accessed?.value ?? null,
    }),
    archiveUrl: t.exposeString('archiveUrl', { nullable: true, description: 'Where an archived copy can be read.', extensions: storedKeys('archiveUrl') }),
    reliability: t.field({
      type: ReliabilityEnum,
      nullable: true,
      description: 'Its Admiralty reliability grade, A (completely reliable) to F (cannot be judged); null when nobody graded it.',
      extensions: storedKeys('reliability'),
      resolve: (source) => source.reliability,
    }),
    statements: t.loadable({
      type: SourceQuoteConnectionRef,
      args: pageArguments(t.arg),
      description: 'The statements it reports, each with its quote and offsets, a page at a time.',
      ...pagedRelationshipsOf(['REPORTED_IN'], 'INCOMING'),
    }),
  }),
});

const SourceFilterInput = builder.inputType('SourceFilter', {
  description: 'Narrows a list of sources.',
  validate: dateRangeInOrder,
  fields: (t) => ({
    language: t.string({ description: 'Only sources in this language.', validate: languageTag }),
    from: t.field({ type: 'PartialDate', description: 'Only sources published in a period overlapping one that starts here.' }),
    to: t.field({ type: 'PartialDate', description: 'Only sources published in a period overlapping one that ends here.' }),
  }),
});

builder.queryFields((t) => ({
  source: t.field({
    type: SourceRef,
    nullable: true,
    description: 'The source with this id; null, with a NOT_FOUND error, when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Its id.' }) },
    resolve: nodeOfKindById('Source'),
  }),
  sources: t.connection({
    type: SourceRef,
    description: 'Sources, ordered by id.',
    args: { filter: t.arg({ type: SourceFilterInput, description: 'Only sources matching all of this.' }) },
    resolve: (_root, { filter, ...args }, context, info) =>
      resolveSelectionPage<SourceRecord>(args, context, sourceSelection(filter ?? {}), info),
  }),
}));

const sourceIdInput = nodeIdOf(['Source']);

/** What a source needs to be cited by, beyond its title, date, publisher's name and URL. */
function sourceCitationInputFields(t: InputFieldBuilder) {
  return {
    authors: t.stringList({ description: 'The bylines, as printed.', validate: z.array(shortText).max(50, 'must hold at most 50 authors') }),
    publishedBy: t.id({ description: 'The news outlet that published it: an organisation of the graph.', validate: nodeIdOf(['Organisation']) }),
    accessed: t.string({ description: 'When it was read at its URL: "2023", "2023-05" or "2023-05-17".', validate: partialDate }),
    archiveUrl: t.string({ description: 'Where an archived copy can be read.', validate: sourceUrl }),
  };
}

builder.relayMutationField(
  'createSource',
  {
    description: 'A new source, with its full text.',
    inputFields: (t) => ({
      id: t.id({ description: 'Its id, "source:<slug>"; made from the title when left out.', validate: sourceIdInput }),
      title: t.string({ required: true, description: 'Headline, or a descriptive title.', validate: shortText }),
      publisher: t.string({ description: 'Who published it.', validate: shortText }),
      url: t.string({ description: 'Where it can be read.', validate: sourceUrl }),
      published: t.string({ description: 'Publication date: "2023", "2023-05" or "2023-05-17".', validate: partialDate }),
      language: t.string({ required: true, description: 'BCP 47 tag of the text, e.g. "nl".', validate: languageTag }),
      text: t.string({ required: true, description: "The full text; quotes' offsets point into it.", validate: sourceText }),
      description: t.string({ description: 'A note on the source.', validate: shortText }),
      reliability: t.field({ type: ReliabilityEnum, description: 'Its Admiralty reliability grade, A to F.' }),
      ...sourceCitationInputFields(t),
    }),
  },
  {
    description: 'Adds a source. Quote its statements with addSourceQuote.',
    resolve: (_root, { input }, context) =>
      writeAs(context, async (transaction, stamp) => ({
        source: await createSource(transaction, stamp, withoutNulls(input)),
      })),
  },
  {
    description: 'The source created.',
    outputFields: (t) => ({ source: t.field({ type: SourceRef, description: 'The new source.', resolve: ({ source }) => source }) }),
  },
);

builder.relayMutationField(
  'updateSource',
  {
    description: 'Changes to a source: a field left out stays as it is, null removes an optional one.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: "The source's id.", validate: sourceIdInput }),
      title: t.string({ description: 'Headline, or a descriptive title.', validate: shortText }),
      publisher: t.string({ description: 'Who published it.', validate: shortText }),
      url: t.string({ description: 'Where it can be read.', validate: sourceUrl }),
      published: t.string({ description: 'Publication date: "2023", "2023-05" or "2023-05-17".', validate: partialDate }),
      language: t.string({ description: 'BCP 47 tag of the text.', validate: languageTag }),
      text: t.string({
        description: 'The full text. Refused when a quote of this source would no longer equal the text between its offsets.',
        validate: sourceText,
      }),
      description: t.string({ description: 'A note on the source.', validate: shortText }),
      reliability: t.field({ type: ReliabilityEnum, description: 'Its Admiralty reliability grade, A to F; null removes it.' }),
      ...sourceCitationInputFields(t),
    }),
  },
  {
    description: 'Changes a source.',
    resolve: (_root, { input }, context) =>
      writeAs(context, async (transaction, stamp) => ({ source: await updateSource(transaction, stamp, input) })),
  },
  {
    description: 'The source as changed.',
    outputFields: (t) => ({ source: t.field({ type: SourceRef, description: 'The source.', resolve: ({ source }) => source }) }),
  },
);

defineDeleteMutation('deleteSource', 'Source');
