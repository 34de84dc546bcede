import { createHash } from 'node:crypto';
import type { Context } from '../../context.js';
import { claimReceipt, completeReceipt } from '../../data/receipts.js';
import type { WriteTransaction } from '../../db/database.js';
import { idempotencyKeyReused, unauthenticated } from '../../errors.js';
import type { WriteStamp } from '../../model/records.js';
import type { builder } from '../builder.js';
import { codedProblem } from './problems.js';

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
  if (!idempotency) return coded(context.runner.write((transaction) => work(transaction, stamp)));
  const receiptKey = createHash('sha256')
    .update(JSON.stringify([stamp.author, idempotency.key, context.writeCount.value]))
    .digest('hex');
  const idempotentWork = async (transaction: WriteTransaction) => {
    const receipt = await claimReceipt(transaction, receiptKey, idempotency.requestHash, stamp.at);
    if (receipt.requestHash !== idempotency.requestHash) throw idempotencyKeyReused();
    if (receipt.result !== null) return JSON.parse(receipt.result) as Result;
    const result = await work(transaction, stamp);
    await completeReceipt(transaction, receiptKey, JSON.stringify(result ?? null));
    return result;
  };
  return coded(context.runner.write(idempotentWork));
}

/** A write's problems as coded errors naming the mutation's input fields. */
function coded<Result>(write: Promise<Result>): Promise<Result> {
  return write.catch((error: unknown) => {
    throw codedProblem(error, 'input.') ?? error;
  });
}

/** The name provenance records for this request's writes: its token's name. */
export function authorOf(context: Context): string {
  // The scope-auth plugin already refuses writes without a token; this keeps provenance from ever lacking an author.
  if (!context.viewer) throw unauthenticated();
  return context.viewer.name;
}

