import { z } from 'zod';
import { badInput } from '../../errors.js';
import { reviewedDocument } from '../../drafts/reviewed-document.js';
import { languageTag, nodeIdOf, offset, partialDate, shortText, sourceText, sourceUrl } from '../../model/fields.js';
import { actorKinds, attributionKinds } from '../../model/kinds.js';
import { rulesVersion } from '../../suggest/version.js';
import { builder } from '../builder.js';
import { ConfirmationStrengthEnum } from '../relationships/confirmation.js';
import { RelationshipTypeEnum } from '../relationships/relationship.js';
import { NodeKindEnum } from '../views/search.js';
import { SuggestedAttributionInput, suggestionFacts } from './suggested-attribution-input.js';

const ArticleInput = builder.inputType('ArticleInput', {
  description: 'An article to draft a document of.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article, as plain text; offsets point into it.', validate: sourceText }),
    language: t.string({ required: true, description: 'BCP 47 tag of the text, e.g. "nl".', validate: languageTag }),
    title: t.string({ description: 'The headline; the first sentence when left out.', validate: shortText }),
    published: t.string({ description: 'Publication date: "2023", "2023-05" or "2023-05-17".', validate: partialDate }),
    url: t.string({ description: 'Where it can be read.', validate: sourceUrl }),
  }),
});

const EntityChoiceInput = builder.inputType('EntityChoiceInput', {
  description: 'Who: an entity of the graph by its id, or a new one by its name and kind.',
  fields: (t) => ({
    id: t.id({ description: 'A person or organisation of the graph.', validate: nodeIdOf(actorKinds) }),
    name: t.string({ description: 'The name of a new entity, when no id is given.', validate: shortText }),
    kind: t.field({ type: NodeKindEnum, description: 'Person (the default) or Organisation, for a new entity.' }),
  }),
});

const AttributionInput = builder.inputType('AttributionInput', {
  description: 'One attribution as the reviewer settled it.',
  fields: (t) => ({
    kind: t.field({
      type: RelationshipTypeEnum,
      required: true,
      description: 'CLAIMS, CONFIRMS, DISPUTES or BLAMES.',
      validate: z.enum(attributionKinds, 'an attribution is CLAIMS, CONFIRMS, DISPUTES or BLAMES'),
    }),
    speaker: t.field({ type: EntityChoiceInput, required: true, description: 'Who said it.' }),
    start: t.int({ required: true, description: 'Offset of what is asserted in the text.', validate: offset }),
    end: t.int({ required: true, description: 'Offset just past it.', validate: offset }),
    target: t.field({ type: EntityChoiceInput, description: 'For BLAMES: who is blamed.' }),
    hedged: t.boolean({ description: 'Said conditionally or at second hand: noted on the statement.' }),
    strength: t.field({ type: ConfirmationStrengthEnum, description: 'For CONFIRMS; MODERATE when left out.' }),
    sameAs: t.id({ description: 'An existing statement this is another report of: the article becomes one more source of it.', validate: nodeIdOf(['Statement']) }),
    suggested: t.field({
      type: SuggestedAttributionInput,
      description: 'The suggestion this was kept from, as suggested; left out for an attribution added by hand. Needs rulesVersion.',
    }),
  }),
});

builder.queryFields((t) => ({
  attributionDocument: t.field({
    type: 'JSON',
    description:
      'The import document of an article with the attributions a reviewer kept, edited or added (see suggestAttributions): ' +
      'pass it to importDocument, first with dryRun. Writes nothing. With rulesVersion, the document\'s `review` holds a decision per ' +
      'suggestion: accepted as it was, edited (and how), rejected, or an attribution added by hand; importDocument stores them.',
    complexity: 500,
    args: {
      article: t.arg({ type: ArticleInput, required: true, description: 'The article.' }),
      attributions: t.arg({ type: [AttributionInput], required: true, description: 'The attributions kept, in any order.' }),
      rejected: t.arg({ type: [SuggestedAttributionInput], description: 'The suggestions the reviewer rejected, as suggested. Needs rulesVersion.' }),
      rulesVersion: t.arg.string({
        description: `The rulesVersion of the suggestAttributions answer reviewed (now "${rulesVersion}"): the document then holds the review's decisions.`,
        validate: shortText.nullish(),
      }),
    },
    resolve: (_root, { article, attributions, rejected, rulesVersion: reviewedVersion }, context) => {
      const suggestedWithoutVersion = attributions.findIndex((attribution) => attribution.suggested);
      if (!reviewedVersion && (suggestedWithoutVersion >= 0 || (rejected?.length ?? 0) > 0)) {
        throw badInput('rulesVersion', 'decisions on suggestions need the version of the rules that made them');
      }
      return reviewedDocument(
        context.runner,
        article,
        attributions.map((attribution) => ({
          ...attribution,
          kind: attribution.kind as (typeof attributionKinds)[number],
          suggested: attribution.suggested ? suggestionFacts(attribution.suggested) : null,
        })),
        reviewedVersion ? { rulesVersion: reviewedVersion, rejected: (rejected ?? []).map(suggestionFacts) } : null,
      );
    },
  }),
}));
