import { attributionDecisionTallies } from '../../data/attribution-decisions.js';
import { type AttributionQuality, attributionQuality } from '../../drafts/attribution-quality.js';
import { languageTag, shortText } from '../../model/fields.js';
import { builder } from '../builder.js';
import { AttributionDecisionCountsRef } from './attribution-decision-counts.js';
import { AttributionEditCountRef } from './attribution-edit-count.js';
import { AttributionKindQualityRef } from './attribution-kind-quality.js';

const AttributionQualityRef = builder.objectRef<AttributionQuality>('AttributionQuality').implement({
  description: 'How the attribution rules fared with reviewers, in one language: the decisions stored with each imported review.',
  interfaces: [AttributionDecisionCountsRef],
  fields: (t) => ({
    language: t.exposeString('language', { description: 'The language of the articles reviewed, as their sources give it.' }),
    rulesVersions: t.exposeStringList('rulesVersions', { description: 'The versions of the rules whose suggestions were decided on.' }),
    kinds: t.field({ type: [AttributionKindQualityRef], description: 'Per kind suggested.', resolve: (quality) => quality.kinds }),
    edits: t.field({ type: [AttributionEditCountRef], description: 'The edits made to suggestions kept, most common first.', resolve: (quality) => [...quality.edits].sort((left, right) => right.count - left.count) }),
  }),
});

builder.queryFields((t) => ({
  attributionQuality: t.field({
    type: [AttributionQualityRef],
    description:
      'How often reviewers accepted the suggested attributions as they were, edited (and how) or rejected them, and what they had to ' +
      'add by hand, per language: the rules measured on real work. Every importDocument of a reviewed article stores its decisions.',
    args: {
      language: t.arg.string({ description: 'Only this language, e.g. "nl".', validate: languageTag.nullish() }),
      since: t.arg({ type: 'PartialDate', description: 'Only decisions made from this day (or month, or year) on.' }),
      rulesVersion: t.arg.string({ description: 'Only the suggestions of this version of the rules.', validate: shortText.nullish() }),
    },
    resolve: async (_root, { language, since, rulesVersion }, context) =>
      attributionQuality(
        await attributionDecisionTallies(context.runner, { language: language?.toLowerCase() ?? null, since: since ?? null, rulesVersion: rulesVersion ?? null }),
      ),
  }),
}));
