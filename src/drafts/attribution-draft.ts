import type { QueryRunner } from '../db/database.js';
import { entitiesByNameKeysRead } from '../data/name-keys.js';
import { type SimilarStatement, similarStatements } from '../data/similar-statements.js';
import type { ClaimgraphDocument } from '../model/document.js';
import { actorKinds, type EntityKind } from '../model/kinds.js';
import { spellingKeys } from '../model/names.js';
import type { EntityRecord } from '../model/records.js';
import type { SuggestedAttribution } from '../suggest/suggest.js';
import { type ArticleFacts, type DraftEntity, draftDocument } from './draft-document.js';
import type { SuggestionPool } from './suggestion-pool.js';

/** A suggestion with the entities its speaker and target name (exactly one is a match, more are ambiguous) and look-alikes. */
export type SuggestionInDraft = SuggestedAttribution &
  Readonly<{
    speakerCandidates: readonly EntityRecord[];
    targetCandidates: readonly EntityRecord[];
    possibleDuplicates: readonly SimilarStatement[];
  }>;

export type AttributionDraft = Readonly<{ language: string; suggestions: readonly SuggestionInDraft[]; document: ClaimgraphDocument }>;

/**
 * Reads an article and drafts what it attributes to whom, writing nothing: the suggestions of src/suggest/, their
 * speakers and blamed parties matched against the graph's names in every language by the keys the import resolves
 * them with, the statements already in the graph that look like the same claims, and a document ready for review
 * and import. The rules run in one of the pool's threads; then two round trips, however many suggestions.
 * `signal`: the caller gave up, e.g. its client went away.
 */
export async function attributionDraft(
  runner: QueryRunner,
  pool: SuggestionPool,
  article: Omit<ArticleFacts, 'language'> & Readonly<{ language?: string | null }>,
  signal?: AbortSignal,
): Promise<AttributionDraft> {
  const { language, suggestions } = await pool.suggest({ text: article.text, language: article.language ?? undefined }, signal);
  const keysOf = (name: string | null, kind: EntityKind | null) =>
    name === null ? [] : (kind ? [kind] : actorKinds).flatMap((each) => [...spellingKeys({ kind: each, name, names: [], aliases: [] }).keys()]);
  const named = await entitiesByNameKeysRead(
    runner,
    suggestions.flatMap((suggestion) => [...keysOf(suggestion.speakerName, suggestion.speakerKind), ...keysOf(suggestion.targetName, null)]),
  );
  const candidates = (keys: readonly string[]): EntityRecord[] => [
    ...new Map(keys.flatMap((key) => named.get(key) ?? []).map((entity) => [entity.id, entity])).values(),
  ];
  const resolved = suggestions.map((suggestion) => ({
    ...suggestion,
    speakerCandidates: candidates(keysOf(suggestion.speakerName, suggestion.speakerKind)),
    targetCandidates: candidates(keysOf(suggestion.targetName, null)),
  }));
  // One full-text look-up per distinct claim: an article that repeats itself (or a hostile one) asks no more.
  const claims = resolved.map((suggestion) => ({ text: suggestion.content.text, speakerIds: suggestion.speakerCandidates.map((entity) => entity.id) }));
  const claimKeys = claims.map((claim) => JSON.stringify(claim));
  const distinct = new Map(claims.map((claim, index) => [claimKeys[index]!, claim]));
  const found = await similarStatements(runner, [...distinct.values()]);
  const duplicatesOf = new Map([...distinct.keys()].map((key, index) => [key, found[index] ?? []]));
  // Before review, a speaker is the one entity its name matches, else a new one under that name.
  const drafted = (name: string, kind: SuggestedAttribution['speakerKind'], candidates: readonly EntityRecord[]): DraftEntity =>
    candidates.length === 1 ? candidates[0]! : { kind: kind ?? 'Person', name };
  const document = draftDocument(
    { ...article, language },
    resolved.map((suggestion) => ({
      kind: suggestion.kind,
      speaker: drafted(suggestion.speakerName, suggestion.speakerKind, suggestion.speakerCandidates),
      content: suggestion.content,
      target: suggestion.targetName ? drafted(suggestion.targetName, 'Organisation', suggestion.targetCandidates) : null,
      hedged: suggestion.hedged,
      sameAs: null,
    })),
  );
  return {
    language,
    suggestions: resolved.map((suggestion, index) => ({ ...suggestion, possibleDuplicates: duplicatesOf.get(claimKeys[index]!) ?? [] })),
    document,
  };
}
