import type { Attribution, EntityChoice, EntityName } from './attribution.js';

/** Something the rules could not settle about a suggestion, that the reviewer should look at before accepting it. */
export type Flag = Readonly<{ code: 'speaker-ambiguous' | 'speaker-kind' | 'speaker-new' | 'target-ambiguous' | 'target-new'; text: string }>;

const isNew = (choice: EntityChoice | undefined): boolean => Boolean(choice && !('id' in choice));

function entityFlags(role: 'speaker' | 'target', chosen: EntityChoice | undefined, candidates: readonly EntityName[]): Flag[] {
  const who = role === 'speaker' ? 'Speaker' : 'Blamed';
  if (!chosen && candidates.length > 1) return [{ code: `${role}-ambiguous`, text: `${who}: ${candidates.length} possible matches: choose one` }];
  if (chosen && isNew(chosen)) return [{ code: `${role}-new`, text: `${who}: new entity “${chosen.name}” (${'kind' in chosen ? chosen.kind : ''})` }];
  return [];
}

/**
 * What is uncertain about an attribution as the reviewer has left it so far: a name that matches several entities
 * and none chosen, a speaker the rules could not type as a person or an organisation, an entity the import would
 * make. A flag goes once the reviewer settles it, except "new entity", which stays as a reminder of what the import makes.
 */
export function flagsOf(attribution: Attribution): Flag[] {
  const { suggestion } = attribution;
  if (!suggestion) return [];
  const speakerUntyped = suggestion.speakerKind === null && !attribution.speaker && suggestion.speakerCandidates.length <= 1;
  return [
    ...(speakerUntyped ? [{ code: 'speaker-kind', text: `Speaker: kind uncertain: is “${suggestion.speakerName}” a person or an organisation?` } as const] : []),
    ...entityFlags('speaker', attribution.speaker, suggestion.speakerCandidates),
    ...(attribution.kind === 'BLAMES' ? entityFlags('target', attribution.target, suggestion.targetCandidates) : []),
  ];
}
