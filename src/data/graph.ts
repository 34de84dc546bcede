import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/database.js';
import { notFound } from '../errors.js';
import { type NodeKind, type NodeRecord, nodeKinds, type RelationshipProperties, type RelationshipType } from './model.js';
import { nodeProjection, type StoredProperties, toNodeRecord, toRelationshipProperties } from './properties.js';

/** Ties the actor network derives from statements, besides the stored relationship types. */
export const derivedEdgeTypes = ['CORROBORATES', 'CONTRADICTS'] as const;
export type GraphEdgeType = RelationshipType | (typeof derivedEdgeTypes)[number];

export type GraphEdgeRecord = Readonly<{
  id: string;
  type: GraphEdgeType;
  source: string;
  target: string;
  properties: RelationshipProperties | null;
  /** For derived ties: the statements behind the tie, and how many. */
  statementIds: readonly string[] | null;
}>;

export type OmittedCount = Readonly<{ nodeId: string; kind: NodeKind; count: number }>;

export type GraphRecord = Readonly<{
  nodes: readonly NodeRecord[];
  edges: readonly GraphEdgeRecord[];
  truncated: boolean;
  omitted: readonly OmittedCount[];
}>;

export type NeighbourhoodRequest = Readonly<{
  center: string;
  depth: number;
  edgeTypes: readonly RelationshipType[];
  nodeKinds: readonly NodeKind[];
  limit: number;
}>;

export const kindOf = (variable: string) => `[label IN labels(${variable}) WHERE label IN $allKinds][0]`;

/**
 * One level of breadth-first expansion: the frontier's neighbours not yet included, strongest first
 * (most ties to the frontier, then id), as many as the node budget allows; the rest are counted as
 * omitted behind each frontier node they hang off.
 */
export function expansionLevel(typeExpression: string): string {
  return `
  CALL (included, frontier) {
    UNWIND frontier AS near
    MATCH (near)-[tie:${typeExpression}]-(neighbour:Node)
    WHERE NOT neighbour IN included AND ${kindOf('neighbour')} IN $nodeKinds
    WITH neighbour, count(tie) AS strength, collect(DISTINCT near.id) AS behind
    ORDER BY strength DESC, neighbour.id
    WITH collect({node: neighbour, behind: behind}) AS candidates
    WITH candidates, CASE WHEN $limit > size(included) THEN $limit - size(included) ELSE 0 END AS budget
    WITH [candidate IN candidates[0..budget] | candidate.node] AS added, candidates[budget..] AS dropped
    CALL (dropped) {
      UNWIND dropped AS candidate
      UNWIND candidate.behind AS nodeId
      WITH nodeId, ${kindOf('candidate.node')} AS kind, count(*) AS count
      ORDER BY nodeId, kind
      RETURN collect({nodeId: nodeId, kind: kind, count: count}) AS omittedHere
    }
    RETURN added, omittedHere
  }
  WITH included + added AS included, added AS frontier, omitted + omittedHere AS omitted`;
}

/**
 * The neighbourhood of a node up to `depth` ties away, at most `limit` nodes, with every tie among them.
 * One Cypher round trip, however many levels.
 */
export async function neighbourhood(runner: QueryRunner, request: NeighbourhoodRequest): Promise<GraphRecord> {
  const typeExpression = request.edgeTypes.join('|');
  const levels = Array.from({ length: request.depth }, () => expansionLevel(typeExpression)).join('\n');
  const rows = await runner.read<{ nodes: StoredProperties[]; edges: StoredEdge[]; omitted: OmittedCount[] }>(
    `MATCH (center:Node {id: $center})
     WITH [center] AS included, [center] AS frontier, [] AS omitted
     ${levels}
     CALL (included) {
       UNWIND included AS start
       MATCH (start)-[tie:${typeExpression}]->(end)
       WHERE end IN included
       RETURN collect(${storedEdgeProjection('tie', 'start', 'end')}) AS edges
     }
     RETURN [node IN included | ${nodeProjection('node')}] AS nodes, edges, omitted`,
    {
      center: request.center,
      nodeKinds: request.nodeKinds,
      allKinds: nodeKinds,
      limit: neo4j.int(request.limit),
    },
  );
  const [row] = rows;
  if (!row) throw notFound(request.center);
  return {
    nodes: row.nodes.map(toNodeRecord),
    edges: sortEdges(row.edges.map(toGraphEdge)),
    truncated: row.omitted.length > 0,
    omitted: row.omitted,
  };
}

export type PathRequest = Readonly<{
  from: string;
  to: string;
  maxLength: number;
  edgeTypes: readonly RelationshipType[];
  all: boolean;
}>;

export type PathRecord = Readonly<{ nodes: readonly NodeRecord[]; edges: readonly GraphEdgeRecord[] }>;

/**
 * The shortest path between two nodes, or all shortest ones; none is an empty list. One round trip.
 * Shortest paths come in node-id order, so the one shortest path asked for is always the same.
 */
export async function shortestPaths(runner: QueryRunner, request: PathRequest): Promise<PathRecord[]> {
  const typeExpression = request.edgeTypes.join('|');
  const rows = await runner.read<{ found: boolean[]; nodes: StoredProperties[] | null; edges: StoredEdge[] | null }>(
    `OPTIONAL MATCH (from:Node {id: $from})
     OPTIONAL MATCH (to:Node {id: $to})
     CALL (from, to) {
       OPTIONAL MATCH path = allShortestPaths((from)-[:${typeExpression}*..${request.maxLength}]-(to))
       WHERE from <> to
       RETURN path
     }
     RETURN [from IS NOT NULL, to IS NOT NULL] AS found,
       CASE WHEN path IS NULL THEN null ELSE [node IN nodes(path) | ${nodeProjection('node')}] END AS nodes,
       CASE WHEN path IS NULL THEN null ELSE [tie IN relationships(path) | ${storedEdgeProjection('tie', 'startNode(tie)', 'endNode(tie)')}] END AS edges
     ORDER BY [node IN nodes(path) | node.id]
     ${request.all ? '' : 'LIMIT 1'}`,
    { from: request.from, to: request.to },
  );
  const [first] = rows;
  if (!first?.found[0]) throw notFound(request.from);
  if (!first.found[1]) throw notFound(request.to);
  return rows
    .filter((row) => row.nodes !== null && row.edges !== null)
    .map((row) => ({ nodes: row.nodes!.map(toNodeRecord), edges: row.edges!.map(toGraphEdge) }));
}

type StoredEdge = { type: RelationshipType; source: string; target: string; properties: StoredProperties };

function storedEdgeProjection(tie: string, start: string, end: string): string {
  return `{type: type(${tie}), source: ${start}.id, target: ${end}.id, properties: properties(${tie})}`;
}

function toGraphEdge(stored: StoredEdge): GraphEdgeRecord {
  const properties = toRelationshipProperties(stored.properties);
  return {
    id: properties.id,
    type: stored.type,
    source: stored.source,
    target: stored.target,
    properties,
    statementIds: null,
  };
}

export function sortEdges(edges: readonly GraphEdgeRecord[]): GraphEdgeRecord[] {
  return [...edges].sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
}
