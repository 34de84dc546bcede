import type { WriteTransaction } from '../db/database.js';
import { moveAssessments, referencesTo, relationshipProperties, relationshipsWithProperties } from '../data/merges.js';
import { lockNameKeys } from '../data/name-keys.js';
import { deleteNode, upsertNodes } from '../data/node-writes.js';
import { CycleError, upsertRelationships } from '../data/relationship-writes.js';
import { currentIds, retireId } from '../data/retired-ids.js';
import { appendRevisions } from '../data/revisions.js';
import { keptApartId, kindOfId, relationshipId } from '../model/ids.js';
import type { ActorKind } from '../model/kinds.js';
import { spellingKeys } from '../model/names.js';
import { InvalidInput } from '../model/problems.js';
import type { ActorRecord, StatementRecord, WriteStamp } from '../model/records.js';
import { lockNodeOfKind, readNodeOfKind } from './nodes.js';
import { joinedEntity } from './resolution.js';
import { documentEntityOf, storeEntities } from './stored-entities.js';

export type Merge = Readonly<{ statement: StatementRecord; retiredId: string; movedRelationships: number; keptApart: readonly string[] }>;
export type EntityMerge = Readonly<{ entity: ActorRecord; retiredId: string; movedRelationships: number; keptApart: readonly string[] }>;

/**
 * Merges a statement found to be the same claim into the one to keep: every relationship of the retired statement
 * (its claims, confirmations, disputes, appearances in sources, mentions, the blames laid in it and its relations to
 * other statements) and its assessments move to the kept one, as `moveRelationships` says. A relation between the two
 * would join the kept statement to itself, and is left to be deleted with the retired one, in its history.
 */
export async function mergeStatements(transaction: WriteTransaction, stamp: WriteStamp, keep: string, retire: string): Promise<Merge> {
  await refuseMerge(transaction, 'statement', keep, retire);
  await lockNodeOfKind(transaction, 'Statement', keep);
  await lockNodeOfKind(transaction, 'Statement', retire);
  const { moved, keptApart } = await moveRelationships(transaction, stamp, keep, retire);
  await moveAssessments(transaction, retire, keep);
  await retireNode(transaction, stamp, 'Statement', keep, retire);
  return { statement: await readNodeOfKind(transaction, 'Statement', keep), retiredId: retire, movedRelationships: moved, keptApart };
}

/**
 * Merges a person or organisation found to be another into it: every relationship moves to the kept one, as
 * `moveRelationships` says, and so does every property that names the retired one (an inference's `inferredBy`, a
 * source's `publishedBy`). The kept one keeps its name and gains every name, spelling, alias and external id of the
 * retired one, so that search and resolution find it by each of them. Two entities joined by a relationship are
 * refused: a merged entity cannot blame, oppose or be part of itself, and a person should remove that relationship knowingly.
 */
export async function mergeEntities(transaction: WriteTransaction, stamp: WriteStamp, keep: string, retire: string): Promise<EntityMerge> {
  const kind = kindOfId(keep) as ActorKind;
  if (kindOfId(retire) !== kind) throw new InvalidInput('retire', `a ${kindOfId(retire)} cannot be merged into a ${kind}: both must be of one kind`);
  await refuseMerge(transaction, kind.toLowerCase(), keep, retire);
  const kept = documentEntityOf(await lockNodeOfKind(transaction, kind, keep), kind)!;
  const retired = documentEntityOf(await lockNodeOfKind(transaction, kind, retire), kind)!;
  const { moved, keptApart, between } = await moveRelationships(transaction, stamp, keep, retire).catch((error: unknown) => {
    // Two organisations each part of the other's parts would make a cycle once they are one.
    throw error instanceof CycleError ? new InvalidInput('retire', `merging would close a cycle: ${error.message}`) : error;
  });
  if (between.length > 0) {
    throw new InvalidInput('retire', `${retire} and ${keep} are joined by ${between.join(', ')}; remove that first: a merged entity cannot be tied to itself`);
  }
  const { inferences, publishedSources } = await referencesTo(transaction, retire);
  for (const { type, id, from, to } of inferences) await upsertRelationships(transaction, type, [{ id, from, to, properties: { inferredBy: keep } }], stamp);
  await upsertNodes(transaction, 'Source', publishedSources.map((id) => ({ id, properties: { publishedBy: keep } })), stamp);
  await retireNode(transaction, stamp, kind, keep, retire);
  const joined = joinedEntity(kept, retired);
  await lockNameKeys(transaction, [...spellingKeys(joined).keys()]);
  await storeEntities(transaction, [{ entity: joined, before: kept }], stamp);
  return { entity: await readNodeOfKind(transaction, kind, keep), retiredId: retire, movedRelationships: moved, keptApart };
}

