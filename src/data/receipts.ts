import type { WriteTransaction } from '../db/database.js';

/*
 * A receipt records, in the transaction of a write, that a client's idempotency key was used, for which
 * request, and what the write returned. A retry finds it (even when the first answer was lost on the way
 * back) and returns the same result without writing again. MERGE on the uniquely constrained key makes a
 * concurrent retry wait for the first attempt's transaction and then see its receipt.
 */

export type Receipt = Readonly<{ requestHash: string; result: string | null }>;

/** How long a key is remembered: a client retries within minutes, not days. */
const receiptLifetimeMs = 24 * 60 * 60 * 1000;

/** This key's receipt, made (without a result yet) when there is none; expired receipts are cleared on the way. */
export async function claimReceipt(
  transaction: WriteTransaction,
  key: string,
  requestHash: string,
  at: string,
): Promise<Receipt> {
  const expiredBefore = new Date(Date.parse(at) - receiptLifetimeMs).toISOString();
  const [row] = await transaction.run<Receipt>(
    `CALL () {
       MATCH (expired:MutationReceipt) WHERE expired.createdAt < $expiredBefore
       WITH expired LIMIT 100
       DELETE expired
     }
     MERGE (receipt:MutationReceipt {key: $key})
     ON CREATE SET receipt.requestHash = $requestHash, receipt.createdAt = $at
     RETURN receipt.requestHash AS requestHash, receipt.result AS result`,
    { key, requestHash, at, expiredBefore },
  );
  if (!row) throw new Error(`The receipt ${key} was not written.`);
  return row;
}

/** Stores what the write returned, as JSON, on its receipt. */
export async function completeReceipt(transaction: WriteTransaction, key: string, result: string): Promise<void> {
  await transaction.run('MATCH (receipt:MutationReceipt {key: $key}) SET receipt.result = $result', { key, result });
}
