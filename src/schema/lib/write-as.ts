import { createHash } from 'node:crypto';
import type { Context } from '../../context.js';
import { claimReceipt, completeReceipt } from '../../data/receipts.js';
import type { WriteTransaction } from '../../db/database.js';
import { idempotencyKeyReused, unauthenticated } from '../../errors.js';
import type { WriteStamp } from '../../model/records.js';
import { codedError } from './coded-error.js';
import type { BuilderTypes } from './builder-types.js';

/** What `inputFields` of a mutation receives, for input fields shared between mutations. */
export type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<BuilderTypes, 'InputObject'>;

/**
 * Runs `work` in one write transaction, stamped with the viewer's token name and the moment: it lands whole
 * or not at all. With an idempotency key, the request's n-th write is applied once (see `nextWrite`).
 */
export function writeAs<Result>(
  context: Context,
  work: (transaction: WriteTransaction, stamp: WriteStamp) => Promise<Result>,
): Promise<Result> {
  const write = nextWrite(context);
  return coded(write.write((transaction) => work(transaction, write.stamp)));
}

/** One write of a request: its stamp, and `write`, which runs it in a transaction and may be called again to retry it. */
export type RequestWrite = Readonly<{
  stamp: WriteStamp;
  write: <Result>(work: (transaction: WriteTransaction) => Promise<Result>) => Promise<Result>;
}>;

/**
 * The request's next write. With an idempotency key, it is applied once: a retry of the same request gets what
 * the first attempt's write returned, and the key sent with another request is refused. Every call of `write`
 * shares the write's one receipt, so an attempt the writer retries is still the same write.
 */
export function nextWrite(context: Context): RequestWrite {
  const stamp = { author: authorOf(context), at: new Date().toISOString() };
  context.writeCount.value += 1;
  const { idempotency } = context;
  if (!idempotency) return { stamp, write: (work) => context.runner.write(work) };
  const receiptKey = createHash('sha256')
    .update(JSON.stringify([stamp.author, idempotency.key, context.writeCount.value]))
    .digest('hex');
  const write = <Result>(work: (transaction: WriteTransaction) => Promise<Result>) =>
    context.runner.write(async (transaction) => {
      const receipt = await claimReceipt(transaction, receiptKey, idempotency.requestHash, stamp.at);
      if (receipt.requestHash !== idempotency.requestHash) throw idempotencyKeyReused();
      if (receipt.result !== null) return JSON.parse(receipt.result) as Result;
      const result = await work(transaction);
      await completeReceipt(transaction, receiptKey, JSON.stringify(result ?? null));
      return result;
    });
  return { stamp, write };
}

/** A write's failures as coded errors naming the mutation's input fields. */
function coded<Result>(write: Promise<Result>): Promise<Result> {
  return write.catch((error: unknown) => {
    throw codedError(error, 'input.') ?? error;
  });
}

/** The name provenance records for this request's writes: its token's name. */
export function authorOf(context: Context): string {
  // The scope-auth plugin already refuses writes without a token; this keeps provenance from ever lacking an author.
  if (!context.viewer) throw unauthenticated();
  return context.viewer.name;
}

