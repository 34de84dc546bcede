import type { QueryRunner } from '../db/database.js';
import { dateRangeParameters } from '../model/dates.js';
import { type GraphEdgeRecord, type GraphEdgeType, type GraphRecord, type OmittedCount, sortEdges } from './graph.js';
import type { NodeKind } from '../model/kinds.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';
import { statementConditions } from './statements.js';

export type ActorNetworkFilter = Readonly<{
  /** Only statements mentioning this place or a place inside it. */
  place?: string | null;
  from?: string | null;
  to?: string | null;
  /** Only ties with one of these actors at either end. */
  actors?: readonly string[] | null;
}>;

const statementInScope = `
  ($place IS NULL OR ${statementConditions.aboutPlace('s')})
  AND ${statementConditions.inDateRange('s')}
  AND ($actors IS NULL OR a.id IN $actors OR b.id IN $actors)`;

/**
 * Actors tied by what they said: A CORROBORATES B when A confirms a statement B claims, A CONTRADICTS B
 * when A disputes one, A BLAMES B as stored. Each tie is weighted by its statements. The `limit`
 * actors with the heaviest ties are kept; one round trip.
 */
export async function actorNetwork(runner: QueryRunner, filter: ActorNetworkFilter, limit: number): Promise<GraphRecord> {
  const [row] = await runner.read<{ actors: StoredProperties[]; ties: StoredTie[] }>(
    `CALL () {
       MATCH (a:Person|Organisation)-[:CONFIRMS]->(s:Statement)<-[:CLAIMS]-(b:Person|Organisation)
       WHERE a <> b AND ${statementInScope}
       RETURN a, b, 'CORROBORATES' AS type, s.id AS statementId
       UNION ALL
       MATCH (a:Person|Organisation)-[:DISPUTES]->(s:Statement)<-[:CLAIMS]-(b:Person|Organisation)
       WHERE a <> b AND ${statementInScope}
       RETURN a, b, 'CONTRADICTS' AS type, s.id AS statementId
       UNION ALL
       MATCH (a:Person|Organisation)-[blame:BLAMES]->(b:Person|Organisation)
       MATCH (s:Statement {id: blame.statementId})
       WHERE ${statementInScope}
       RETURN a, b, 'BLAMES' AS type, s.id AS statementId
     }
     WITH a, b, type, collect(DISTINCT statementId) AS statementIds
     ORDER BY size(statementIds) DESC, a.id, b.id, type
     WITH collect({source: a, target: b, type: type, statementIds: statementIds}) AS ties
     CALL (ties) {
       UNWIND ties AS tie
       UNWIND [tie.source, tie.target] AS actor
       WITH actor, sum(size(tie.statementIds)) AS weight
       ORDER BY weight DESC, actor.id
       RETURN collect(${nodeProjection('actor')}) AS actors
     }
     RETURN actors, [tie IN ties | {source: tie.source.id, target: tie.target.id, type: tie.type, statementIds: tie.statementIds}] AS ties`,
    {
      place: filter.place ?? null,
      ...dateRangeParameters(filter),
      actors: filter.actors?.length ? filter.actors : null,
    },
  );
  const actors = (row?.actors ?? []).map(toNodeRecord);
  const kept = actors.slice(0, limit);
  const keptIds = new Set(kept.map((actor) => actor.id));
  const kindById = new Map(actors.map((actor) => [actor.id, actor.kind]));
  const ties = row?.ties ?? [];
  return {
    nodes: kept,
    edges: sortEdges(
      ties.filter((tie) => keptIds.has(tie.source) && keptIds.has(tie.target)).map(toActorTie),
    ),
    truncated: kept.length < actors.length,
    omitted: omittedBehind(ties, keptIds, kindById),
  };
}

type StoredTie = { source: string; target: string; type: GraphEdgeType; statementIds: string[] };

function toActorTie(tie: StoredTie): GraphEdgeRecord {
  return {
    id: `${tie.type.toLowerCase()}:${tie.source}->${tie.target}`,
    type: tie.type,
    source: tie.source,
    target: tie.target,
    properties: null,
    statementIds: [...tie.statementIds].sort(),
  };
}

/** For each kept actor, how many left-out actors of each kind it has ties with. */
function omittedBehind(ties: readonly StoredTie[], keptIds: ReadonlySet<string>, kindById: ReadonlyMap<string, NodeKind>): OmittedCount[] {
  const leftOut = new Map<string, Set<string>>();
  for (const tie of ties) {
    for (const [near, far] of [[tie.source, tie.target], [tie.target, tie.source]] as const) {
      if (!keptIds.has(near) || keptIds.has(far)) continue;
      const key = `${near}\u0000${kindById.get(far)}`;
      leftOut.set(key, (leftOut.get(key) ?? new Set()).add(far));
    }
  }
  return [...leftOut.entries()]
    .map(([key, farIds]) => {
      const [nodeId, kind] = key.split('\u0000') as [string, NodeKind];
      return { nodeId, kind, count: farIds.size };
    })
    .sort((left, right) => left.nodeId.localeCompare(right.nodeId) || left.kind.localeCompare(right.kind));
}
