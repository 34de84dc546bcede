import type { WriteTransaction } from '../db/database.js';
import { structuralTypes, type StructuralType } from '../model/kinds.js';

/** A source a structural relationship names that is not in the graph, or whose text does not hold the relationship's quote of it. */
export type UnfoundStructuralSource = Readonly<{ id: string; index: number; sourceId: string; sourceMissing: boolean }>;

/**
 * Finds where each structural relationship's quotes first stand in the text of the sources it names, and stores the offsets
 * (`sourceStarts`, `sourceEnds`, UTF-16, as source quotes count them) beside its `sourceIds` and `sourceQuotes`.
 * Returns each source that is missing or does not hold its quote, in the relationships' and the sources' order.
 */
export async function locateStructuralSources(transaction: WriteTransaction, type: StructuralType, ids: readonly string[]): Promise<UnfoundStructuralSource[]> {
  if (ids.length === 0) return [];
  const rows = await transaction.run<{ id: string; unfound: { index: number; sourceId: string; sourceMissing: boolean }[] }>(
    `UNWIND $ids AS id
     MATCH ()-[r:${type} {id: id}]->()
     WHERE r.sourceIds IS NOT NULL
     CALL (r) {
       UNWIND range(0, size(r.sourceIds) - 1) AS index
       OPTIONAL MATCH (source:Source {id: r.sourceIds[index]})
       WITH index, source, r.sourceQuotes[index] AS quote
       WITH index, source, quote,
            CASE WHEN source IS NOT NULL AND source.text CONTAINS quote THEN size(split(source.text, quote)[0]) END AS start
       ORDER BY index
       RETURN collect(coalesce(start, -1)) AS starts, collect(coalesce(start + size(quote), -1)) AS ends,
              [item IN collect({index: index, sourceId: r.sourceIds[index], sourceMissing: source IS NULL, start: start})
                 WHERE item.start IS NULL | item {.index, .sourceId, .sourceMissing}] AS unfound
     }
     SET r.sourceStarts = starts, r.sourceEnds = ends
     RETURN id, unfound
     ORDER BY id`,
    { ids: [...new Set(ids)] },
  );
  const unfound = new Map(rows.map((row) => [row.id, row.unfound]));
  return [...new Set(ids)].flatMap((id) => (unfound.get(id) ?? []).map((item) => ({ id, ...item })));
}

/** Finds the quotes of every structural relationship that names this source again, after its text changed; returns those it no longer holds. */
export async function relocateStructuralSourcesOf(transaction: WriteTransaction, sourceId: string): Promise<UnfoundStructuralSource[]> {
  const rows = await transaction.run<{ type: StructuralType; ids: string[] }>(
    `MATCH ()-[r:${structuralTypes.join('|')}]->() WHERE $sourceId IN r.sourceIds
     RETURN type(r) AS type, collect(r.id) AS ids`,
    { sourceId },
  );
  const unfound: UnfoundStructuralSource[] = [];
  for (const { type, ids } of rows) unfound.push(...(await locateStructuralSources(transaction, type, ids)));
  return unfound;
}

/** Cypher: the relationships that name source `node` (a node variable), as `r`: what its deletion would leave citing nothing. */
export const relationshipsCitingSource = (node: string) => `MATCH ()-[r:${structuralTypes.join('|')}]->() WHERE ${node}:Source AND ${node}.id IN r.sourceIds`;
