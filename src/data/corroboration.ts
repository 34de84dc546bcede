import type { QueryRunner } from '../db/database.js';
import { parsePartialDate } from '../model/dates.js';
import { type Basis, type ConfirmationStrength, defaultBasis, defaultConfirmationStrength, type ReliabilityGrade } from '../model/kinds.js';
import type { ActorRecord, OrganisationRecord } from '../model/records.js';
import { holdsDuring, nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';

/** How far structural relationships (membership, leadership, part-of) are followed when judging independence. */
const structuralReach = 4;

/**
 * An actor's camp: the top organisation it belongs to, leads or is part of, following MEMBER_OF/LEADS
 * and then PART_OF upwards to an organisation that is part of nothing, through ties that hold during the
 * period from `start` to `end` (a statement's date; open ends for any time). The nearest top wins.
 */
const campOf = (actor: string, dated?: Readonly<{ variable: string; start: string; end: string }>) => {
  const [start, end] = dated ? [dated.start, dated.end] : ['null', 'null'];
  return `
  CALL (${dated ? `${actor}, ${dated.variable}` : actor}) {
    OPTIONAL MATCH path = (${actor})-[:MEMBER_OF|LEADS|PART_OF*0..6]->(top:Organisation)
    WHERE NOT EXISTS { MATCH (top)-[above:PART_OF]->() WHERE ${holdsDuring('above', start, end)} }
      AND all(tie IN relationships(path) WHERE ${holdsDuring('tie', start, end)})
    WITH top, path ORDER BY length(path), top.id
    RETURN head(collect(top.id)) AS camp
  }`;
};

/** The period of a statement's date, for the camps of those who claim or confirm it. */
const atStatementDate = { variable: 'statement', start: 'statement.dateStart', end: 'statement.dateEnd' } as const;

/** An actor, and the date at which to judge its camp ("2023-05"); any time when it has none. */
export type CampRequest = Readonly<{ actorId: string; at: string | null }>;

/** The camps of these actors at these dates, in the order asked; null for an actor in no camp then. */
export async function campsOfActors(runner: QueryRunner, requests: readonly CampRequest[]): Promise<(OrganisationRecord | null)[]> {
  const keyOf = (request: CampRequest) => `${request.actorId}@${request.at ?? ''}`;
  const asked = [...new Map(requests.map((request) => [keyOf(request), request])).values()];
  const rows = await runner.read<{ key: string; camp: StoredProperties | null }>(
    `UNWIND $requests AS request
     MATCH (actor:Node {id: request.actorId})
     ${campOf('actor', { variable: 'request', start: 'request.start', end: 'request.end' })}
     OPTIONAL MATCH (top:Organisation {id: camp})
     RETURN request.key AS key, CASE WHEN top IS NULL THEN null ELSE ${nodeProjection('top')} END AS camp`,
    {
      requests: asked.map((request) => {
        const period = request.at ? parsePartialDate(request.at) : undefined;
        return { key: keyOf(request), actorId: request.actorId, start: period?.start ?? null, end: period?.end ?? null };
      }),
    },
  );
  const campByKey = new Map(rows.map((row) => [row.key, row.camp ? (toNodeRecord(row.camp) as OrganisationRecord) : null]));
  return requests.map((request) => campByKey.get(keyOf(request)) ?? null);
}

export type Corroboration = Readonly<{
  statementId: string;
  claimants: number;
  confirmers: number;
  disputers: number;
  /** Confirmers tied to no claimant through membership, leadership or part-of. */
  independentConfirmers: readonly ActorRecord[];
  /** Confirmers whose camp opposes every claimant's at the statement's date: admissions against interest. */
  adversarialConfirmers: readonly ActorRecord[];
  /** The best Admiralty grades among the sources that report it: reliability (A best) and credibility (1 best). */
  bestReliability: ReliabilityGrade | null;
  bestCredibility: number | null;
  confirmations: readonly GradedConfirmation[];
}>;

type Grades = Readonly<{ reliability: ReliabilityGrade | null; credibility: number | null }>;

type ConfirmerRow = {
  actor: StoredProperties;
  camp: string | null;
  opposedCamps: string[];
  tiedToClaimant: boolean;
  grades: Grades[];
  strength: ConfirmationStrength | null;
  basis: Basis | null;
  inferredBy: StoredProperties | null;
};

/** The best of some Admiralty grades: reliability A best, credibility 1 best; null where none is graded. */
function bestOf(grades: readonly Grades[]): Grades {
  const reliabilities = grades.flatMap(({ reliability }) => (reliability ? [reliability] : [])).sort();
  const credibilities = grades.flatMap(({ credibility }) => (credibility === null ? [] : [credibility]));
  return { reliability: reliabilities[0] ?? null, credibility: credibilities.length > 0 ? Math.min(...credibilities) : null };
}

/** One actor's confirmation of a statement, what kind of backing it is, and the best grades of the sources that report it. */
export type GradedConfirmation = Readonly<{
  confirmer: ActorRecord;
  strength: ConfirmationStrength;
  /** STATED by the confirmer, or INFERRED by `inferredBy` from what the confirmer said or did. */
  basis: Basis;
  inferredBy: ActorRecord | null;
  independent: boolean;
  adversarial: boolean;
  bestReliability: ReliabilityGrade | null;
  bestCredibility: number | null;
}>;

/** How well each statement stands, in the order asked; one round trip for all. */
export async function corroborationOfStatements(runner: QueryRunner, statementIds: readonly string[]): Promise<Corroboration[]> {
  const rows = await runner.read<{
    statementId: string;
    claimantCamps: (string | null)[];
    claimantCount: number;
    confirmers: ConfirmerRow[];
    disputers: number;
    grades: Grades[];
  }>(
    `UNWIND $statementIds AS statementId
     MATCH (statement:Statement {id: statementId})
     CALL (statement) {
       OPTIONAL MATCH (claimant)-[:CLAIMS]->(statement)
       WITH DISTINCT claimant WHERE claimant IS NOT NULL
       ${campOf('claimant', atStatementDate)}
       RETURN collect(claimant) AS claimants, collect({camp: camp}) AS claimantCamps
     }
     CALL (statement, claimants) {
       OPTIONAL MATCH (confirmer)-[confirmation:CONFIRMS]->(statement)
       WITH confirmer, confirmation WHERE confirmer IS NOT NULL
       ${campOf('confirmer', atStatementDate)}
       WITH confirmer, confirmation, camp, COLLECT {
         MATCH (:Organisation {id: camp})-[opposition:OPPOSES]-(opposed:Organisation)
         WHERE ${holdsDuring('opposition', 'statement.dateStart', 'statement.dateEnd')}
         RETURN opposed.id
       } AS opposedCamps,
         any(claimant IN claimants WHERE claimant = confirmer
           OR EXISTS { MATCH (confirmer)-[:MEMBER_OF|LEADS|PART_OF*1..${structuralReach}]-(claimant) }) AS tiedToClaimant,
         [(statement)-[report:REPORTED_IN]->(source:Source) WHERE confirmation.quote IS NULL OR source.text CONTAINS confirmation.quote
           | {reliability: source.reliability, credibility: report.credibility}] AS grades
       ORDER BY confirmer.id
       RETURN collect({actor: ${nodeProjection('confirmer')}, camp: camp, opposedCamps: opposedCamps, tiedToClaimant: tiedToClaimant, grades: grades,
         strength: confirmation.strength, basis: confirmation.basis,
         inferredBy: COLLECT { MATCH (inferrer:Node {id: confirmation.inferredBy}) RETURN ${nodeProjection('inferrer')} }[0]}) AS confirmers
     }
     RETURN statementId, [entry IN claimantCamps | entry.camp] AS claimantCamps, size(claimants) AS claimantCount,
       confirmers, COUNT { MATCH (disputer)-[:DISPUTES]->(statement) RETURN DISTINCT disputer } AS disputers,
       [(statement)-[report:REPORTED_IN]->(source:Source) | {reliability: source.reliability, credibility: report.credibility}] AS grades`,
    { statementIds: [...new Set(statementIds)] },
  );
  const byId = new Map(
    rows.map((row) => {
      const isAdversarial = (confirmer: ConfirmerRow) =>
        row.claimantCamps.length > 0 && row.claimantCamps.every((camp) => camp !== null && confirmer.opposedCamps.includes(camp));
      const best = bestOf(row.grades);
      return [
        row.statementId,
        {
          statementId: row.statementId,
          claimants: row.claimantCount,
          confirmers: row.confirmers.length,
          disputers: row.disputers,
          independentConfirmers: row.confirmers.filter((confirmer) => !confirmer.tiedToClaimant).map(toActor),
          adversarialConfirmers: row.confirmers.filter(isAdversarial).map(toActor),
          bestReliability: best.reliability,
          bestCredibility: best.credibility,
          confirmations: row.confirmers.map((confirmer) => {
            const behind = bestOf(confirmer.grades);
            return {
              confirmer: toActor(confirmer),
              strength: confirmer.strength ?? defaultConfirmationStrength,
              basis: confirmer.basis ?? defaultBasis,
              inferredBy: confirmer.inferredBy ? (toNodeRecord(confirmer.inferredBy) as ActorRecord) : null,
              independent: !confirmer.tiedToClaimant,
              adversarial: isAdversarial(confirmer),
              bestReliability: behind.reliability,
              bestCredibility: behind.credibility,
            };
          }),
        } satisfies Corroboration,
      ];
    }),
  );
  return statementIds.map(
    (id) =>
      byId.get(id) ?? {
        statementId: id,
        claimants: 0,
        confirmers: 0,
        disputers: 0,
        independentConfirmers: [],
        adversarialConfirmers: [],
        bestReliability: null,
        bestCredibility: null,
        confirmations: [],
      },
  );
}

function toActor(row: ConfirmerRow): ActorRecord {
  return toNodeRecord(row.actor) as ActorRecord;
}
