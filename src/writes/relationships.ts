import type { WriteTransaction } from '../db/database.js';
import { type RelationshipChange, type UpdatableProperty, type StoredRelationship, storedRelationship } from '../data/document-properties.js';
import { nodesInTransaction } from '../data/node-writes.js';
import { changedProperties, CycleError, relationshipById, removeRelationship, upsertRelationships } from '../data/relationship-writes.js';
import type { DocumentEdge } from '../model/document.js';
import { basisProblems, periodProblems, quoteProblem, selfLoopProblem } from '../model/fields.js';
import { relationshipId } from '../model/ids.js';
import { relationshipEnds } from '../model/kinds.js';
import { locateQuotes, relocateQuotes } from '../data/quote-locations.js';
import { InvalidInput, MissingNode, MissingRelationship } from '../model/problems.js';
import type { RelationshipRecord, SourceRecord, WriteStamp } from '../model/records.js';
import { requireTieSources } from './tie-sources.js';

/** Why a claim's, confirmation's or dispute's quote is refused: the words must be a source's, word for word. */
export const quoteNotFound =
  'is not in the text of any source that reports the statement; give the words exactly as a source has them, after adding that source\'s quote of the statement';

/** Which field of the caller's input holds each end of a relationship, so that a problem can name it. */
export type EndFields = Readonly<{ from: string; to: string }>;

export type AddedRelationship = Readonly<{ relationship: RelationshipRecord; created: boolean; updatedProperties: readonly UpdatableProperty[] }>;

/**
 * Adds a relationship, or brings an equal one (same type, ends and, for a blame its statement, for a quote its
 * start) up to date with the properties given, keeping those left out: a repeated relationship merges instead of
 * doubling. Ends must exist and be of the kinds its type joins; a quote must equal its source's text between its
 * offsets; a part-of or located-in relationship may not close a cycle.
 */
export async function addRelationship(
  transaction: WriteTransaction,
  stamp: WriteStamp,
  change: RelationshipChange,
  fields: EndFields = { from: 'from', to: 'to' },
): Promise<AddedRelationship> {
  const selfLoop = selfLoopProblem(change);
  if (selfLoop) throw new InvalidInput(fields.to, selfLoop);
  const [shape] = [...periodProblems(change), ...basisProblems(change)];
  if (shape) throw new InvalidInput(shape.field, shape.message);
  const referenced = [change.from, change.to, ...(change.statement ? [change.statement] : []), ...(change.inferredBy ? [change.inferredBy] : [])];
  const nodes = await nodesInTransaction(transaction, referenced);
  const missing = referenced.find((id) => !nodes.has(id));
  if (missing) throw new MissingNode(missing);
  for (const end of ['from', 'to'] as const) {
    const kinds = relationshipEnds[change.type][end];
    const node = nodes.get(change[end])!;
    if (!kinds.includes(node.kind)) {
      throw new InvalidInput(fields[end], `"${node.id}" is a ${node.kind}; a ${change.type} relationship needs a ${kinds.join(' or ')} there`);
    }
  }
  const reasoner = change.inferredBy ? nodes.get(change.inferredBy) : undefined;
  if (reasoner && reasoner.kind !== 'Person' && reasoner.kind !== 'Organisation') {
    throw new InvalidInput('inferredBy', `"${reasoner.id}" is a ${reasoner.kind}; an inference is a person's or organisation's`);
  }
  if (change.type === 'REPORTED_IN') {
    // The kinds were checked above: the relationship's target is a source.
    const problem = sourceQuoteProblem(nodes.get(change.to) as SourceRecord, change);
    if (problem) throw new InvalidInput(problem.field, problem.message);
  }
  const row: StoredRelationship = storedRelationship(change);
  const before = await relationshipById(transaction, change.type, row.id);
  const [outcome] = await upsertRelationships(transaction, change.type, [row], stamp).catch((error: unknown) => {
    throw error instanceof CycleError ? new InvalidInput(fields.to, error.message) : error;
  });
  if ((await locateQuotes(transaction, change.type, [row.id])).length > 0) throw new InvalidInput('quote', quoteNotFound);
  await requireTieSources(transaction, change.type, [row.id], () => 'sources');
  const relationship = await relationshipById(transaction, change.type, row.id);
  if (!outcome || !relationship) throw new Error(`The ${change.type} relationship ${row.id} was not written.`);
  return { relationship, created: outcome.created, updatedProperties: before ? changedProperties(before, relationship) : [] };
}

/** What is wrong with a source quote: a missing quote or offset, or words that are not the source text between them. */
function sourceQuoteProblem(source: SourceRecord, change: RelationshipChange): { field: string; message: string } | undefined {
  const { quote, start, end } = change;
  if (quote == null) return { field: 'quote', message: 'a source quote needs its words' };
  if (start === undefined) return { field: 'start', message: 'a source quote needs its start' };
  if (end == null) return { field: 'end', message: 'a source quote needs its end' };
  return quoteProblem(source.text, { quote, start, end });
}

/** Removes the relationship these ends (and statement or start) identify; MissingRelationship when there is none. Returns it as it was. */
export async function removeRelationshipOf(
  transaction: WriteTransaction,
  stamp: WriteStamp,
  change: Pick<DocumentEdge, 'type' | 'from' | 'to' | 'statement' | 'start'>,
): Promise<RelationshipRecord> {
  const id = relationshipId(change);
  const removed = await removeRelationship(transaction, change.type, id, stamp);
  if (!removed) throw new MissingRelationship(change.type, id);
  if (change.type === 'REPORTED_IN' && (await relocateQuotes(transaction, { statement: change.from })) > 0) {
    throw new InvalidInput('source', 'the statement\'s claims, confirmations or disputes quote this source and no other: remove or change those quotes first');
  }
  return removed;
}
