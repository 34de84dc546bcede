import type { WriteTransaction } from '../db/database.js';
import { storedStatementProperties } from '../data/document-properties.js';
import { countedStatementsOf, refreshStatementCounts } from '../data/statement-counts.js';
import { upsertNodes, type WriteOutcome } from '../data/node-writes.js';
import type { RelationshipType } from '../model/kinds.js';
import type { ClaimgraphDocument } from '../model/document.js';
import { idFromText } from '../model/ids.js';
import type { StatementRecord, WriteStamp } from '../model/records.js';
import { type AssessmentRecord, appendAssessments, type NewAssessment } from '../data/assessments.js';
import { changed, changedRequired, createNodeOfKind, lockNodeOfKind, readNodeOfKind, updateNodeOfKind } from './nodes.js';

type StatementFields = ClaimgraphDocument['statements'][number];

/** A statement as a mutation gives it: the id may be left out, and is then made from its first words. */
export type StatementDraft = Omit<StatementFields, 'id'> & Readonly<{ id?: string | undefined }>;

/** Changes to a statement: a field left out stays, null clears an optional one. */
export type StatementChanges = Readonly<
  { id: string } & { [Field in Exclude<keyof StatementFields, 'id'>]?: StatementFields[Field] | null }
>;

export async function createStatement(transaction: WriteTransaction, stamp: WriteStamp, draft: StatementDraft): Promise<StatementRecord> {
  const id = draft.id ?? idFromText('Statement', (draft.summary ?? draft.translation ?? draft.text).split(/\s+/).slice(0, 8).join(' '));
  const statement = await createNodeOfKind(transaction, stamp, 'Statement', id, storedStatementProperties({ ...draft, id }));
  await refreshStatementCounts(transaction, [id]);
  await recordGivenVerifications(transaction, stamp, [{ statement, created: true, changedKeys: [] }]);
  return statement;
}

/**
 * Writes whole statements, as a document gives them, each created or brought up to date; a verification one gives
 * is recorded as an assessment, in the words of the source that reports it when its text holds them.
 */
export async function writeStatements(
  transaction: WriteTransaction,
  stamp: WriteStamp,
  written: readonly Readonly<{ statement: StatementFields; source: Readonly<{ id: string; text: string }> }>[],
): Promise<WriteOutcome[]> {
  const outcomes = await upsertNodes(
    transaction,
    'Statement',
    written.map(({ statement }) => ({ id: statement.id, properties: storedStatementProperties(statement) })),
    stamp,
  );
  await recordGivenVerifications(
    transaction,
    stamp,
    written.map(({ statement, source }, index) => ({
      statement: { id: statement.id, verificationStatus: statement.verificationStatus, verificationNote: statement.verificationNote ?? null },
      ...outcomes[index]!,
      source,
    })),
  );
  return outcomes;
}

/** Counts again the confirmations, disputes, claimants and sources of these statements and those these relationships count in. */
export async function refreshCountsOf(
  transaction: WriteTransaction,
  statementIds: readonly string[],
  relationships: readonly Readonly<{ type: RelationshipType; from: string; to: string }>[],
): Promise<void> {
  await refreshStatementCounts(transaction, [...statementIds, ...relationships.flatMap(({ type, from, to }) => countedStatementsOf(type, from, to))]);
}

export async function updateStatement(transaction: WriteTransaction, stamp: WriteStamp, changes: StatementChanges): Promise<StatementRecord> {
  const current = await lockNodeOfKind(transaction, 'Statement', changes.id);
  const statement = await changeStatement(transaction, stamp, current, changes);
  const changedKeys = verificationKeys.filter((key) => statement[key] !== current[key]);
  await recordGivenVerifications(transaction, stamp, [{ statement, created: false, changedKeys }]);
  return statement;
}

async function changeStatement(
  transaction: WriteTransaction,
  stamp: WriteStamp,
  current: StatementRecord,
  changes: Omit<StatementChanges, 'id'>,
): Promise<StatementRecord> {
  const properties = storedStatementProperties({
    id: current.id,
    text: changedRequired('text', changes.text, current.text),
    language: changedRequired('language', changes.language, current.language),
    translation: changed(changes.translation, current.translation),
    summary: changed(changes.summary, current.summary),
    date: changed(changes.date, current.date?.value ?? null),
    verificationStatus: changedRequired('verificationStatus', changes.verificationStatus, current.verificationStatus),
    verificationNote: changed(changes.verificationNote, current.verificationNote),
  });
  return updateNodeOfKind(transaction, stamp, 'Statement', current.id, properties);
}

/**
 * Records a check of a statement, and makes it the statement's verification: its status and the wording (a
 * source's words, when `sourceId` names the source) are those of its latest assessment.
 */
export async function assessStatement(
  transaction: WriteTransaction,
  stamp: WriteStamp,
  assessment: NewAssessment,
): Promise<{ statement: StatementRecord; assessment: AssessmentRecord }> {
  const current = await lockNodeOfKind(transaction, 'Statement', assessment.statementId);
  if (assessment.sourceId) await readNodeOfKind(transaction, 'Source', assessment.sourceId);
  const [recorded] = await appendAssessments(transaction, [assessment], stamp);
  const statement = await changeStatement(transaction, stamp, current, { verificationStatus: assessment.status, verificationNote: assessment.wording });
  return { statement, assessment: recorded! };
}

const verificationKeys = ['verificationStatus', 'verificationNote'] as const;

type Verification = Pick<StatementRecord, 'id' | (typeof verificationKeys)[number]>;

/**
 * A statement's verification is always its latest assessment's. So a write that gives a statement one, other than
 * the default UNVERIFIED without a note, or changes it, is an assessment by its writer; the wording is the source's
 * (the source of the document that wrote it) when the source's text holds it, as the seed's "kon nog niet
 * onafhankelijk geverifieerd worden" does. One statement for all of them, however many documents wrote them.
 */
export async function recordGivenVerifications(
  transaction: WriteTransaction,
  stamp: WriteStamp,
  written: readonly Readonly<{
    statement: Verification;
    created: boolean;
    changedKeys: readonly string[];
    source?: Readonly<{ id: string; text: string }>;
  }>[],
): Promise<void> {
  const given = written.filter(({ statement, created, changedKeys }) =>
    created
      ? statement.verificationStatus !== 'UNVERIFIED' || statement.verificationNote !== null
      : changedKeys.some((key) => (verificationKeys as readonly string[]).includes(key)),
  );
  await appendAssessments(
    transaction,
    given.map(({ statement: { id, verificationStatus, verificationNote }, source }) => ({
      statementId: id,
      status: verificationStatus,
      wording: verificationNote,
      sourceId: source !== undefined && verificationNote !== null && source.text.includes(verificationNote) ? source.id : null,
    })),
    stamp,
  );
}
