import { createHash } from 'node:crypto';
import type { InputFieldMap, InputShapeFromFields, OutputRef } from '@pothos/core';
import type { Context } from '../context.js';
import { type EdgeChange, type EdgeProperty, type StoredRelationship, storedRelationship } from '../data/document-properties.js';
import { relationshipId } from '../model/ids.js';
import { type NodeKind, relationshipEnds } from '../model/kinds.js';
import {
  type NodeRecord,
  type RelationshipRecord,
  type SourceRecord,
  type WriteStamp,
} from '../model/records.js';
import {
  deleteNode,
  existingIds,
  lockNodes,
  nodesInTransaction,
  type RemovedRelationship,
  relationshipsTouching,
  upsertNodes,
} from '../data/node-writes.js';
import { claimReceipt, completeReceipt } from '../data/receipts.js';
import {
  changedProperties,
  CycleError,
  relationshipById,
  removeRelationship,
  upsertRelationships,
} from '../data/relationship-writes.js';
import type { WriteTransaction } from '../db/database.js';
import { badInput, idempotencyKeyReused, notFound, relationshipNotFound, unauthenticated } from '../errors.js';
import type { DocumentEdge } from '../model/document.js';
import { longText, partialDate, quoteProblem, shortText } from '../model/fields.js';
import { builder } from './builder.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer SchemaTypes> ? SchemaTypes : never;

/** What `inputFields` of a mutation receives, for input fields shared between mutations. */
export type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/**
 * Runs `work` in one write transaction, stamped with the viewer's token name and the moment: it lands whole
 * or not at all. With an idempotency key, the request's n-th write is applied once: a retry of the same
 * request gets what the first attempt's write returned, and the key sent with another request is refused.
 */
export function writeAs<Result>(
  context: Context,
  work: (transaction: WriteTransaction, stamp: WriteStamp) => Promise<Result>,
): Promise<Result> {
  const stamp = { author: authorOf(context), at: new Date().toISOString() };
  context.writeCount.value += 1;
  const { idempotency } = context;
  if (!idempotency) return context.runner.write((transaction) => work(transaction, stamp));
  const receiptKey = createHash('sha256')
    .update(JSON.stringify([stamp.author, idempotency.key, context.writeCount.value]))
    .digest('hex');
  return context.runner.write(async (transaction) => {
    const receipt = await claimReceipt(transaction, receiptKey, idempotency.requestHash, stamp.at);
    if (receipt.requestHash !== idempotency.requestHash) throw idempotencyKeyReused();
    if (receipt.result !== null) return JSON.parse(receipt.result) as Result;
    const result = await work(transaction, stamp);
    await completeReceipt(transaction, receiptKey, JSON.stringify(result ?? null));
    return result;
  });
}

/** The name provenance records for this request's writes: its token's name. */
export function authorOf(context: Context): string {
  // The scope-auth plugin already refuses writes without a token; this keeps provenance from ever lacking an author.
  if (!context.viewer) throw unauthenticated();
  return context.viewer.name;
}

/** The node with this id and kind, locked for the rest of the transaction; NOT_FOUND otherwise. */
export async function lockNodeOfKind<Kind extends NodeKind>(
  transaction: WriteTransaction,
  kind: Kind,
  id: string,
): Promise<Extract<NodeRecord, { kind: Kind }>> {
  return ofKind(kind, id, (await lockNodes(transaction, [id])).get(id));
}

/** The node with this id and kind as this transaction sees it; NOT_FOUND otherwise. */
export async function readNodeOfKind<Kind extends NodeKind>(
  transaction: WriteTransaction,
  kind: Kind,
  id: string,
): Promise<Extract<NodeRecord, { kind: Kind }>> {
  return ofKind(kind, id, (await nodesInTransaction(transaction, [id])).get(id));
}

function ofKind<Kind extends NodeKind>(kind: Kind, id: string, node: NodeRecord | undefined): Extract<NodeRecord, { kind: Kind }> {
  if (node?.kind !== kind) throw notFound(id);
  return node as Extract<NodeRecord, { kind: Kind }>;
}

/** Which input field holds each end of an edge, so that an error can name it. */
export type EndFields = Readonly<{ from: string; to: string }>;

export type AddedRelationship = Readonly<{ relationship: RelationshipRecord; created: boolean; updatedProperties: readonly EdgeProperty[] }>;

