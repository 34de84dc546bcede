import type { QueryRunner, WriteTransaction } from '../db/database.js';
import { type RelationshipType, type StatementOrderField, statementsBehind } from '../model/kinds.js';
import type { PageOrder } from './pages.js';

/*
 * Each statement keeps how many claim, confirm and dispute it and in how many sources it appears, so that a list
 * ordered by one of them seeks an index instead of counting every statement. Every write that adds or removes such a
 * relationship refreshes the counts of its statement in the same transaction.
 */

const countedTypes: readonly RelationshipType[] = ['CLAIMS', 'CONFIRMS', 'DISPUTES', 'REPORTED_IN'];

const setCounts = (statement: string) => `SET ${statement}.claimantCount = COUNT { MATCH (${statement})<-[:CLAIMS]-(actor) RETURN DISTINCT actor },
       ${statement}.confirmationCount = COUNT { (${statement})<-[:CONFIRMS]-() },
       ${statement}.disputeCount = COUNT { (${statement})<-[:DISPUTES]-() },
       ${statement}.sourceCount = COUNT { MATCH (${statement})-[:REPORTED_IN]->(source) RETURN DISTINCT source }`;

/** The statements whose counts a relationship of this type between these ends counts in. */
export const countedStatementsOf = (type: RelationshipType, from: string, to: string): string[] =>
  countedTypes.includes(type) ? statementsBehind(type, from, to, null) : [];

/** Counts again, for these statements, what they keep counts of. */
export async function refreshStatementCounts(transaction: WriteTransaction, statementIds: readonly string[]): Promise<void> {
  if (statementIds.length === 0) return;
  await transaction.run(
    `UNWIND $statementIds AS statementId
     MATCH (statement:Statement {id: statementId})
     ${setCounts('statement')}`,
    { statementIds: [...new Set(statementIds)] },
  );
}

/** The statements tied to this node by a counted relationship, whose counts its deletion changes. */
export async function statementsCountingNode(transaction: WriteTransaction, nodeId: string): Promise<string[]> {
  const rows = await transaction.run<{ id: string }>(
    `MATCH (:Node {id: $nodeId})-[:${countedTypes.join('|')}]-(statement:Statement) RETURN DISTINCT statement.id AS id`,
    { nodeId },
  );
  return rows.map((row) => row.id);
}

/** Gives statements written before counts were kept (or by other means) their counts, a batch at a time; returns how many. */
export async function countUncountedStatements(runner: QueryRunner): Promise<number> {
  let counted = 0;
  for (;;) {
    const [row] = await runner.write((transaction) =>
      transaction.run<{ counted: number }>(
        `MATCH (statement:Statement) WHERE statement.confirmationCount IS NULL
         WITH statement LIMIT 10000
         ${setCounts('statement')}
         RETURN count(*) AS counted`,
      ),
    );
    counted += row?.counted ?? 0;
    if (!row?.counted) return counted;
  }
}

/** The stored key each order of a statement list reads: a kept count, or the first day of the statement's date. */
export const statementOrderKeys: Record<StatementOrderField, Omit<PageOrder, 'descending'>> = {
  CONFIRMATIONS: { key: 'confirmationCount', type: 'number' },
  DISPUTES: { key: 'disputeCount', type: 'number' },
  CLAIMANTS: { key: 'claimantCount', type: 'number' },
  SOURCES: { key: 'sourceCount', type: 'number' },
  DATE: { key: 'dateStart', type: 'day' },
};
