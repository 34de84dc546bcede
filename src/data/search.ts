import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/database.js';
import { foldDiacritics, skeletonTokens } from '../text/names.js';
import { entityKinds, type NodeKind, type NodeRecord } from './model.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';

export type SearchHit = Readonly<{ node: NodeRecord; score: number }>;

/** Long name words may differ by one letter between romanisations ("Bilecki"/"Biletski" after folding). */
const fuzzyFromLength = 5;

/** Lucene query over name skeletons: every word must match, exactly (preferred) or within one edit. */
export function entityNameQuery(text: string): string | undefined {
  const tokens = skeletonTokens(text);
  if (tokens.length === 0) return undefined;
  return tokens.map((token) => (token.length >= fuzzyFromLength ? `(${token}^2 OR ${token}~1)` : token)).join(' AND ');
}

/** Lucene query over statement text: every word, case and accents ignored by the index's analyzer. */
export function statementTextQuery(text: string): string | undefined {
  const tokens = foldDiacritics(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
  return tokens.length === 0 ? undefined : tokens.join(' AND ');
}

/** Entities by any spelling of their names and statements by their words, best matches first. */
export async function searchNodes(
  runner: QueryRunner,
  text: string,
  kinds: readonly NodeKind[],
  first: number,
): Promise<SearchHit[]> {
  const entityQuery = kinds.some((kind) => (entityKinds as readonly string[]).includes(kind)) ? entityNameQuery(text) : undefined;
  const statementQuery = kinds.includes('Statement') ? statementTextQuery(text) : undefined;
  const parts = [
    entityQuery && `CALL db.index.fulltext.queryNodes('entity_names', $entityQuery) YIELD node, score RETURN node, score`,
    statementQuery && `CALL db.index.fulltext.queryNodes('statement_text', $statementQuery) YIELD node, score RETURN node, score`,
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return [];
  const rows = await runner.read<{ node: StoredProperties; score: number }>(
    `CALL () { ${parts.join(' UNION ALL ')} }
     WITH node, score WHERE any(label IN labels(node) WHERE label IN $kinds)
     RETURN ${nodeProjection('node')} AS node, score
     ORDER BY score DESC, node.id
     LIMIT $first`,
    { entityQuery: entityQuery ?? null, statementQuery: statementQuery ?? null, kinds, first: neo4j.int(first) },
  );
  return rows.map((row) => ({ node: toNodeRecord(row.node), score: row.score }));
}
