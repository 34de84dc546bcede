import type { QueryRunner, WriteTransaction } from '../db/database.js';
import type { AttributionDecision, AttributionEdit, AttributionKind } from '../model/kinds.js';

/** One decision of a reviewer on one suggestion (or an attribution added by hand), as stored. */
export type StoredDecision = Readonly<{
  id: string;
  sourceId: string;
  language: string;
  rulesVersion: string;
  decision: AttributionDecision;
  edits: readonly AttributionEdit[];
  /** The kind suggested, or for an attribution added by hand, the kind it was added as. */
  kind: AttributionKind;
  keptKind: AttributionKind | null;
  /** The words suggested (or added): the text between start and end. */
  text: string | null;
  start: number | null;
  end: number | null;
  speakerName: string | null;
  speakerKind: string | null;
  targetName: string | null;
  confidence: number | null;
  statementId: string | null;
  speakerId: string | null;
  targetId: string | null;
  decidedBy: string;
  decidedByRole: string | null;
}>;

/**
 * Stores decisions in the transaction of the import they came with. They are not labelled Node: like revisions, they
 * are about the graph, not part of it. A decision is one per source, reviewer and suggestion: importing the same
 * review again changes nothing, and a changed one replaces what that reviewer decided before, with its new moment.
 */
export async function writeAttributionDecisions(transaction: WriteTransaction, decisions: readonly StoredDecision[], at: string): Promise<void> {
  if (decisions.length === 0) return;
  const rows = decisions.map(({ id, ...properties }) => ({ id, properties, fingerprint: JSON.stringify(properties) }));
  await transaction.run(
    `UNWIND $rows AS row
     MERGE (decision:AttributionDecision {id: row.id})
     WITH decision, row WHERE decision.fingerprint IS NULL OR decision.fingerprint <> row.fingerprint
     SET decision += row.properties, decision.fingerprint = row.fingerprint, decision.decidedAt = $at`,
    { rows, at },
  );
}

export type DecisionFilter = Readonly<{ language: string | null; since: string | null; rulesVersion: string | null }>;

/** How many decisions of each outcome, kind and set of edits, per language and version of the rules. */
export type DecisionTally = Readonly<{
  language: string;
  rulesVersion: string;
  kind: AttributionKind;
  decision: AttributionDecision;
  edits: readonly AttributionEdit[];
  count: number;
}>;

/** The decisions made since a moment (or ever), of a language and a version of the rules (or all), counted. One round trip. */
export async function attributionDecisionTallies(runner: QueryRunner, filter: DecisionFilter): Promise<DecisionTally[]> {
  return runner.read<DecisionTally>(
    `MATCH (decision:AttributionDecision)
     WHERE ($language IS NULL OR decision.language = $language)
       AND ($since IS NULL OR decision.decidedAt >= $since)
       AND ($rulesVersion IS NULL OR decision.rulesVersion = $rulesVersion)
     RETURN decision.language AS language, decision.rulesVersion AS rulesVersion, decision.kind AS kind,
            decision.decision AS decision, decision.edits AS edits, count(*) AS count
     ORDER BY language, rulesVersion, kind, decision`,
    filter,
  );
}
