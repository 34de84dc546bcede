import type { WriteTransaction } from '../db/database.js';
import {
  deleteNode,
  existingIds,
  lockNodes,
  nodesInTransaction,
  type RemovedRelationship,
  relationshipsTouching,
  upsertNodes,
} from '../data/node-writes.js';
import type { NodeKind } from '../model/kinds.js';
import { InvalidInput, MissingNode } from '../model/failures.js';
import type { NodeRecord, RecordOfKind, WriteStamp } from '../model/records.js';


/** The node with this id and kind, locked for the rest of the transaction; MissingNode otherwise. */
export async function lockNodeOfKind<Kind extends NodeKind>(transaction: WriteTransaction, kind: Kind, id: string): Promise<RecordOfKind<Kind>> {
  return ofKind(kind, id, (await lockNodes(transaction, [id])).get(id));
}

/** The node with this id and kind as this transaction sees it; MissingNode otherwise. */
export async function readNodeOfKind<Kind extends NodeKind>(transaction: WriteTransaction, kind: Kind, id: string): Promise<RecordOfKind<Kind>> {
  return ofKind(kind, id, (await nodesInTransaction(transaction, [id])).get(id));
}

function ofKind<Kind extends NodeKind>(kind: Kind, id: string, node: NodeRecord | undefined): RecordOfKind<Kind> {
  if (node?.kind !== kind) throw new MissingNode(id);
  return node as RecordOfKind<Kind>;
}

/** Creates a node of this kind; refuses an id that is taken. */
export async function createNodeOfKind<Kind extends NodeKind>(
  transaction: WriteTransaction,
  stamp: WriteStamp,
  kind: Kind,
  id: string,
  properties: Record<string, unknown>,
): Promise<RecordOfKind<Kind>> {
  if ((await existingIds(transaction, [id])).has(id)) throw new InvalidInput('id', `"${id}" is taken; give another id`);
  await upsertNodes(transaction, kind, [{ id, properties }], stamp);
  return readNodeOfKind(transaction, kind, id);
}

/** Writes a node's new properties (only when they differ) and reads it back. */
export async function updateNodeOfKind<Kind extends NodeKind>(
  transaction: WriteTransaction,
  stamp: WriteStamp,
  kind: Kind,
  id: string,
  properties: Record<string, unknown>,
): Promise<RecordOfKind<Kind>> {
  await upsertNodes(transaction, kind, [{ id, properties }], stamp);
  return readNodeOfKind(transaction, kind, id);
}

export type Deletion = Readonly<{ deletedId: string; removedRelationships: readonly RemovedRelationship[] }>;

/**
 * Deletes a node. While relationships still touch it (or, for a statement, blames are laid in it) it refuses,
 * naming them, unless `cascade` is set, which removes them too and reports each.
 */
export async function deleteNodeOfKind(
  transaction: WriteTransaction,
  stamp: WriteStamp,
  kind: NodeKind,
  id: string,
  cascade: boolean,
): Promise<Deletion> {
  await lockNodeOfKind(transaction, kind, id);
  const touching = await relationshipsTouching(transaction, id);
  if (touching.length > 0 && !cascade) {
    const listed = touching.slice(0, 3).map((relationship) => relationship.id).join(', ');
    throw new InvalidInput(
      'cascade',
      `"${id}" still has ${touching.length} relationship(s) (${listed}${touching.length > 3 ? ', …' : ''}); ` +
        'remove them first, or pass cascade: true (admin only) to remove them with it',
    );
  }
  await deleteNode(transaction, kind, id, stamp);
  return { deletedId: id, removedRelationships: touching };
}

/** A change to an optional field: left out keeps the current value, null clears it. */
export function changed<Value>(change: Value | null | undefined, current: Value | null): Value | undefined {
  return change === undefined ? (current ?? undefined) : (change ?? undefined);
}

/** A change to a required field: null is refused, naming the field. */
export function changedRequired<Value>(field: string, change: Value | null | undefined, current: Value): Value {
  if (change === null) throw new InvalidInput(field, 'cannot be removed');
  return change ?? current;
}