/**
 * Adds an edge, or brings an equal one (same type, ends and, for a blame its statement, for a quote its
 * start) up to date with the properties given, keeping those left out: a repeated edge merges instead of doubling.
 * Ends must exist and be of the kinds its type joins; a quote must equal its source's text between its offsets;
 * a part-of or located-in edge may not close a cycle.
 */
export async function addRelationship(context: Context, edge: EdgeChange, fields: EndFields): Promise<AddedRelationship> {
  return writeAs(context, async (transaction, stamp) => {
    const referenced = [edge.from, edge.to, ...(edge.statement ? [edge.statement] : [])];
    const nodes = await nodesInTransaction(transaction, referenced);
    const missing = referenced.find((id) => !nodes.has(id));
    if (missing) throw notFound(missing);
    for (const end of ['from', 'to'] as const) {
      const kinds = relationshipEnds[edge.type][end];
      const node = nodes.get(edge[end])!;
      if (!kinds.includes(node.kind)) {
        throw badInput(`input.${fields[end]}`, `"${node.id}" is a ${node.kind}; a ${edge.type} edge needs a ${kinds.join(' or ')} there`);
      }
    }
    if (edge.type === 'REPORTED_IN') {
      // The kinds were checked above: the edge's target is a source.
      const problem = sourceQuoteProblem(nodes.get(edge.to) as SourceRecord, edge);
      if (problem) throw badInput(`input.${problem.field}`, problem.message);
    }
    const row: StoredRelationship = storedRelationship(edge);
    const before = await relationshipById(transaction, edge.type, row.id);
    const [outcome] = await upsertRelationships(transaction, edge.type, [row], stamp).catch((error: unknown) => {
      throw error instanceof CycleError ? badInput(`input.${fields.to}`, error.message) : error;
    });
    const relationship = await relationshipById(transaction, edge.type, row.id);
    if (!outcome || !relationship) throw new Error(`The ${edge.type} edge ${row.id} was not written.`);
    return { relationship, created: outcome.created, updatedProperties: before ? changedProperties(before, relationship) : [] };
  });
}

/** What is wrong with a source quote: a missing quote or offset, or words that are not the source text between them. */
function sourceQuoteProblem(source: SourceRecord, edge: EdgeChange): { field: string; message: string } | undefined {
  const { quote, start, end } = edge;
  if (quote == null) return { field: 'quote', message: 'a source quote needs its words' };
  if (start === undefined) return { field: 'start', message: 'a source quote needs its start' };
  if (end == null) return { field: 'end', message: 'a source quote needs its end' };
  return quoteProblem(source.text, { quote, start, end });
}

/** Removes the edge these ends (and statement or start) identify; NOT_FOUND when there is none. Returns it as it was. */
export async function removeRelationshipOf(
  context: Context,
  edge: Pick<DocumentEdge, 'type' | 'from' | 'to' | 'statement' | 'start'>,
): Promise<RelationshipRecord> {
  return writeAs(context, async (transaction, stamp) => {
    const id = relationshipId(edge);
    const removed = await removeRelationship(transaction, edge.type, id, stamp);
    if (!removed) throw relationshipNotFound(edge.type, id);
    return removed;
  });
}

/** A field of both payloads of a relationship's mutations: the relationship itself, or one of its ends. */
type PayloadField = Readonly<{
  type: OutputRef<RelationshipRecord | NodeRecord | string>;
  of: 'relationship' | 'from' | 'to';
  /** Its description in the add payload, and in the remove payload. */
  added: string;
  removed: string;
}>;

/** A mutation's name, as written where it is defined, and the descriptions of its input, field and payload. */
type Wording<Name extends string> = Readonly<{ name: Name; input: string; description: string; payload: string }>;

type RelationshipMutationOptions<Ends extends InputFieldMap, Properties extends InputFieldMap> = Readonly<{
  /** The input fields that pick out one edge: its ends, and for a blame its statement, for a quote its start. */
  ends: (t: InputFieldBuilder) => Ends;
  /** What the add mutation takes beyond them. */
  properties?: (t: InputFieldBuilder) => Properties;
  /** The input fields that hold the edge's from and to ends. */
  from: keyof Ends & string;
  to: keyof Ends & string;
  /**
   * The edge an input describes, with a property left out as undefined and one cleared as null;
   * the remove mutation gives only the ends, which are all that identify it.
   */
  edge: (input: InputShapeFromFields<Ends> & Partial<InputShapeFromFields<Properties>>) => EdgeChange;
  /** The payloads' fields, by name; a function, as the types it names may not be defined yet when this runs. */
  payload: () => Readonly<Record<string, PayloadField>>;
  add: Wording<`add${string}`> & Readonly<{ created: string }>;
  remove: Wording<`remove${string}`>;
}>;

