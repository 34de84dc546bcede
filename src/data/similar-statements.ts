import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/database.js';
import { foldDiacritics } from '../model/names.js';
import type { StatementRecord } from '../model/records.js';
import { minimumWordLength, significantWords, wordOverlap } from '../model/word-overlap.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';

/** A claim read in a new text: its words, and the entities that may have made it. */
export type ClaimToMatch = Readonly<{ text: string; speakerIds: readonly string[] }>;

export type SimilarStatement = Readonly<{
  statement: StatementRecord;
  /** Share of the claim's words the statement (text, translation or summary) also has, 0 to 1. */
  overlap: number;
  /** Whether one of the claim's possible speakers already claims, confirms or disputes it. */
  sameSpeaker: boolean;
}>;

const maximumWords = 40;
const candidatesPerClaim = 5;

/** A statement counts as the same claim when it shares this much of the wording, or less with the same speaker. */
const overlapAlone = 0.4;
const overlapWithSameSpeaker = 0.2;

/** The words the full-text index is asked for: whole, as the index holds them. */
const queryWordsOf = (text: string) =>
  [...new Set(foldDiacritics(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= minimumWordLength))];

/**
 * For each claim, the existing statements that look like the same claim reported again: full-text candidates,
 * kept when they share enough words, fewer when a possible speaker already stands behind them. One round trip.
 */
export async function similarStatements(runner: QueryRunner, claims: readonly ClaimToMatch[]): Promise<SimilarStatement[][]> {
  const claimWords = claims.map((claim) => significantWords(claim.text));
  const queries = claims.map((claim, index) => ({ index, query: queryWordsOf(claim.text).slice(0, maximumWords).join(' OR '), speakerIds: claim.speakerIds }));
  const asked = queries.filter(({ query }) => query.length > 0);
  const found: SimilarStatement[][] = claims.map(() => []);
  if (asked.length === 0) return found;
  const rows = await runner.read<{ index: number; statement: StoredProperties; sameSpeaker: boolean }>(
    `UNWIND $claims AS claim
     CALL (claim) {
       CALL db.index.fulltext.queryNodes('statement_text', claim.query) YIELD node, score
       RETURN node ORDER BY score DESC LIMIT $candidates
     }
     RETURN claim.index AS index, ${nodeProjection('node')} AS statement,
            EXISTS { MATCH (speaker:Node)-[:CLAIMS|CONFIRMS|DISPUTES]->(node) WHERE speaker.id IN claim.speakerIds } AS sameSpeaker`,
    { claims: asked, candidates: neo4j.int(candidatesPerClaim) },
  );
  for (const row of rows) {
    const statement = toNodeRecord(row.statement) as StatementRecord;
    const overlap = wordOverlap(claimWords[row.index]!, significantWords([statement.text, statement.translation, statement.summary].filter(Boolean).join(' ')));
    if (overlap >= (row.sameSpeaker ? overlapWithSameSpeaker : overlapAlone)) {
      found[row.index]!.push({ statement, overlap, sameSpeaker: row.sameSpeaker });
    }
  }
  for (const list of found) list.sort((left, right) => Number(right.sameSpeaker) - Number(left.sameSpeaker) || right.overlap - left.overlap);
  return found;
}
