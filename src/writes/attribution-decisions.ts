import { createHash } from 'node:crypto';
import type { WriteTransaction } from '../db/database.js';
import { type StoredDecision, writeAttributionDecisions } from '../data/attribution-decisions.js';
import type { ClaimgraphDocument } from '../model/document.js';
import type { WriteStamp } from '../model/records.js';

/** Who decided: the name and role of the token that imported the review; no role for an import straight into the database. */
export type Reviewer = Readonly<{ name: string; role: string | null }>;

/**
 * Records the decisions of a document's review, in the transaction that imports the document, so that the
 * attributions and what was decided about them land together or not at all. `resolve` gives the node each of the
 * document's ids became.
 */
export async function recordReview(
  transaction: WriteTransaction,
  document: ClaimgraphDocument,
  resolve: (id: string) => string,
  reviewer: Reviewer,
  stamp: WriteStamp,
): Promise<void> {
  const { review, source } = document;
  if (!review) return;
  const resolved = (id: string | undefined) => (id === undefined ? null : resolve(id));
  const decisions = review.decisions.map((decision): StoredDecision => {
    const { suggestion } = decision;
    const identity = suggestion
      ? [suggestion.kind, suggestion.start, suggestion.end, suggestion.speakerName]
      : ['ADDED', decision.kind, decision.statement, decision.speaker];
    return {
      id: `decision:${createHash('sha256').update(JSON.stringify([source.id, reviewer.name, ...identity])).digest('hex').slice(0, 32)}`,
      sourceId: source.id,
      language: source.language.toLowerCase(),
      rulesVersion: review.rulesVersion,
      decision: decision.decision,
      edits: decision.edits,
      kind: suggestion?.kind ?? decision.kind!,
      keptKind: decision.kind ?? null,
      text: suggestion ? source.text.slice(suggestion.start, suggestion.end) : null,
      start: suggestion?.start ?? null,
      end: suggestion?.end ?? null,
      speakerName: suggestion?.speakerName ?? null,
      speakerKind: suggestion?.speakerKind ?? null,
      targetName: suggestion?.targetName ?? null,
      confidence: suggestion?.confidence ?? null,
      statementId: resolved(decision.statement),
      speakerId: resolved(decision.speaker),
      targetId: resolved(decision.target),
      decidedBy: reviewer.name,
      decidedByRole: reviewer.role,
    };
  });
  await writeAttributionDecisions(transaction, decisions, stamp.at);
}
