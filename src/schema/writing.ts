import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { relationshipId, type StoredRelationship, storedRelationship } from '../data/documents.js';
import type { NodeKind, NodeRecord, RelationshipRecord, WriteStamp } from '../data/model.js';
import {
  deleteNode,
  existingIds,
  lockNodes,
  nodesInTransaction,
  type RemovedRelationship,
  relationshipsTouching,
  upsertNodes,
} from '../data/node-writes.js';
import { relationshipById, removeRelationship, upsertRelationships } from '../data/relationship-writes.js';
import type { WriteTransaction } from '../db/database.js';
import { badInput, notFound } from '../errors.js';
import type { DocumentEdge } from '../import/document.js';
import { quoteProblem } from '../import/fields.js';
import type { builder } from './builder.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer SchemaTypes> ? SchemaTypes : never;

/** What `inputFields` of a mutation receives, for input fields shared between mutations. */
export type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** Runs `work` in one write transaction, stamped with the viewer's token name and the moment: it lands whole or not at all. */
export function writeAs<Result>(
  context: Context,
  work: (transaction: WriteTransaction, stamp: WriteStamp) => Promise<Result>,
): Promise<Result> {
  const stamp = { author: authorOf(context), at: new Date().toISOString() };
  return context.runner.write((transaction) => work(transaction, stamp));
}

/** The name provenance records for this request's writes: its token's name. */
export function authorOf(context: Context): string {
  // The scope-auth plugin already refuses writes without a token; this keeps provenance from ever lacking an author.
  if (!context.viewer) throw new GraphQLError('This needs a token.', { extensions: { code: 'UNAUTHENTICATED' } });
  return context.viewer.name;
}

/** The node with this id and kind, locked for the rest of the transaction; NOT_FOUND otherwise. */
export async function lockNodeOfKind<Kind extends NodeKind>(
  transaction: WriteTransaction,
  kind: Kind,
  id: string,
): Promise<Extract<NodeRecord, { kind: Kind }>> {
  const node = (await lockNodes(transaction, [id])).get(id);
  if (node?.kind !== kind) throw notFound(id);
  return node as Extract<NodeRecord, { kind: Kind }>;
}

/**
 * Adds an edge, or brings an equal one (same type, ends and, for a blame its statement, for a quote its
 * start) up to date with the given properties: a repeated edge merges instead of doubling.
 * Ends must exist; a quote must equal its source's text between its offsets.
 */
export async function addRelationship(
  context: Context,
  edge: DocumentEdge,
): Promise<{ relationship: RelationshipRecord; created: boolean }> {
  return writeAs(context, async (transaction, stamp) => {
    const referenced = [edge.from, edge.to, ...(edge.statement ? [edge.statement] : [])];
    const nodes = await nodesInTransaction(transaction, referenced);
    const missing = referenced.find((id) => !nodes.has(id));
    if (missing) throw notFound(missing);
    if (edge.type === 'REPORTED_IN') {
      const source = nodes.get(edge.to);
      const problem =
        source?.kind === 'Source' && edge.quote !== undefined && edge.start !== undefined && edge.end !== undefined
          ? quoteProblem(source.text, { quote: edge.quote, start: edge.start, end: edge.end })
          : undefined;
      if (problem) throw badInput(`input.${problem.field}`, problem.message);
    }
    const row: StoredRelationship = storedRelationship(edge);
    const [outcome] = await upsertRelationships(transaction, edge.type, [row], stamp);
    const relationship = await relationshipById(transaction, edge.type, row.id);
    if (!outcome || !relationship) throw new Error(`The ${edge.type} edge ${row.id} was not written.`);
    return { relationship, created: outcome.created };
  });
}

/** Removes the edge these ends (and statement or start) identify; NOT_FOUND when there is none. Returns it as it was. */
export async function removeRelationshipOf(
  context: Context,
  edge: Pick<DocumentEdge, 'type' | 'from' | 'to' | 'statement' | 'start'>,
): Promise<RelationshipRecord> {
  return writeAs(context, async (transaction) => {
    const id = relationshipId(edge);
    const removed = await removeRelationship(transaction, edge.type, id);
    if (!removed) {
      throw new GraphQLError(`There is no such ${edge.type} relationship: "${id}".`, { extensions: { code: 'NOT_FOUND', id } });
    }
    return removed;
  });
}

export type Deletion = Readonly<{ deletedId: string; removedRelationships: readonly RemovedRelationship[] }>;

/**
 * Deletes a node. While relationships still touch it (or, for a statement, blames are laid in it) it refuses,
 * naming them, unless `cascade` is set, which removes them too and reports each.
 */
export async function deleteNodeOf(context: Context, kind: NodeKind, id: string, cascade: boolean): Promise<Deletion> {
  return writeAs(context, async (transaction) => {
    await lockNodeOfKind(transaction, kind, id);
    const touching = await relationshipsTouching(transaction, id);
    if (touching.length > 0 && !cascade) {
      const listed = touching.slice(0, 3).map((relationship) => relationship.id).join(', ');
      throw badInput(
        'input.cascade',
        `"${id}" still has ${touching.length} relationship(s) (${listed}${touching.length > 3 ? ', …' : ''}); ` +
          'remove them first, or pass cascade: true (admin only) to remove them with it',
      );
    }
    await deleteNode(transaction, kind, id);
    return { deletedId: id, removedRelationships: touching };
  });
}

/** Creates a node of this kind; refuses, naming input.id, an id that is taken. */
export async function createNodeOfKind<Kind extends NodeKind>(
  transaction: WriteTransaction,
  kind: Kind,
  id: string,
  properties: Record<string, unknown>,
  stamp: WriteStamp,
): Promise<Extract<NodeRecord, { kind: Kind }>> {
  if ((await existingIds(transaction, [id])).has(id)) throw badInput('input.id', `"${id}" is taken; give another id`);
  await upsertNodes(transaction, kind, [{ id, properties }], stamp);
  return (await nodesInTransaction(transaction, [id])).get(id) as Extract<NodeRecord, { kind: Kind }>;
}

/** Writes a node's new properties (only when they differ) and reads it back. */
export async function updateNodeOfKind<Kind extends NodeKind>(
  transaction: WriteTransaction,
  kind: Kind,
  id: string,
  properties: Record<string, unknown>,
  stamp: WriteStamp,
): Promise<Extract<NodeRecord, { kind: Kind }>> {
  await upsertNodes(transaction, kind, [{ id, properties }], stamp);
  return (await nodesInTransaction(transaction, [id])).get(id) as Extract<NodeRecord, { kind: Kind }>;
}

/** A change to an optional field: left out keeps the current value, null clears it. */
export function changed<Value>(change: Value | null | undefined, current: Value | null): Value | undefined {
  return change === undefined ? (current ?? undefined) : (change ?? undefined);
}

/** A change to a required field: null is refused, naming the field. */
export function changedRequired<Value>(field: string, change: Value | null | undefined, current: Value): Value {
  if (change === null) throw badInput(`input.${field}`, 'cannot be removed');
  return change ?? current;
}
