import type { KindQuality } from '../../drafts/attribution-quality.js';
import { builder } from '../builder.js';
import { RelationshipTypeEnum } from '../relationships/relationship.js';
import { AttributionDecisionCountsRef } from './attribution-decision-counts.js';

export const AttributionKindQualityRef = builder.objectRef<KindQuality>('AttributionKindQuality').implement({
  description: 'The decisions on suggestions of one kind.',
  interfaces: [AttributionDecisionCountsRef],
  fields: (t) => ({
    kind: t.field({ type: RelationshipTypeEnum, description: 'The kind suggested (for an attribution added by hand, the kind it was added as).', resolve: (quality) => quality.kind }),
  }),
});
