import type { WriteTransaction } from '../db/database.js';
import { type RelationshipChange, storedRelationship, updatableProperties } from '../data/document-properties.js';
import { appendRevisions } from '../data/revisions.js';
import { deleteNode, relationshipsTouching } from '../data/node-writes.js';
import { relationshipById, upsertRelationships } from '../data/relationship-writes.js';
import { retireId } from '../data/retired-ids.js';
import { relationshipId } from '../model/ids.js';
import { InvalidInput } from '../model/problems.js';
import type { RelationshipRecord, StatementRecord, WriteStamp } from '../model/records.js';
import { lockNodeOfKind, readNodeOfKind } from './nodes.js';

export type Merge = Readonly<{ statement: StatementRecord; retiredId: string; movedRelationships: number }>;

/**
 * Merges a statement found to be the same claim into the one to keep: every relationship of the retired statement
 * (its claims, confirmations, disputes, appearances in sources, mentions, the blames laid in it and its relations to
 * other statements) is moved to the kept one. Where the kept one already has that relationship, it keeps its own
 * properties and gains only those it lacks, so nothing either held is lost and nothing that differs is overwritten.
 * The retired statement is deleted with a revision, the kept one gains a revision naming the merge, and the retired
 * id keeps answering as the kept statement.
 */
export async function mergeStatements(transaction: WriteTransaction, stamp: WriteStamp, keep: string, retire: string): Promise<Merge> {
  if (keep === retire) throw new InvalidInput('retire', 'a statement cannot be merged into itself');
  await lockNodeOfKind(transaction, 'Statement', keep);
  await lockNodeOfKind(transaction, 'Statement', retire);
  let moved = 0;
  for (const { id, type } of await relationshipsTouching(transaction, retire)) {
    const relationship = await relationshipById(transaction, type, id);
    if (!relationship) continue;
    const change = movedTo(relationship, retire, keep);
    // A relation between the two statements would become one of the kept statement with itself.
    if (change.from === change.to) continue;
    const existing = await relationshipById(transaction, type, relationshipId(change));
    await upsertRelationships(transaction, type, [storedRelationship(existing ? onlyWhatIsMissing(change, existing) : change)], stamp);
    moved += 1;
  }
  await deleteNode(transaction, 'Statement', retire, stamp);
  await retireId(transaction, retire, keep, stamp);
  await appendRevisions(transaction, [{ targetId: keep, action: 'UPDATE', changes: [{ field: 'mergedFrom', from: null, to: retire }] }], stamp);
  return { statement: await readNodeOfKind(transaction, 'Statement', keep), retiredId: retire, movedRelationships: moved };
}

/** A relationship of the retired statement as a write of the same relationship on the kept one. */
function movedTo(relationship: RelationshipRecord, retire: string, keep: string): RelationshipChange {
  const swap = (id: string) => (id === retire ? keep : id);
  return {
    type: relationship.type,
    from: swap(relationship.from.id),
    to: swap(relationship.to.id),
    statement: relationship.statementId ? swap(relationship.statementId) : undefined,
    start: relationship.start ?? undefined,
    end: relationship.end ?? undefined,
    quote: relationship.quote ?? undefined,
    medium: relationship.medium ?? undefined,
    strength: relationship.strength ?? undefined,
    reason: relationship.reason ?? undefined,
    role: relationship.role ?? undefined,
    date: relationship.date?.value,
    since: relationship.since?.value,
    until: relationship.until?.value,
    basis: relationship.basis ?? undefined,
    inferredBy: relationship.inferredBy ?? undefined,
    hedged: relationship.hedged ?? undefined,
    credibility: relationship.credibility ?? undefined,
  };
}

/** The change with only the properties the existing relationship has no value for. */
function onlyWhatIsMissing(change: RelationshipChange, existing: RelationshipRecord): RelationshipChange {
  const missing = { ...change };
  for (const property of updatableProperties) {
    if (existing[property] !== null && existing[property] !== undefined) delete missing[property];
  }
  return missing;
}
