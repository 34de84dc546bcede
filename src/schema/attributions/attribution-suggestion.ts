import { confidenceDescription } from '../../suggest/confidence.js';
import type { SuggestionInDraft } from '../../drafts/attribution-draft.js';
import { builder } from '../builder.js';
import { EntityRef } from '../nodes/entity.js';
import { RelationshipTypeEnum } from '../relationships/relationship.js';
import { NodeKindEnum } from '../views/search.js';
import { PossibleDuplicateRef } from './possible-duplicate.js';
import { StatementRef } from '../nodes/statement.js';
import { TextSpanRef } from './text-span.js';

const onlyMatch = <Entity>(candidates: readonly Entity[]) => (candidates.length === 1 ? candidates[0]! : null);

export const AttributionSuggestionRef = builder.objectRef<SuggestionInDraft>('AttributionSuggestion').implement({
  description: 'Something an article attributes to someone, as the rules read it: to be reviewed before it is written.',
  fields: (t) => ({
    kind: t.field({ type: RelationshipTypeEnum, description: 'CLAIMS, CONFIRMS, DISPUTES or BLAMES, as the cue verb says.', resolve: (suggestion) => suggestion.kind }),
    speakerName: t.exposeString('speakerName', {
      description: 'The speaker as the article names them, titles left out; for a pronoun, the person it refers to.',
    }),
    speaker: t.field({ type: TextSpanRef, description: 'The words that name the speaker.', resolve: (suggestion) => suggestion.speaker }),
    speakerKind: t.field({
      type: NodeKindEnum,
      nullable: true,
      description: 'Person or Organisation, when the words say which.',
      resolve: (suggestion) => suggestion.speakerKind,
    }),
    speakerKindUncertain: t.exposeBoolean('speakerKindUncertain', {
      description: 'True when no word around the speaker says whether it is a person or an organisation: the kind was guessed from the name, and a reviewer should check it.',
    }),
    unnamed: t.exposeBoolean('unnamed', {
      description: 'The one who spoke is not named ("a spokesman for the ministry", "officials said on condition of anonymity"): the speaker is the organisation or group.',
    }),
    speakerEntity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The entity of the graph the speaker is, when exactly one has that name in some language or as an alias.',
      resolve: (suggestion) => onlyMatch(suggestion.speakerCandidates),
    }),
    speakerCandidates: t.field({
      type: [EntityRef],
      description: 'Every entity with that name; more than one means the name is ambiguous, and the reviewer picks.',
      resolve: (suggestion) => suggestion.speakerCandidates,
    }),
    cue: t.field({ type: TextSpanRef, nullable: true, description: 'The cue word or phrase, e.g. "zegt" or "according to".', resolve: (suggestion) => suggestion.cue }),
    content: t.field({ type: TextSpanRef, description: 'What is asserted: the quote, or the reported clause.', resolve: (suggestion) => suggestion.content }),
    contentContinuation: t.field({
      type: TextSpanRef,
      nullable: true,
      description: 'The rest of a quote that the speaker tag interrupts ("“…,” she said, “…”"), when there is one.',
      resolve: (suggestion) => suggestion.contentContinuation,
    }),
    target: t.field({ type: TextSpanRef, nullable: true, description: 'For BLAMES: the words that name who is blamed.', resolve: (suggestion) => suggestion.target }),
    targetName: t.exposeString('targetName', { nullable: true, description: 'For BLAMES: who is blamed, as named.' }),
    targetKind: t.field({
      type: NodeKindEnum,
      nullable: true,
      description:
        'For BLAMES: Person or Organisation, as the draft has the blamed party: the entity matched, else as the words say, ' +
        'else Organisation (what the news blames is mostly a body). The review page starts from it too.',
      resolve: (suggestion) => suggestion.targetKind,
    }),
    targetEntity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The entity of the graph who is blamed, when exactly one has that name.',
      resolve: (suggestion) => onlyMatch(suggestion.targetCandidates),
    }),
    targetCandidates: t.field({
      type: [EntityRef],
      description: 'Every entity with the blamed party\'s name; more than one means it is ambiguous.',
      resolve: (suggestion) => suggestion.targetCandidates,
    }),
    hedged: t.exposeBoolean('hedged', { description: 'Said conditionally or at second hand ("zouden", "reportedly").' }),
    confidence: t.exposeFloat('confidence', { description: `How likely the suggestion is right, 0 to 1. ${confidenceDescription}` }),
    possibleDuplicates: t.field({
      type: [PossibleDuplicateRef],
      description:
        'Statements already in the graph that look like the same claim (similar words, the same possible speaker first): ' +
        'the reviewer may add this article as another source of one of them instead of a new statement.',
      resolve: (suggestion) => suggestion.possibleDuplicates,
    }),
    sameAs: t.field({
      type: StatementRef,
      nullable: true,
      description:
        'The statement of the graph the draft takes this for: for a dispute that disputes no earlier claim of the article, ' +
        'its closest possible duplicate from half of the words in common, which the dispute then disputes.',
      resolve: (suggestion) => suggestion.sameAs,
    }),
  }),
});