/** Refuses a merge of a node with itself, or one that names an id retired already. */
async function refuseMerge(transaction: WriteTransaction, noun: string, keep: string, retire: string): Promise<void> {
  if (keep === retire) throw new InvalidInput('retire', `a ${noun} cannot be merged into itself`);
  const current = await currentIds(transaction, [keep, retire]);
  for (const [field, id] of [['keep', keep], ['retire', retire]] as const) {
    const now = current.get(id);
    if (now !== undefined && now !== id) throw new InvalidInput(field, `"${id}" was merged into ${now} already; name ${now} instead`);
  }
}

/**
 * Moves every relationship of the retired node to the kept one. Where the kept one has that relationship already (same
 * type and ends, and the same blame statement or quote offset), the two become one when no property holds two different
 * values, the kept one gaining what it lacked. When one does, both stay: the moved one under an id that says where it
 * came from ("claims:person:a->statement:s+person:b"), so that nothing either held is lost or overwritten.
 * Relationships between the two nodes are not moved, and are returned as `between`.
 */
async function moveRelationships(
  transaction: WriteTransaction,
  stamp: WriteStamp,
  keep: string,
  retire: string,
): Promise<{ moved: number; keptApart: string[]; between: string[] }> {
  const swap = (id: string) => (id === retire ? keep : id);
  const between: string[] = [];
  const keptApart: string[] = [];
  let moved = 0;
  for (const relationship of await relationshipsWithProperties(transaction, retire)) {
    const { type, properties } = relationship;
    const from = swap(relationship.from);
    const to = swap(relationship.to);
    if (from === to) {
      between.push(relationship.id);
      continue;
    }
    const statement = typeof properties['statementId'] === 'string' ? properties['statementId'] : undefined;
    const start = typeof properties['start'] === 'number' ? properties['start'] : undefined;
    // An id that already says where it came from keeps saying so.
    const origin = relationship.id.slice(relationshipId({ type, from: relationship.from, to: relationship.to, statement, start }).length);
    const id = `${relationshipId({ type, from, to, statement: statement && swap(statement), start })}${origin}`;
    const moving = statement ? { ...properties, statementId: swap(statement) } : properties;
    const existing = await relationshipProperties(transaction, type, id);
    if (existing && !compatible(existing, moving)) {
      const apart = keptApartId(id, retire);
      await upsertRelationships(transaction, type, [{ id: apart, from, to, properties: moving }], stamp);
      keptApart.push(apart);
    } else {
      const missing = existing ? Object.fromEntries(Object.entries(moving).filter(([key]) => existing[key] == null)) : moving;
      await upsertRelationships(transaction, type, [{ id, from, to, properties: missing }], stamp);
    }
    moved += 1;
  }
  return { moved, keptApart, between };
}

/** Whether no property holds a value in both that differs. */
function compatible(existing: Readonly<Record<string, unknown>>, moving: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(moving).every(([key, value]) => existing[key] == null || value == null || JSON.stringify(existing[key]) === JSON.stringify(value));
}

/** Deletes the retired node, with a revision in each history that names the other, and leaves its id answering as the kept one. */
async function retireNode(transaction: WriteTransaction, stamp: WriteStamp, kind: 'Statement' | ActorKind, keep: string, retire: string): Promise<void> {
  await appendRevisions(transaction, [{ targetId: retire, action: 'UPDATE', changes: [{ field: 'mergedInto', from: null, to: keep }] }], stamp);
  await deleteNode(transaction, kind, retire, stamp);
  await retireId(transaction, retire, keep, stamp);
  await appendRevisions(transaction, [{ targetId: keep, action: 'UPDATE', changes: [{ field: 'mergedFrom', from: null, to: retire }] }], stamp);
}
