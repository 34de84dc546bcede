import type { DocumentDecision } from '../model/document.js';
import type { AttributionDecision, AttributionEdit, AttributionKind } from '../model/kinds.js';
import { entitySpellings, nameKey } from '../model/names.js';
import type { DraftEntity, ReviewedAttribution } from './draft-document.js';

/** A suggestion as the rules made it and the review page kept it, to compare what the reviewer kept with. */
export type SuggestionFacts = Readonly<{
  kind: AttributionKind;
  start: number;
  end: number;
  speakerName: string;
  speakerKind: 'Person' | 'Organisation' | null;
  /** The entities the speaker's name matched. */
  speakerCandidates: readonly string[];
  targetName: string | null;
  targetCandidates: readonly string[];
  hedged: boolean;
  confidence: number;
}>;

/** A decision before the document gives its statement, speaker and target their ids. */
export type PendingDecision = Readonly<{ decision: AttributionDecision; suggestion: SuggestionFacts | null; edits: readonly AttributionEdit[] }>;

/**
 * What a reviewer changed in a suggestion before keeping it. The speaker (or the blamed party) counts as changed
 * only when the one kept is neither a candidate its name matched nor a spelling of that name: picking one of several
 * candidates, or typing a new entity, settles the suggestion without correcting it.
 */
export function editsOf(suggestion: SuggestionFacts, kept: ReviewedAttribution): AttributionEdit[] {
  const edits: AttributionEdit[] = [];
  if (!sameEntity(suggestion.speakerName, suggestion.speakerCandidates, kept.speaker)) edits.push('SPEAKER');
  if (suggestion.speakerKind !== null && kindOf(kept.speaker) !== suggestion.speakerKind) edits.push('SPEAKER_KIND');
  if (kept.kind !== suggestion.kind) edits.push('KIND');
  if (kept.content.start !== suggestion.start || kept.content.end !== suggestion.end) edits.push('TEXT');
  if (kept.kind === 'BLAMES' && kept.target && !sameEntity(suggestion.targetName, suggestion.targetCandidates, kept.target)) edits.push('TARGET');
  if (kept.hedged !== suggestion.hedged) edits.push('HEDGED');
  return edits;
}

/** The decision on a kept attribution: added by hand, accepted as suggested, or edited. */
export function keptDecision(suggestion: SuggestionFacts | null, kept: ReviewedAttribution): PendingDecision {
  if (!suggestion) return { decision: 'ADDED', suggestion: null, edits: [] };
  const edits = editsOf(suggestion, kept);
  return { decision: edits.length > 0 ? 'EDITED' : 'ACCEPTED', suggestion, edits };
}

export const rejectedDecision = (suggestion: SuggestionFacts): PendingDecision => ({ decision: 'REJECTED', suggestion, edits: [] });

/** The decision as the document holds it, its kept attribution's statement, speaker and target named by their document ids. */
export function documentDecision(pending: PendingDecision, ids?: Readonly<{ kind: AttributionKind; statement: string; speaker: string; target: string | null }>): DocumentDecision {
  const { suggestion } = pending;
  return {
    decision: pending.decision,
    ...(suggestion
      ? {
          suggestion: {
            kind: suggestion.kind,
            start: suggestion.start,
            end: suggestion.end,
            speakerName: suggestion.speakerName,
            ...(suggestion.speakerKind ? { speakerKind: suggestion.speakerKind } : {}),
            ...(suggestion.targetName ? { targetName: suggestion.targetName } : {}),
            confidence: suggestion.confidence,
          },
        }
      : {}),
    edits: [...pending.edits],
    ...(ids ? { kind: ids.kind, statement: ids.statement, speaker: ids.speaker, ...(ids.target ? { target: ids.target } : {}) } : {}),
  };
}

const kindOf = (entity: DraftEntity): string => entity.kind;

function sameEntity(name: string | null, candidates: readonly string[], kept: DraftEntity): boolean {
  if ('id' in kept && candidates.includes(kept.id)) return true;
  if (!name) return false;
  // Folded as one kind, so that a name kept under the other kind is still the same name (that is SPEAKER_KIND).
  const keptKeys = new Set(entitySpellings('names' in kept ? kept : { name: kept.name, names: [], aliases: [] }).map((spelling) => nameKey('Person', spelling)));
  const suggested = nameKey('Person', name);
  return suggested !== undefined && keptKeys.has(suggested);
}
