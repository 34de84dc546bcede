import type { QueryRunner, WriteTransaction } from '../db/database.js';
import type { WriteStamp } from '../model/records.js';
import { changesAsFields, type FieldChange } from './revision-changes.js';

export const revisionActions = ['CREATE', 'UPDATE', 'DELETE'] as const;
export type RevisionAction = (typeof revisionActions)[number];


/** One write to a node or relationship: who made it, when, and what it changed. */
export type RevisionRecord = Readonly<{
  targetId: string;
  at: string;
  by: string;
  action: RevisionAction;
  changes: readonly FieldChange[];
}>;

/**
 * Stored keys a revision leaves out: the id, which names the target, the provenance stamps, which the revision
 * itself records, and the search keys, which are computed from the names.
 */
const unrecordedKeys = new Set(['id', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'searchText', 'foldedNames']);

/** The changes worth recording, in field order; a write that changes nothing recorded makes no revision. */
export function recordedChanges(changes: readonly FieldChange[]): FieldChange[] {
  return changes
    .filter((change) => !unrecordedKeys.has(change.field) && (change.from ?? null) !== (change.to ?? null))
    .map((change) => ({ field: change.field, from: change.from ?? null, to: change.to ?? null }))
    .sort((a, b) => a.field.localeCompare(b.field));
}

/** Every stored property of something deleted, as a change from its value to nothing. */
export const deletedProperties = (properties: Record<string, unknown>): FieldChange[] =>
  Object.entries(properties).map(([field, from]) => ({ field, from, to: null }));

export type PendingRevision = Readonly<{ targetId: string; action: RevisionAction; changes: readonly FieldChange[] }>;

/**
 * Appends one revision per write, in the transaction that made the writes, so that a write and its record
 * commit together or not at all. Revisions are not labelled Node: they are about the graph, not part of it.
 * `changes` is stored as JSON, since a property cannot hold a list of maps.
 */
export async function appendRevisions(
  transaction: WriteTransaction,
  revisions: readonly PendingRevision[],
  stamp: WriteStamp,
): Promise<void> {
  const rows = revisions
    .map((revision) => ({ ...revision, changes: recordedChanges(revision.changes) }))
    .filter((revision) => revision.action !== 'UPDATE' || revision.changes.length > 0)
    .map((revision) => ({ targetId: revision.targetId, action: revision.action, changes: JSON.stringify(revision.changes) }));
  if (rows.length === 0) return;
  await transaction.run(
    `UNWIND $rows AS row
     CREATE (:Revision {targetId: row.targetId, at: $at, by: $author, action: row.action, changes: row.changes})`,
    { rows, at: stamp.at, author: stamp.author },
  );
}

/** Each id's revisions, oldest first, their changes named as the API's fields: of a node or relationship, or of one that was deleted. */
export async function revisionsOfTargets(runner: QueryRunner, ids: readonly string[]): Promise<RevisionRecord[][]> {
  const rows = await runner.read<{ targetId: string; at: string; by: string; action: RevisionAction; changes: string }>(
    `MATCH (revision:Revision) WHERE revision.targetId IN $ids
     RETURN revision.targetId AS targetId, revision.at AS at, revision.by AS by, revision.action AS action,
            revision.changes AS changes
     ORDER BY revision.at, elementId(revision)`,
    { ids: [...new Set(ids)] },
  );
  const byTarget = new Map<string, RevisionRecord[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    byTarget.get(row.targetId)?.push({ ...row, changes: changesAsFields(JSON.parse(row.changes) as FieldChange[]) });
  }
  return ids.map((id) => byTarget.get(id) ?? []);
}
