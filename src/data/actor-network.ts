import type { QueryRunner } from '../db/database.js';
import { dateRangeParameters } from '../model/dates.js';
import { type GraphEdgeRecord, type GraphEdgeType, type GraphRecord, type OmittedCount, sortEdges } from './graph.js';
import { defaultBasis, type NodeKind } from '../model/kinds.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';
import { statementConditions } from './statements.js';

export type ActorNetworkFilter = Readonly<{
  /** Only statements mentioning this place or a place inside it. */
  place?: string | null;
  from?: string | null;
  to?: string | null;
  /** Only edges with one of these actors at either end. */
  actors?: readonly string[] | null;
}>;

const statementInScope = `
  ($place IS NULL OR ${statementConditions.aboutPlace('s')})
  AND ${statementConditions.inDateRange('s')}
  AND ($actors IS NULL OR a.id IN $actors OR b.id IN $actors)`;

/**
 * Actors tied by what they said: A CORROBORATES B when A confirms a statement B claims, A CONTRADICTS B
 * when A disputes one or claims one that contradicts one of B's, A BLAMES B as stored. Each edge is weighted by its statements. The `limit`
 * actors with the heaviest edges are kept; one round trip.
 */
export async function actorNetwork(runner: QueryRunner, filter: ActorNetworkFilter, limit: number): Promise<GraphRecord> {
  const [row] = await runner.read<{ actors: StoredProperties[]; edges: DerivedEdge[] }>(
    `CALL () {
       MATCH (a:Person|Organisation)-[confirmation:CONFIRMS]->(s:Statement)<-[:CLAIMS]-(b:Person|Organisation)
       WHERE a <> b AND ${statementInScope}
       RETURN a, b, 'CORROBORATES' AS type, s.id AS statementId, coalesce(confirmation.basis, $stated) AS basis
       UNION ALL
       MATCH (a:Person|Organisation)-[dispute:DISPUTES]->(s:Statement)<-[:CLAIMS]-(b:Person|Organisation)
       WHERE a <> b AND ${statementInScope}
       RETURN a, b, 'CONTRADICTS' AS type, s.id AS statementId, coalesce(dispute.basis, $stated) AS basis
       UNION ALL
       MATCH (a:Person|Organisation)-[:CLAIMS]->(s:Statement)-[:CONTRADICTS]-(:Statement)<-[:CLAIMS]-(b:Person|Organisation)
       WHERE a <> b AND ${statementInScope}
       RETURN a, b, 'CONTRADICTS' AS type, s.id AS statementId, $stated AS basis
       UNION ALL
       MATCH (a:Person|Organisation)-[blame:BLAMES]->(b:Person|Organisation)
       MATCH (s:Statement {id: blame.statementId})
       WHERE ${statementInScope}
       RETURN a, b, 'BLAMES' AS type, s.id AS statementId, $stated AS basis
     }
     // A statement stands behind an edge as stated when any of its relationships there is stated.
     WITH a, b, type, statementId, any(each IN collect(basis) WHERE each = $stated) AS stated
     WITH a, b, type, collect(statementId) AS statementIds, collect(CASE WHEN NOT stated THEN statementId END) AS inferredIds
     ORDER BY size(statementIds) DESC, a.id, b.id, type
     WITH collect({source: a, target: b, type: type, statementIds: statementIds, inferred: size(inferredIds)}) AS edges
     CALL (edges) {
       UNWIND edges AS edge
       UNWIND [edge.source, edge.target] AS actor
       WITH actor, sum(size(edge.statementIds)) AS weight
       ORDER BY weight DESC, actor.id
       RETURN collect(${nodeProjection('actor')}) AS actors
     }
     RETURN actors, [edge IN edges | {source: edge.source.id, target: edge.target.id, type: edge.type, statementIds: edge.statementIds, inferred: edge.inferred}] AS edges`,
    {
      stated: defaultBasis,
      place: filter.place ?? null,
      ...dateRangeParameters(filter),
      actors: filter.actors?.length ? filter.actors : null,
    },
  );
  const actors = (row?.actors ?? []).map(toNodeRecord);
  const kept = actors.slice(0, limit);
  const keptIds = new Set(kept.map((actor) => actor.id));
  const kindById = new Map(actors.map((actor) => [actor.id, actor.kind]));
  const edges = row?.edges ?? [];
  return {
    nodes: kept,
    edges: sortEdges(
      edges.filter((edge) => keptIds.has(edge.source) && keptIds.has(edge.target)).map(toActorEdge),
    ),
    truncated: kept.length < actors.length,
    omitted: omittedBehind(edges, keptIds, kindById),
  };
}

/** `inferred`: how many of the statements stand behind it only through someone's inference (INFERRED confirmations or disputes). */
type DerivedEdge = { source: string; target: string; type: GraphEdgeType; statementIds: string[]; inferred: number };

function toActorEdge(edge: DerivedEdge): GraphEdgeRecord {
  return {
    id: `${edge.type.toLowerCase()}:${edge.source}->${edge.target}`,
    type: edge.type,
    source: edge.source,
    target: edge.target,
    properties: null,
    statementIds: [...edge.statementIds].sort(),
    weight: edge.statementIds.length,
    inferredWeight: edge.inferred,
  };
}

/** For each kept actor, how many left-out actors of each kind it has edges with. */
function omittedBehind(edges: readonly DerivedEdge[], keptIds: ReadonlySet<string>, kindById: ReadonlyMap<string, NodeKind>): OmittedCount[] {
  const leftOut = new Map<string, Set<string>>();
  for (const edge of edges) {
    for (const [near, far] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
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