/**
 * Defines a relationship's add mutation (which merges a repeated edge, changing only the properties given, and says
 * whether it created one and which properties it changed) and its remove mutation (which returns the edge as it was):
 * both take the same ends, and answer with the same fields.
 */
export function defineRelationshipMutations<Ends extends InputFieldMap, Properties extends InputFieldMap = {}>(
  options: RelationshipMutationOptions<Ends, Properties>,
) {
  type Input = InputShapeFromFields<Ends> & Partial<InputShapeFromFields<Properties>>;
  const endFields: EndFields = { from: options.from, to: options.to };
  const ofRelationship = (relationship: RelationshipRecord, of: PayloadField['of']) =>
    of === 'relationship' ? relationship : relationship[of];
  builder.relayMutationField(
    options.add.name,
    {
      description: options.add.input,
      // The fields' shapes are the caller's; typed here as any input fields, the input is cast back to them.
      inputFields: (t): InputFieldMap => ({ ...options.ends(t), ...options.properties?.(t) }),
    },
    {
      description: options.add.description,
      resolve: (_root, { input }, context) => addRelationship(context, options.edge(input as Input), endFields),
    },
    {
      description: options.add.payload,
      outputFields: (t) => ({
        ...Object.fromEntries(
          Object.entries(options.payload()).map(([name, field]) => [
            name,
            t.field({
              type: field.type as OutputRef<RelationshipRecord | NodeRecord>,
              description: field.added,
              resolve: ({ relationship }) => ofRelationship(relationship, field.of),
            }),
          ]),
        ),
        created: t.exposeBoolean('created', { description: options.add.created }),
        updatedProperties: t.stringList({
          description:
            'The properties that differed on an edge that existed and now hold the values given, as the input names them, ' +
            'e.g. ["medium"]; empty when it was created or already held them, and then its updatedAt and updatedBy stay as they were.',
          resolve: ({ updatedProperties }) => updatedProperties,
        }),
      }),
    },
  );
  builder.relayMutationField(
    options.remove.name,
    { description: options.remove.input, inputFields: (t): InputFieldMap => options.ends(t) },
    {
      description: options.remove.description,
      resolve: (_root, { input }, context) => removeRelationshipOf(context, options.edge(input as Input)),
    },
    {
      description: options.remove.payload,
      outputFields: (t) =>
        Object.fromEntries(
          Object.entries(options.payload()).map(([name, field]) => [
            name,
            t.field({
              type: field.type as OutputRef<RelationshipRecord | NodeRecord>,
              description: field.removed,
              resolve: (removed) => ofRelationship(removed, field.of),
            }),
          ]),
        ),
    },
  );
}

/** Wording that replaces the usual description of a statement tie's date or medium. */
type TieWording = Readonly<Partial<Record<'date' | 'medium', string>>>;

/** The date, medium and quote of a tie to a statement: when and how it was said, and the source's words. */
export function statementTieFields(t: InputFieldBuilder, wording: TieWording = {}) {
  return {
    date: t.string({ description: wording.date ?? 'When: "2023", "2023-05" or "2023-05-17".', validate: partialDate }),
    medium: t.string({ description: wording.medium ?? 'How it was said.', validate: shortText }),
    quote: t.string({ description: 'The words of the source that show it, verbatim.', validate: longText }),
  };
}

/** The edge properties of statementTieFields: one left out keeps what is recorded, a null clears it. */
export function statementTie(input: Readonly<{ date?: string | null; medium?: string | null; quote?: string | null }>) {
  return { date: input.date, medium: input.medium, quote: input.quote };
}

export type Deletion = Readonly<{ deletedId: string; removedRelationships: readonly RemovedRelationship[] }>;

/**
 * Deletes a node. While relationships still touch it (or, for a statement, blames are laid in it) it refuses,
 * naming them, unless `cascade` is set, which removes them too and reports each.
 */
export async function deleteNodeOf(context: Context, kind: NodeKind, id: string, cascade: boolean): Promise<Deletion> {
  return writeAs(context, async (transaction, stamp) => {
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
    await deleteNode(transaction, kind, id, stamp);
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
  return readNodeOfKind(transaction, kind, id);
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
  return readNodeOfKind(transaction, kind, id);
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
