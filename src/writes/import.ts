import { Neo4jError } from 'neo4j-driver';
import type { QueryRunner, WriteTransaction } from '../db/database.js';
import type { ClaimgraphDocument } from '../model/document.js';
import { relationshipId } from '../model/ids.js';
import { relationshipTypes, structuralTypes } from '../model/kinds.js';
import { InvalidInput } from '../model/failures.js';
import type { WriteStamp } from '../model/records.js';
import type { WriteOutcome } from '../data/node-writes.js';
import { recordReview, type Reviewer } from './attribution-decisions.js';
import { requireQuotesLocated, writeRelationships } from './relationships.js';
import { AmbiguousEntityError, type Resolution, resolveEntities } from './resolution.js';
import { writeSources } from './sources.js';
import { requireStructuralSources } from './structural-sources.js';
import { refreshCountsOf, writeStatements } from './statements.js';

export type WriteCounts = Readonly<{ created: number; updated: number; unchanged: number }>;

export type ImportedDocument = Readonly<{
  /** Position of the document in the list imported. */
  index: number;
  sourceId: string;
  /** Per entity of the document: created, or matched by id or by name, and to which node. */
  entities: readonly Resolution[];
  /** The source, entities and statements. */
  nodes: WriteCounts;
  relationships: WriteCounts;
}>;

export type FailedDocument = Readonly<{ index: number; sourceId: string; error: unknown }>;

export type ImportResult = Readonly<{
  dryRun: boolean;
  imported: readonly ImportedDocument[];
  failed: readonly FailedDocument[];
}>;

/** What runs the import's transactions: a QueryRunner, or an API request's write, applied once under its idempotency key. */
export type TransactionWriter = Pick<QueryRunner, 'write'>;

export type ImportOptions = Readonly<{
  /** Recorded as createdBy and updatedBy; "import" by default. */
  author?: string;
  /** Report what the import would do, and write nothing. */
  dryRun?: boolean;
  /** Who decided what a document's review holds: the author, with no role, by default. */
  reviewer?: Reviewer;
  /** Documents share a transaction up to about this many nodes and relationships (default 10000). */
  rowsPerTransaction?: number;
  /** Called after each transaction with the number of documents done. */
  onProgress?: (done: number, total: number) => void;
}>;

type Numbered = Readonly<{ document: ClaimgraphDocument; index: number }>;

const defaultRowsPerTransaction = 10_000;
const constraintRaceAttempts = 3;

/**
 * Imports parsed documents. Each lands whole or not at all: documents are written a batch to a
 * transaction, in UNWIND statements per label and type, and when a batch fails its documents are
 * tried again one by one, so one bad document fails alone. Importing a document again changes nothing.
 */
