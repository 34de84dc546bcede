import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/database.js';
import type { ActorRecord } from '../model/records.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';
import { type StatementFilter, statementSelection } from './statements.js';

/** What actors can be ranked by, and the pattern that ties actor `a` to each statement `n` it counts. */
export const rankings = {
  CLAIMS: '(a)-[:CLAIMS]->(n:Statement)',
  CONFIRMATIONS: '(a)-[:CONFIRMS]->(n:Statement)',
  DISPUTES: '(a)-[:DISPUTES]->(n:Statement)',
  BLAMES_MADE: '(a)-[blame:BLAMES]->() MATCH (n:Statement {id: blame.statementId})',
  BLAMES_RECEIVED: '(a)<-[blame:BLAMES]-() MATCH (n:Statement {id: blame.statementId})',
} as const;
export type Ranking = keyof typeof rankings;

export type RankedActor = Readonly<{ actor: ActorRecord; count: number }>;

/**
 * The actors with the highest counts, highest first, equal counts by id; actors with none are left out. Only statements
 * the filter selects count (every statement when it selects all); a blame counts by the statement it was made in.
 */
export async function rankActors(runner: QueryRunner, by: Ranking, first: number, filter: StatementFilter = {}): Promise<RankedActor[]> {
  const selection = statementSelection(filter);
  const rows = await runner.read<{ actor: StoredProperties; count: number }>(
    `MATCH (a:Person|Organisation)
     WITH a, COUNT { MATCH ${rankings[by]} WHERE ${selection.where} } AS count
     WHERE count > 0
     RETURN ${nodeProjection('a')} AS actor, count
     ORDER BY count DESC, a.id
     LIMIT $first`,
    { ...selection.parameters, first: neo4j.int(first) },
  );
  return rows.map((row) => ({ actor: toNodeRecord(row.actor) as ActorRecord, count: row.count }));
}
