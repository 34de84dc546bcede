import type { QueryRunner, WriteTransaction } from '../db/database.js';
import type { WriteStamp } from '../model/records.js';

/*
 * A statement, person or organisation merged into another leaves its id behind as a (:RetiredId {id, mergedInto})
 * node, so that links, citations and documents made with the old id still find the node it became.
 */

/** Records that `retired` now answers as `mergedInto`, and so does every id that was retired into `retired`. */
export async function retireId(transaction: WriteTransaction, retired: string, mergedInto: string, stamp: WriteStamp): Promise<void> {
  await transaction.run(
    `MERGE (retired:RetiredId {id: $retired})
     SET retired.mergedInto = $mergedInto, retired.at = $at, retired.by = $by
     WITH retired
     MATCH (earlier:RetiredId {mergedInto: $retired})
     SET earlier.mergedInto = $mergedInto`,
    { retired, mergedInto, at: stamp.at, by: stamp.author },
  );
}

/** The id each of these retired ids now answers as; ids never retired are left out. */
export async function mergedInto(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await runner.read<{ id: string; mergedInto: string }>(
    `UNWIND $ids AS id MATCH (retired:RetiredId {id: id}) RETURN id, retired.mergedInto AS mergedInto`,
    { ids: [...new Set(ids)] },
  );
  return new Map(rows.map((row) => [row.id, row.mergedInto]));
}

/** Of these ids, those that name a node now, each with the id of that node: itself, or the node it was merged into. */
export async function currentIds(transaction: WriteTransaction, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await transaction.run<{ id: string; current: string | null }>(
    `UNWIND $ids AS id
     OPTIONAL MATCH (retired:RetiredId {id: id})
     WITH id, coalesce(retired.mergedInto, id) AS current
     OPTIONAL MATCH (n:Node {id: current})
     RETURN id, n.id AS current`,
    { ids: [...new Set(ids)] },
  );
  return new Map(rows.flatMap((row) => (row.current ? [[row.id, row.current] as const] : [])));
}