export async function importDocuments(
  runner: TransactionWriter,
  documents: readonly ClaimgraphDocument[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const numbered = documents.map((document, index) => ({ document, index }));
  const author = options.author ?? 'import';
  const reviewer = options.reviewer ?? { name: author, role: null };
  if (options.dryRun) return dryRun(runner, numbered, author, reviewer, options.onProgress);

  const imported: ImportedDocument[] = [];
  const failed: FailedDocument[] = [];
  let done = 0;
  for (const batch of batches(numbered, options.rowsPerTransaction ?? defaultRowsPerTransaction)) {
    try {
      imported.push(...(await writeRetryingConstraintRaces(runner, (transaction) => importBatch(transaction, batch, stampOf(author), reviewer))));
    } catch (error) {
      if (batch.length === 1) failed.push(failure(batch[0]!, error));
      else {
        for (const one of batch) {
          try {
            imported.push(...(await writeRetryingConstraintRaces(runner, (transaction) => importBatch(transaction, [one], stampOf(author), reviewer))));
          } catch (singleError) {
            failed.push(failure(one, singleError));
          }
        }
      }
    }
    done += batch.length;
    options.onProgress?.(done, numbered.length);
  }
  return { dryRun: false, imported: imported.sort((left, right) => left.index - right.index), failed };
}

/** All documents in one transaction that is rolled back: the report of a real import, nothing written. */
async function dryRun(
  runner: TransactionWriter,
  numbered: readonly Numbered[],
  author: string,
  reviewer: Reviewer,
  onProgress: ImportOptions['onProgress'],
): Promise<ImportResult> {
  return rollingBack(runner, async (transaction) => {
    const imported: ImportedDocument[] = [];
    const failed: FailedDocument[] = [];
    for (const one of numbered) {
      try {
        imported.push(...(await importBatch(transaction, [one], stampOf(author), reviewer)));
      } catch (error) {
        // A database error leaves the transaction unusable; a document's own problem does not.
        if (error instanceof Neo4jError) throw error;
        failed.push(failure(one, error));
      }
      onProgress?.(one.index + 1, numbered.length);
    }
    return { dryRun: true, imported, failed };
  });
}

async function importBatch(transaction: WriteTransaction, batch: readonly Numbered[], stamp: WriteStamp, reviewer: Reviewer): Promise<ImportedDocument[]> {
  const resolutions = await resolveEntities(
    transaction,
    batch.flatMap(({ document }) => document.entities),
    stamp,
  );
  let taken = 0;
  const resolutionsOf = batch.map(({ document }) => resolutions.slice(taken, (taken += document.entities.length)));

  const sourceOutcomes = await writeSources(transaction, stamp, batch.map(({ document }) => document.source));
  const statementRows = batch.flatMap(({ document }, position) => document.statements.map((statement) => ({ position, statement })));
  const statementOutcomes = await writeStatements(
    transaction,
    stamp,
    statementRows.map(({ position, statement }) => ({ statement, source: batch[position]!.document.source })),
  );

  const resolvers = resolutionsOf.map((resolutions) => {
    const resolvedId = new Map(resolutions.map((resolution) => [resolution.givenId, resolution.id]));
    return (id: string) => resolvedId.get(id) ?? id;
  });
  const edgeRows = batch.flatMap(({ document }, position) => {
    const resolve = resolvers[position]!;
    return document.edges.map((edge, edgeIndex) => {
      const change = { ...edge, from: resolve(edge.from), to: resolve(edge.to) };
      return { position, edgeIndex, change, id: relationshipId(change) };
    });
  });
  const edgesOfType = new Map(relationshipTypes.map((type) => [type, edgeRows.filter(({ change }) => change.type === type)]));
  const edgeOutcomes = batch.map((): WriteOutcome[] => []);
  const createdEdges = new Set<string>();
  for (const type of relationshipTypes) {
    const ofType = edgesOfType.get(type)!;
    const changes = ofType.map(({ change }) => change);
    const outcomes = await writeRelationships(transaction, stamp, type, changes, (index) => `edges.${ofType[index]!.edgeIndex}`, {
      countsRefreshedByCaller: true,
    });
    if (outcomes.length !== ofType.length) throw new MissingEndError(type, ofType, outcomes);
    outcomes.forEach((outcome, row) => {
      edgeOutcomes[ofType[row]!.position]!.push(outcome);
      if (outcome.created) createdEdges.add(outcome.id);
    });
  }
  // Once for the batch: its new statements, and the statements its edges count in, whichever document holds them.
  await refreshCountsOf(
    transaction,
    statementOutcomes.filter((outcome) => outcome.created).map(({ id }) => id),
    edgeRows.map(({ change }) => change),
  );
  // After every type is written, so that the sources reporting each statement are in place. A relationship this
  // batch created without a quote has none to find.
  for (const type of relationshipTypes) {
    const ofType = edgesOfType.get(type)!.filter(({ change, id }) => change.quote != null || !createdEdges.has(id));
    await requireQuotesLocated(
      transaction,
      type,
      ofType.map(({ id }) => id),
      (index) => `edges.${ofType[index]!.edgeIndex}.quote`,
    );
  }
  for (const type of structuralTypes) {
    const ofType = edgesOfType.get(type)!.filter(({ change }) => change.sources != null);
    const edgeOf = new Map(ofType.map(({ id, edgeIndex }) => [id, edgeIndex]));
    await requireStructuralSources(transaction, type, ofType.map(({ id }) => id), (id) => `edges.${edgeOf.get(id)}.sources`);
  }

  for (const [position, { document }] of batch.entries()) await recordReview(transaction, document, resolvers[position]!, reviewer, stamp);

  const statementOutcomesOf = batch.map((): WriteOutcome[] => []);
  statementRows.forEach(({ position }, ordinal) => statementOutcomesOf[position]!.push(statementOutcomes[ordinal]!));
  return batch.map(({ document, index }, position) => {
    const entities = resolutionsOf[position]!;
    const entityOutcomes = entities.map((resolution) => ({
      id: resolution.id,
      created: resolution.outcome === 'CREATED',
      updated: resolution.updated,
    }));
    return {
      index,
      sourceId: document.source.id,
      entities,
      nodes: counts([sourceOutcomes[position]!, ...entityOutcomes, ...statementOutcomesOf[position]!]),
      relationships: counts(edgeOutcomes[position]!),
    };
  });
}

class MissingEndError extends Error {
  constructor(type: string, rows: readonly Readonly<{ id: string }>[], outcomes: readonly WriteOutcome[]) {
    const written = new Set(outcomes.map((outcome) => outcome.id));
    const missing = rows.filter((row) => !written.has(row.id)).map((row) => row.id);
    super(`${type} relationships whose ends are not in the graph: ${missing.slice(0, 5).join(', ')}`);
  }
}

function counts(outcomes: readonly Pick<WriteOutcome, 'created' | 'updated'>[]): WriteCounts {
  const created = outcomes.filter((outcome) => outcome.created).length;
  const updated = outcomes.filter((outcome) => !outcome.created && outcome.updated).length;
  return { created, updated, unchanged: outcomes.length - created - updated };
}

function rowsOf(document: ClaimgraphDocument): number {
  return 1 + document.entities.length + document.statements.length + document.edges.length;
}

function* batches(numbered: readonly Numbered[], rowsPerTransaction: number): Generator<Numbered[]> {
  let batch: Numbered[] = [];
  let rows = 0;
  for (const one of numbered) {
    if (batch.length > 0 && rows + rowsOf(one.document) > rowsPerTransaction) {
      yield batch;
      batch = [];
      rows = 0;
    }
    batch.push(one);
    rows += rowsOf(one.document);
  }
  if (batch.length > 0) yield batch;
}

function stampOf(author: string): WriteStamp {
  return { author, at: new Date().toISOString() };
}

/** A document that failed, with a problem of one of its entities named by its place in the document. */
function failure(one: Numbered, error: unknown): FailedDocument {
  if (!(error instanceof AmbiguousEntityError)) return { index: one.index, sourceId: one.document.source.id, error };
  const entity = one.document.entities.findIndex(({ id }) => id === error.entity.id);
  return { index: one.index, sourceId: one.document.source.id, error: new InvalidInput(`entities.${entity}`, error.problem) };
}

/**
 * MERGE on a uniquely constrained key makes a concurrent creator wait and then match, and the driver
 * retries deadlocks; a constraint violation that still slips through a race is retried here, and the
 * retry finds what the other transaction created.
 */
async function writeRetryingConstraintRaces<Result>(
  runner: TransactionWriter,
  work: (transaction: WriteTransaction) => Promise<Result>,
): Promise<Result> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runner.write(work);
    } catch (error) {
      const race = error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
      if (!race || attempt >= constraintRaceAttempts) throw error;
    }
  }
}

class Rollback<Result> extends Error {
  constructor(readonly result: Result) {
    super('Rolled back on purpose: a dry run.');
  }
}

async function rollingBack<Result>(runner: TransactionWriter, work: (transaction: WriteTransaction) => Promise<Result>): Promise<Result> {
  try {
    await runner.write(async (transaction) => {
      throw new Rollback(await work(transaction));
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result as Result;
    throw error;
  }
  throw new Error('A dry run must end in a rollback.');
}
