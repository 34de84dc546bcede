import { z } from 'zod';
import { nodeIdOf, offset, shortText } from '../../model/fields.js';
import { actorKinds, attributionKinds } from '../../model/kinds.js';
import { builder } from '../builder.js';
import { RelationshipTypeEnum } from '../relationships/relationship.js';
import { NodeKindEnum } from '../views/search.js';

/** Entities a suggestion's name matched: the review page sends back what suggestAttributions answered. */
const candidates = z.array(nodeIdOf(actorKinds)).max(20, 'must hold at most 20 ids');

export const SuggestedAttributionInput = builder.inputType('SuggestedAttributionInput', {
  description:
    'A suggestion as suggestAttributions made it, sent back with what the reviewer decided, so that the decision is kept with it ' +
    '(see attributionQuality).',
  fields: (t) => ({
    kind: t.field({
      type: RelationshipTypeEnum,
      required: true,
      description: 'The kind suggested.',
      validate: z.enum(attributionKinds, 'an attribution is CLAIMS, CONFIRMS, DISPUTES or BLAMES'),
    }),
    start: t.int({ required: true, description: 'Offset of the content suggested.', validate: offset }),
    end: t.int({ required: true, description: 'Offset just past it.', validate: offset }),
    speakerName: t.string({ required: true, description: 'The speaker as suggested.', validate: shortText }),
    speakerKind: t.field({ type: NodeKindEnum, description: 'Person or Organisation, when the suggestion said.', validate: z.enum(actorKinds).nullish() }),
    speakerCandidates: t.idList({ description: 'The speaker\'s candidates, as suggested.', validate: candidates.nullish() }),
    targetName: t.string({ description: 'For BLAMES: who is blamed, as suggested.', validate: shortText.nullish() }),
    targetCandidates: t.idList({ description: 'The blamed party\'s candidates, as suggested.', validate: candidates.nullish() }),
    hedged: t.boolean({ description: 'Whether it was suggested as hedged.' }),
    confidence: t.float({ required: true, description: 'How sure the rules were, 0 to 1.', validate: z.number().min(0).max(1) }),
  }),
});

/** The suggestion in the shape the draft compares what was kept with. */
export const suggestionFacts = (input: typeof SuggestedAttributionInput.$inferInput) => ({
  kind: input.kind as (typeof attributionKinds)[number],
  start: input.start,
  end: input.end,
  speakerName: input.speakerName,
  speakerKind: (input.speakerKind ?? null) as (typeof actorKinds)[number] | null,
  speakerCandidates: (input.speakerCandidates ?? []).map(String),
  targetName: input.targetName ?? null,
  targetCandidates: (input.targetCandidates ?? []).map(String),
  hedged: input.hedged ?? false,
  confidence: input.confidence,
});
