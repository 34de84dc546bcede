import type { QueryRunner, WriteTransaction } from '../db/database.js';
import type { VerificationStatus } from '../model/kinds.js';
import type { WriteStamp } from '../model/records.js';

/** One check of a statement: who made it, when, its verdict, in whose words, and where those words are. */
export type AssessmentRecord = Readonly<{
  statementId: string;
  by: string;
  at: string;
  status: VerificationStatus;
  wording: string | null;
  /** The source whose words the wording is, when it is a source's. */
  sourceId: string | null;
}>;

export type NewAssessment = Omit<AssessmentRecord, 'by' | 'at'>;

/** Appends assessments; like revisions, assessments are about the graph and not labelled Node. */
export async function appendAssessments(
  transaction: WriteTransaction,
  assessments: readonly NewAssessment[],
  stamp: WriteStamp,
): Promise<AssessmentRecord[]> {
  if (assessments.length === 0) return [];
  await transaction.run(
    `UNWIND $assessments AS assessment
     CREATE (:Assessment {statementId: assessment.statementId, by: $by, at: $at, status: assessment.status,
                          wording: assessment.wording, sourceId: assessment.sourceId})`,
    { assessments, by: stamp.author, at: stamp.at },
  );
  return assessments.map((assessment) => ({ ...assessment, by: stamp.author, at: stamp.at }));
}

/** Each statement's assessments, oldest first. */
export async function assessmentsOfStatements(runner: QueryRunner, ids: readonly string[]): Promise<AssessmentRecord[][]> {
  const rows = await runner.read<AssessmentRecord>(
    `MATCH (assessment:Assessment) WHERE assessment.statementId IN $ids
     RETURN assessment.statementId AS statementId, assessment.by AS by, assessment.at AS at, assessment.status AS status,
            assessment.wording AS wording, assessment.sourceId AS sourceId
     ORDER BY assessment.at, elementId(assessment)`,
    { ids: [...new Set(ids)] },
  );
  return ids.map((id) => rows.filter((row) => row.statementId === id));
}
