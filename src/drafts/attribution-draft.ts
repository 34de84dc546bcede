import type { QueryRunner } from '../db/database.js';
import { entitiesByNameKeysRead } from '../data/name-keys.js';
import { type SimilarStatement, similarStatements } from '../data/similar-statements.js';
import type { ClaimgraphDocument } from '../model/document.js';
import { untypedBlamedKind } from '../model/kinds.js';
import type { EntityRecord, StatementRecord } from '../model/records.js';
import { sameClaimOverlap } from '../model/word-overlap.js';
import type { SuggestedAttribution } from '../suggest/suggest.js';
import { type ArticleFacts, disputedClaims, draftDocument } from './draft-document.js';
import type { DraftEntity, ReviewedAttribution } from './reviewed-attribution.js';
import { mentionedEntities, namedDraftEntities } from './mentions.js';
import type { SuggestionPool } from './suggestion-pool.js';

/** A suggestion with the entities its speaker and target name (exactly one is a match, more are ambiguous) and look-alikes. */
export type SuggestionInDraft = SuggestedAttribution &
  Readonly<{
    speakerCandidates: readonly EntityRecord[];
    targetCandidates: readonly EntityRecord[];
    possibleDuplicates: readonly SimilarStatement[];
    /** For BLAMES: the kind of the blamed party as the draft has it: the entity matched, else as the words say, else `untypedBlamedKind`. */
    targetKind: 'Person' | 'Organisation' | null;
    /** The statement of the graph the draft takes this for: for a dispute of no claim of the article, the one it disputes. */
    sameAs: StatementRecord | null;
  }>;

export type AttributionDraft = Readonly<{ language: string; suggestions: readonly SuggestionInDraft[]; document: ClaimgraphDocument }>;

/**
 * Reads an article and drafts what it attributes to whom, writing nothing: the suggestions of src/suggest/, their
 * speakers and blamed parties matched against the graph's names in every language by the keys the import resolves
 * them with, the statements already in the graph that look like the same claims, and a document ready for review
 * and import, whose statements mention the entities their contents name (read by the same keys, in the same read).
 * The rules run in one of the pool's threads; then two round trips, however many suggestions.
 * `signal`: the caller gave up, e.g. its client went away.
 */
export async function attributionDraft(
  runner: QueryRunner,
  pool: SuggestionPool,
  article: Omit<ArticleFacts, 'language'> & Readonly<{ language?: string | null; minConfidence?: number | null }>,
  signal?: AbortSignal,
): Promise<AttributionDraft> {
  const read = await pool.suggest({ text: article.text, language: article.language ?? undefined }, signal);
  const { language } = read;
  const readings = read.readings.filter((reading) => reading.suggestion.confidence >= (article.minConfidence ?? 0));
  const named = await entitiesByNameKeysRead(
    runner,
    readings.flatMap((reading) => [...reading.speakerKeys, ...reading.targetKeys, ...reading.names.flatMap((name) => name.keys)]),
  );
  const candidates = (keys: readonly string[]): EntityRecord[] => [
    ...new Map(keys.flatMap((key) => named.get(key) ?? []).map((entity) => [entity.id, entity])).values(),
  ];
  const resolved = readings.map(({ suggestion, speakerKeys, targetKeys }) => ({
    ...suggestion,
    speakerCandidates: candidates(speakerKeys),
    targetCandidates: candidates(targetKeys),
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
  const speakers = resolved.map((suggestion) => drafted(suggestion.speakerName, suggestion.speakerKind, suggestion.speakerCandidates));
  const targets = resolved.map((suggestion) => (suggestion.targetName ? drafted(suggestion.targetName, untypedBlamedKind, suggestion.targetCandidates) : null));
  const draftedNames = namedDraftEntities([...speakers, ...targets.filter((target) => target !== null)]);
  const attributions: ReviewedAttribution[] = resolved.map((suggestion, index) => ({
    kind: suggestion.kind,
    speaker: speakers[index]!,
    content: suggestion.content,
    target: targets[index]!,
    hedged: suggestion.hedged,
    sameAs: null,
    mentions: mentionedEntities(readings[index]!.names, named, draftedNames),
  }));
  // A dispute of no claim of this article disputes the stored statement most like what it denies, when one is like enough.
  const disputed = disputedClaims(article.text, attributions);
  const settled = attributions.map((attribution, index) => {
    if (attribution.kind !== 'DISPUTES' || disputed[index] !== null) return attribution;
    const [closest] = (duplicatesOf.get(claimKeys[index]!) ?? []).filter(({ overlap }) => overlap >= sameClaimOverlap).sort((left, right) => right.overlap - left.overlap);
    return closest ? { ...attribution, sameAs: closest.statement } : attribution;
  });
  return {
    language,
    suggestions: resolved.map((suggestion, index) => ({
      ...suggestion,
      possibleDuplicates: duplicatesOf.get(claimKeys[index]!) ?? [],
      targetKind: targets[index]?.kind === 'Person' ? 'Person' : targets[index] ? 'Organisation' : null,
      sameAs: settled[index]!.sameAs,
    })),
    document: draftDocument({ ...article, language }, settled),
  };
}
