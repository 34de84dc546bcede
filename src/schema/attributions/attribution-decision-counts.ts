import { type DecisionCounts, decidedOf, keptShareOf, precisionOf, recallProxyOf } from '../../drafts/attribution-quality.js';
import { builder } from '../builder.js';

export const AttributionDecisionCountsRef = builder.interfaceRef<DecisionCounts>('AttributionDecisionCounts').implement({
  description: 'What reviewers made of suggested attributions, and the figures that follow.',
  fields: (t) => ({
    decided: t.int({ description: 'Suggestions accepted, edited or rejected.', resolve: decidedOf }),
    accepted: t.exposeInt('accepted', { description: 'Suggestions kept as they were.' }),
    edited: t.exposeInt('edited', { description: 'Suggestions kept after an edit.' }),
    rejected: t.exposeInt('rejected', { description: 'Suggestions rejected.' }),
    added: t.exposeInt('added', { description: 'Attributions the rules missed, added by hand.' }),
    precision: t.float({ nullable: true, description: 'accepted / decided: the share of suggestions right as they were; null before any decision.', resolve: precisionOf }),
    keptShare: t.float({ nullable: true, description: '(accepted + edited) / decided: the share worth keeping, if only after an edit.', resolve: keptShareOf }),
    recallProxy: t.float({
      nullable: true,
      description: '(accepted + edited) / (accepted + edited + added): of the attributions kept, the share the rules had found. Misses no reviewer added do not count, so the true recall is at most this.',
      resolve: recallProxyOf,
    }),
  }),
});
