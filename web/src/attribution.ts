/** An attribution under review: what the rules suggested, and what the reviewer has made of it so far. */
export type AttributionKind = 'CLAIMS' | 'CONFIRMS' | 'DISPUTES' | 'BLAMES';
export const attributionKinds: readonly AttributionKind[] = ['CLAIMS', 'CONFIRMS', 'DISPUTES', 'BLAMES'];

export type ConfirmationStrength = 'WEAK' | 'MODERATE' | 'STRONG';
export const confirmationStrengths: readonly ConfirmationStrength[] = ['WEAK', 'MODERATE', 'STRONG'];

export type ActorKind = 'Person' | 'Organisation';
export const actorKinds: readonly ActorKind[] = ['Person', 'Organisation'];

export type EntityName = Readonly<{ __typename: string; id: string; name: string }>;

/** One suggestion as suggestAttributions answers it (review.graphql). */
export type Suggestion = Readonly<{
  kind: AttributionKind;
  speakerName: string;
  speakerKind: string | null;
  speakerEntity: EntityName | null;
  speakerCandidates: readonly EntityName[];
  content: { start: number; end: number };
  targetName: string | null;
  /** Person or Organisation, as the draft has the blamed party: the page starts from the same kind. */
  targetKind: string | null;
  targetEntity: EntityName | null;
  targetCandidates: readonly EntityName[];
  hedged: boolean;
  confidence: number;
  possibleDuplicates: readonly { overlap: number; statement: { id: string; summary: string | null; text: string } }[];
  /** The stored statement the draft takes it for: for a dispute, the one it disputes. */
  sameAs: { id: string } | null;
}>;

/** An entity of the graph by its id, or a new one by its name and kind. */
export type EntityChoice = Readonly<{ id: string; name: string }> | Readonly<{ name: string; kind: ActorKind }>;

export type Decision = 'open' | 'accepted' | 'rejected';

export type Attribution = {
  /** Tells the attribution's card and marks apart; never reused. */
  readonly key: number;
  /** What the rules suggested; none for one the reviewer added. */
  readonly suggestion?: Suggestion;
  decision: Decision;
  kind: AttributionKind;
  start: number;
  end: number;
  /** None while the reviewer has not chosen, as for an ambiguous name. */
  speaker?: EntityChoice;
  target?: EntityChoice;
  hedged: boolean;
  strength: ConfirmationStrength;
  /** An existing statement this is another report of; none for a new statement. */
  sameAs?: string;
};

/** The entity the rules settled on, else a new one under the name the article uses, but never one of several candidates. */
export function suggestedEntity(name: string | null, kind: string | null, entity: EntityName | null, candidates: readonly EntityName[]): EntityChoice | undefined {
  if (entity) return { id: entity.id, name: entity.name };
  if (candidates.length > 0 || !name) return undefined;
  return { name, kind: kind === 'Organisation' ? 'Organisation' : 'Person' };
}

export function attributionOf(key: number, suggestion: Suggestion): Attribution {
  return {
    key,
    suggestion,
    decision: 'open',
    kind: suggestion.kind,
    start: suggestion.content.start,
    end: suggestion.content.end,
    // A speaker the rules could not type is left for the reviewer to type, rather than imported as a guessed person.
    speaker: suggestion.speakerKind === null && !suggestion.speakerEntity ? undefined : suggestedEntity(suggestion.speakerName, suggestion.speakerKind, suggestion.speakerEntity, suggestion.speakerCandidates),
    target: suggestedEntity(suggestion.targetName, suggestion.targetKind, suggestion.targetEntity, suggestion.targetCandidates),
    hedged: suggestion.hedged,
    strength: 'MODERATE',
    sameAs: suggestion.sameAs?.id,
  };
}
