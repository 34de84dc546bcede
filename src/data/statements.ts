import { dateRangeParameters } from '../model/dates.js';
import neo4j from 'neo4j-driver';
import type { ReliabilityGrade, VerificationStatus } from '../model/kinds.js';
import type { NodeSelection } from './pages.js';

export type StatementFilter = Readonly<{
  /** Statements this actor claims, confirms or disputes. */
  actor?: string | null;
  /** Statements that mention this entity. */
  mentions?: string | null;
  /** Statements that mention this place or a place inside it. */
  place?: string | null;
  /** Statements reported in this source. */
  source?: string | null;
  /** Statements whose date overlaps the range from `from` to `to` (either may be open). */
  from?: string | null;
  to?: string | null;
  status?: readonly VerificationStatus[] | null;
  language?: string | null;
  /** Statements reported in a source graded at least this reliable (A best) ... */
  minimumReliability?: ReliabilityGrade | null;
  /** ... where what it says is graded at least this credible (1 best). Both hold of one report. */
  minimumCredibility?: number | null;
}>;

/** How many LOCATED_IN steps lead from a place to one that contains it, wherever a place stands for those inside it. */
export const placeContainmentReach = 5;

/** Conditions on a statement `variable`, shared by every list of statements. */
export const statementConditions = {
  /** Its date period overlaps the range $from..$to (either may be null). */
  inDateRange: (variable: string) =>
    `($from IS NULL OR ${variable}.dateEnd >= $from) AND ($to IS NULL OR ${variable}.dateStart <= $to)`,
  /** It mentions the place $place or a place inside it. */
  aboutPlace: (variable: string) =>
    `EXISTS { MATCH (${variable})-[:MENTIONS]->(:Place)-[:LOCATED_IN*0..${placeContainmentReach}]->(:Place {id: $place}) }`,
  /** The actor $actor claims, confirms or disputes it. */
  voicedBy: (variable: string, actor: string) => `EXISTS { MATCH (:Node {id: ${actor}})-[:CLAIMS|CONFIRMS|DISPUTES]->(${variable}) }`,
};

/**
 * A bound of month or year precision stands for its whole period, and so does a statement's date:
 * a statement dated "2023-05" lies inside any range that overlaps May 2023.
 */
export function statementSelection(filter: StatementFilter): NodeSelection {
  return {
    label: 'Statement',
    where: `($status IS NULL OR n.verificationStatus IN $status)
      AND ($language IS NULL OR n.language = $language)
      AND ${statementConditions.inDateRange('n')}
      AND ($actor IS NULL OR ${statementConditions.voicedBy('n', '$actor')})
      AND ($mentions IS NULL OR EXISTS { MATCH (n)-[:MENTIONS]->(:Node {id: $mentions}) })
      AND ($place IS NULL OR ${statementConditions.aboutPlace('n')})
      AND ($source IS NULL OR EXISTS { MATCH (n)-[:REPORTED_IN]->(:Node {id: $source}) })
      AND (($minimumReliability IS NULL AND $minimumCredibility IS NULL) OR EXISTS {
        MATCH (n)-[report:REPORTED_IN]->(graded:Source)
        WHERE ($minimumReliability IS NULL OR graded.reliability <= $minimumReliability)
          AND ($minimumCredibility IS NULL OR report.credibility <= $minimumCredibility)
      })`,
    parameters: {
      status: filter.status && filter.status.length > 0 ? filter.status : null,
      language: filter.language ?? null,
      ...dateRangeParameters(filter),
      actor: filter.actor ?? null,
      mentions: filter.mentions ?? null,
      place: filter.place ?? null,
      source: filter.source ?? null,
      minimumReliability: filter.minimumReliability ?? null,
      minimumCredibility: filter.minimumCredibility == null ? null : neo4j.int(filter.minimumCredibility),
    },
  };
}
