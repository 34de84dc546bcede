import type { QueryRunner } from '../db/database.js';
import type { ActorRecord, OrganisationRecord } from '../model/records.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';

/** How far structural relationships (membership, leadership, part-of) are followed when judging independence. */
const structuralReach = 4;

/**
 * An actor's camp: the top organisation it belongs to, leads or is part of, following MEMBER_OF/LEADS
 * and then PART_OF upwards to an organisation that is part of nothing. The nearest top wins.
 */
const campOf = (actor: string) => `
  CALL (${actor}) {
    OPTIONAL MATCH path = (${actor})-[:MEMBER_OF|LEADS|PART_OF*0..6]->(top:Organisation)
    WHERE NOT (top)-[:PART_OF]->()
    WITH top, path ORDER BY length(path), top.id
    RETURN head(collect(top.id)) AS camp
  }`;

/** The camps of these actors, in the order asked; null for an actor in no camp. */
export async function campsOfActors(runner: QueryRunner, actorIds: readonly string[]): Promise<(OrganisationRecord | null)[]> {
  const rows = await runner.read<{ id: string; camp: StoredProperties | null }>(
    `UNWIND $actorIds AS actorId
     MATCH (actor:Node {id: actorId})
     ${campOf('actor')}
     OPTIONAL MATCH (top:Organisation {id: camp})
     RETURN actor.id AS id, CASE WHEN top IS NULL THEN null ELSE ${nodeProjection('top')} END AS camp`,
    { actorIds: [...new Set(actorIds)] },
  );
  const campById = new Map(rows.map((row) => [row.id, row.camp ? (toNodeRecord(row.camp) as OrganisationRecord) : null]));
  return actorIds.map((id) => campById.get(id) ?? null);
}

export type Corroboration = Readonly<{
  statementId: string;
  claimants: number;
  confirmers: number;
  disputers: number;
  /** Confirmers tied to no claimant through membership, leadership or part-of. */
  independentConfirmers: readonly ActorRecord[];
  /** Confirmers whose camp differs from every claimant's: admissions against interest. */
  adversarialConfirmers: readonly ActorRecord[];
}>;

type ConfirmerRow = { actor: StoredProperties; camp: string | null; tiedToClaimant: boolean };

/** How well each statement stands, in the order asked; one round trip for all. */
export async function corroborationOfStatements(runner: QueryRunner, statementIds: readonly string[]): Promise<Corroboration[]> {
  const rows = await runner.read<{
    statementId: string;
    claimantCamps: (string | null)[];
    claimantCount: number;
    confirmers: ConfirmerRow[];
    disputers: number;
  }>(
    `UNWIND $statementIds AS statementId
     MATCH (statement:Statement {id: statementId})
     CALL (statement) {
       OPTIONAL MATCH (claimant)-[:CLAIMS]->(statement)
       WITH DISTINCT claimant WHERE claimant IS NOT NULL
       ${campOf('claimant')}
       RETURN collect(claimant) AS claimants, collect({camp: camp}) AS claimantCamps
     }
     CALL (statement, claimants) {
       OPTIONAL MATCH (confirmer)-[:CONFIRMS]->(statement)
       WITH DISTINCT confirmer WHERE confirmer IS NOT NULL
       ${campOf('confirmer')}
       WITH confirmer, camp,
         any(claimant IN claimants WHERE claimant = confirmer
           OR EXISTS { MATCH (confirmer)-[:MEMBER_OF|LEADS|PART_OF*1..${structuralReach}]-(claimant) }) AS tiedToClaimant
       ORDER BY confirmer.id
       RETURN collect({actor: ${nodeProjection('confirmer')}, camp: camp, tiedToClaimant: tiedToClaimant}) AS confirmers
     }
     RETURN statementId, [entry IN claimantCamps | entry.camp] AS claimantCamps, size(claimants) AS claimantCount,
       confirmers, COUNT { MATCH (disputer)-[:DISPUTES]->(statement) RETURN DISTINCT disputer } AS disputers`,
    { statementIds: [...new Set(statementIds)] },
  );
  const byId = new Map(
    rows.map((row) => {
      const isAdversarial = (confirmer: ConfirmerRow) =>
        confirmer.camp !== null &&
        row.claimantCamps.length > 0 &&
        row.claimantCamps.every((camp) => camp !== null && camp !== confirmer.camp);
      return [
        row.statementId,
        {
          statementId: row.statementId,
          claimants: row.claimantCount,
          confirmers: row.confirmers.length,
          disputers: row.disputers,
          independentConfirmers: row.confirmers.filter((confirmer) => !confirmer.tiedToClaimant).map(toActor),
          adversarialConfirmers: row.confirmers.filter(isAdversarial).map(toActor),
        } satisfies Corroboration,
      ];
    }),
  );
  return statementIds.map(
    (id) => byId.get(id) ?? { statementId: id, claimants: 0, confirmers: 0, disputers: 0, independentConfirmers: [], adversarialConfirmers: [] },
  );
}

function toActor(row: ConfirmerRow): ActorRecord {
  return toNodeRecord(row.actor) as ActorRecord;
}
