import type { WriteTransaction } from '../db/database.js';
import { type RelationshipChange, type UpdatableProperty, storedRelationship } from '../data/document-properties.js';
import { nodesInTransaction, type WriteOutcome } from '../data/node-writes.js';
import { changedProperties, CycleError, relationshipById, relationshipIdsBetween, removeRelationship, upsertRelationships } from '../data/relationship-writes.js';
import type { DocumentEdge } from '../model/document.js';
import { hasEndsOf, relationshipId } from '../model/ids.js';
import type { RelationshipType } from '../model/kinds.js';
import { relationshipProblems } from '../model/relationship-rule.js';
import { locateQuotes, relocateQuotes } from '../data/quote-locations.js';
import { InvalidInput, MissingNode, MissingRelationship } from '../model/failures.js';
import type { RelationshipRecord, WriteStamp } from '../model/records.js';
import { requireStructuralSources } from './structural-sources.js';

/** Why a claim's, confirmation's or dispute's quote is refused: the words must be a source's, word for word. */
export const quoteNotFound =
  'is not in the text of any source that reports the statement; give the words exactly as a source has them, after adding that source\'s quote of the statement';

/** Which field of the caller's input holds each end of a relationship, so that a problem can name it. */
export type EndFields = Readonly<{ from: string; to: string }>;

export type AddedRelationship = Readonly<{ relationship: RelationshipRecord; created: boolean; updatedProperties: readonly UpdatableProperty[] }>;

/**
 * Adds a relationship, or brings an equal one (same type, ends and, for a blame its statement, for a quote its
 * start) up to date with the properties given, keeping those left out: a repeated relationship merges instead of
 * doubling. Its nodes must exist, and it must satisfy the relationship rule; a quote must stand in a source that
 * reports its statement; a part-of or located-in relationship may not close a cycle.
 */
export async function addRelationship(
  transaction: WriteTransaction,
  stamp: WriteStamp,
  change: RelationshipChange,
  fields: EndFields = { from: 'from', to: 'to' },
): Promise<AddedRelationship> {
  const referenced = [change.from, change.to, ...(change.statement ? [change.statement] : []), ...(change.inferredBy ? [change.inferredBy] : [])];
  const nodes = await nodesInTransaction(transaction, referenced);
  const missing = referenced.find((id) => !nodes.has(id));
  if (missing) throw new MissingNode(missing);
  const [problem] = relationshipProblems(change, (id) => nodes.get(id));
  if (problem) throw new InvalidInput(problem.field === 'from' || problem.field === 'to' ? fields[problem.field] : problem.field, problem.message);
  const id = relationshipId(change);
  const before = await relationshipById(transaction, change.type, id);
  const [outcome] = await writeRelationships(transaction, stamp, change.type, [change], () => fields.to);
  await requireQuotesLocated(transaction, change.type, [id], () => 'quote');
  await requireStructuralSources(transaction, change.type, [id], () => 'sources');
  const relationship = await relationshipById(transaction, change.type, id);
  if (!outcome || !relationship) throw new Error(`The ${change.type} relationship ${id} was not written.`);
  return { relationship, created: outcome.created, updatedProperties: before ? changedProperties(before, relationship) : [] };
}

/**
 * Writes relationships of one type that satisfy the relationship rule, each merged with an equal one. One that would
 * close a cycle of parts or places is refused on the field `fieldOf` names for it. A relationship whose ends are not
 * in the graph is not written, and has no outcome.
 */
export async function writeRelationships(
  transaction: WriteTransaction,
  stamp: WriteStamp,
  type: RelationshipType,
  changes: readonly RelationshipChange[],
  fieldOf: (index: number) => string,
  options: Readonly<{ countsRefreshedByCaller?: boolean }> = {},
): Promise<WriteOutcome[]> {
  const rows = changes.map(storedRelationship);
  return upsertRelationships(transaction, type, rows, stamp, options).catch((error: unknown) => {
    const index = error instanceof CycleError ? rows.findIndex((row) => row.id === error.relationshipId) : -1;
    throw index >= 0 ? new InvalidInput(fieldOf(index), (error as CycleError).message) : error;
  });
}

/**
 * Finds where the quotes of these relationships stand in the sources that report their statements, and refuses the
 * first that no such source holds, on the field `fieldOf` names for it.
 */
export async function requireQuotesLocated(
  transaction: WriteTransaction,
  type: RelationshipType,
  ids: readonly string[],
  fieldOf: (index: number) => string,
): Promise<void> {
  const [lost] = await locateQuotes(transaction, type, ids);
  if (lost !== undefined) throw new InvalidInput(fieldOf(ids.indexOf(lost)), quoteNotFound);
}

/** The one relationship between these ends, kept apart by a merge or not; ends that name several are refused, naming their ids. */
async function onlyRelationshipBetween(
  transaction: WriteTransaction,
  change: Pick<DocumentEdge, 'type' | 'from' | 'to'>,
  base: string,
): Promise<string> {
  const between = await relationshipIdsBetween(transaction, change.type, { id: base, from: change.from, to: change.to });
  if (between.length > 1) {
    throw new InvalidInput('id', `these ends name ${between.length} relationships that a merge kept apart: ${between.join(', ')}; give the id of the one to remove`);
  }
  return between[0] ?? base;
}

/**
 * Removes the relationship these ends (and statement or start) identify; MissingRelationship when there is none. Returns
 * it as it was. Where a merge kept two apart between the same ends (src/model/ids.ts, keptApartId), `id` says which;
 * without it, ends that name more than one are refused, naming their ids, and ends that name one kept apart remove it.
 */
export async function removeRelationshipOf(
  transaction: WriteTransaction,
  stamp: WriteStamp,
  change: Pick<DocumentEdge, 'type' | 'from' | 'to' | 'statement' | 'start'> & Readonly<{ id?: string | null | undefined }>,
): Promise<RelationshipRecord> {
  const base = relationshipId(change);
  if (change.id != null && !hasEndsOf(change.id, base)) {
    throw new InvalidInput('id', `"${change.id}" is not a ${change.type} relationship between these ends, whose ids begin "${base}"`);
  }
  const id = change.id ?? (await onlyRelationshipBetween(transaction, change, base));
  const removed = await removeRelationship(transaction, change.type, id, stamp);
  if (!removed) throw new MissingRelationship(change.type, id);
  if (change.type === 'REPORTED_IN' && (await relocateQuotes(transaction, { statement: change.from })) > 0) {
    throw new InvalidInput('source', 'the statement\'s claims, confirmations or disputes quote this source and no other: remove or change those quotes first');
  }
  return removed;
}
