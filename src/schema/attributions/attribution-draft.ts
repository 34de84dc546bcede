import { type AttributionDraft, attributionDraft } from '../../drafts/attribution-draft.js';
import { articleText, confidenceThreshold, languageTag, partialDate, shortText, sourceUrl } from '../../model/fields.js';
import { confidenceDescription } from '../../suggest/confidence.js';
import { AttributionSuggestionRef } from './attribution-suggestion.js';
import { rulesVersion } from '../../suggest/version.js';
import { builder } from '../builder.js';
import { expensiveField } from '../lib/expensive-field.js';

const AttributionDraftRef = builder.objectRef<AttributionDraft>('AttributionDraft').implement({
  description: 'What an article attributes to whom, as suggestions to review, and a document to import once reviewed.',
  fields: (t) => ({
    language: t.exposeString('language', { description: 'The language of the text: as given, else detected (nl or en).' }),
    rulesVersion: t.string({
      description: 'The version of the rules that read the article: give it to attributionDocument with the decisions, which are scored per version.',
      resolve: () => rulesVersion,
    }),
    suggestions: t.field({ type: [AttributionSuggestionRef], description: 'In the order of the text.', resolve: (draft) => draft.suggestions }),
    document: t.field({
      type: 'JSON',
      description:
        'A draft in the import format (schema/document.schema.json): the article as its source, a statement per suggestion ' +
        'with its quote at its offsets, speakers and blamed parties as the entities they matched or as new ones. Review it, then importDocument.',
      resolve: (draft) => draft.document,
    }),
  }),
});

builder.queryFields((t) => ({
  suggestAttributions: t.field({
    type: AttributionDraftRef,
    description:
      'Reads an article and suggests who claims, confirms, disputes and blames what, with exact offsets, the entities ' +
      'the speakers are, and the statements already in the graph that look the same. Writes nothing.',
    // The rules read the whole text, in a thread of their own; then one read of names and one full-text read per suggestion, in two round trips.
    complexity: 2_000,
    extensions: expensiveField,
    args: {
      text: t.arg.string({ required: true, description: 'The article, as plain text.', validate: articleText }),
      language: t.arg.string({ description: 'BCP 47 tag of the text; detected (nl or en) when left out.', validate: languageTag }),
      title: t.arg.string({ description: 'The headline; the first sentence when left out.', validate: shortText }),
      published: t.arg.string({ description: 'Publication date: "2023", "2023-05" or "2023-05-17".', validate: partialDate }),
      url: t.arg.string({ description: 'Where it can be read.', validate: sourceUrl }),
      minConfidence: t.arg.float({
        description: `Only suggestions at least this confident (0 to 1; all when left out), in the suggestions and in the document. ${confidenceDescription}`,
        validate: confidenceThreshold,
      }),
    },
    resolve: (_root, args, context) => attributionDraft(context.runner, context.suggestions, args, context.signal),
  }),
}));
