import type { QueryRunner } from '../db/database.js';
import { placeContainmentReach } from './statements.js';

/** Who and what a statement is tied to: what a subscriber's filter is matched against. */
export type StatementTies = Readonly<{
  statementId: string;
  /** Those who claim, confirm or dispute it. */
  actorIds: readonly string[];
  /** The entities it mentions; the places it mentions and every place they lie in (LOCATED_IN, as the statement filter follows it). */
  mentionedIds: readonly string[];
  placeIds: readonly string[];
  /** The sources that report it. */
  sourceIds: readonly string[];
}>;

/** The ties of each of these statements that exists; one round trip. */
export async function tiesOfStatements(runner: QueryRunner, statementIds: readonly string[]): Promise<StatementTies[]> {
  if (statementIds.length === 0) return [];
  return runner.read<StatementTies>(
    `UNWIND $statementIds AS statementId
     MATCH (statement:Statement {id: statementId})
     RETURN statementId,
       [(actor)-[:CLAIMS|CONFIRMS|DISPUTES]->(statement) | actor.id] AS actorIds,
       [(statement)-[:MENTIONS]->(entity) | entity.id] AS mentionedIds,
       COLLECT { MATCH (statement)-[:MENTIONS]->(:Place)-[:LOCATED_IN*0..${placeContainmentReach}]->(place:Place) RETURN DISTINCT place.id } AS placeIds,
       [(statement)-[:REPORTED_IN]->(source) | source.id] AS sourceIds`,
    { statementIds: [...new Set(statementIds)] },
  );
}
