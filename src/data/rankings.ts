import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/database.js';
import type { ActorRecord } from '../model/records.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';

/** What actors can be ranked by, and the pattern each counts from actor `a`. */
export const rankings = {
  CLAIMS: '(a)-[:CLAIMS]->()',
  CONFIRMATIONS: '(a)-[:CONFIRMS]->()',
  DISPUTES: '(a)-[:DISPUTES]->()',
  BLAMES_MADE: '(a)-[:BLAMES]->()',
  BLAMES_RECEIVED: '(a)<-[:BLAMES]-()',
} as const;
export type Ranking = keyof typeof rankings;

export type RankedActor = Readonly<{ actor: ActorRecord; count: number }>;

/** The actors with the highest counts, highest first, equal counts by id; actors with none are left out. */
export async function rankActors(runner: QueryRunner, by: Ranking, first: number): Promise<RankedActor[]> {
  const rows = await runner.read<{ actor: StoredProperties; count: number }>(
    `MATCH (a:Person|Organisation)
     WITH a, COUNT { ${rankings[by]} } AS count
     WHERE count > 0
     RETURN ${nodeProjection('a')} AS actor, count
     ORDER BY count DESC, a.id
     LIMIT $first`,
    { first: neo4j.int(first) },
  );
  return rows.map((row) => ({ actor: toNodeRecord(row.actor) as ActorRecord, count: row.count }));
}
