import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/database.js';
import { MissingNode } from '../model/failures.js';
import {
  farKindsOf,
  type NodeKind,
  nodeKinds,
  relationshipEnds,
  type RelationshipType,
  relationshipTypes,
  statementsBehind,
  structuralTypes,
} from '../model/kinds.js';
import { type NodeRecord, type RelationshipProperties } from '../model/records.js';
import { holdsDuring, nodeProjection, type StoredProperties, toNodeRecord, toRelationshipProperties } from './properties.js';
import { parsePartialDate } from '../model/dates.js';

/** Edges the actor network derives from statements, besides the stored relationship types. */
export const derivedEdgeTypes = ['CORROBORATES', 'CONTRADICTS'] as const;
export type GraphEdgeType = RelationshipType | (typeof derivedEdgeTypes)[number];

export type GraphEdgeRecord = Readonly<{
  id: string;
  type: GraphEdgeType;
  source: string;
  target: string;
  properties: RelationshipProperties | null;
  /** The statements behind the edge (see `statementsBehind` for a stored one). */
  statementIds: readonly string[];
  /** How many statements stand behind a derived edge; 1 for a stored relationship. */
  weight: number;
  /** Of those, how many stand behind a derived edge only through someone's inference; a stored relationship's basis is its own property. */
  inferredWeight?: number;
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
  /** Whether edges carry their properties (quote, strength…); true unless told otherwise. */
  withEdgeProperties?: boolean;
  /** Only relationships that hold at this date ("2023-05"); any time when left out. */
  at?: string | null;
}>;

export const kindOf = (variable: string) => `[label IN labels(${variable}) WHERE label IN $allKinds][0]`;

/** How a graph's nodes and edges are projected: our data layer reads stored properties, the raw bench server less. */
export type GraphProjection = Readonly<{
  node: (variable: string) => string;
  edge: (relationship: string, start: string, end: string) => string;
}>;

/** The deepest a neighbourhood reaches; every query text holds this many levels, used or not. */
export const maxGraphDepth = 3;

/*
 * The query's text is the same for every request: which relationship types and node kinds a request wants
 * reach Cypher only as parameters, maps from each type and kind to whether it is wanted ($wantedTypes,
 * $wantedKinds; maps rather than lists, since Neo4j plans a list parameter anew for each size), and levels
 * beyond $depth read nothing. So no input can make Neo4j parse and plan a larger query, and one plan serves
 * every request.
 */
const wantedRelationship = (relationship: string) =>
  `$wantedTypes[type(${relationship})] AND ${holdsDuring(relationship, '$atStart', '$atEnd')}`;

/** The parameters of `at`, a date at which relationships must hold: its first and last day, or nulls for any time. */
const atParameters = (at: string | null | undefined) => {
  const period = at ? parsePartialDate(at) : undefined;
  return { atStart: period?.start ?? null, atEnd: period?.end ?? null };
};

/** Each of `all` mapped to whether `wanted` holds it: the parameter form of a choice of types or kinds. */
const wantedOf = <Name extends string>(all: readonly Name[], wanted: readonly Name[]) =>
  Object.fromEntries(all.map((name) => [name, wanted.includes(name)])) as Record<Name, boolean>;
/** Every stored relationship type of the graph, for patterns: name keys and receipts hang off other types. */
const anyGraphType = relationshipTypes.join('|');

/** How many of a frontier node's relationships its neighbours are ranked from, per node of the budget. */
const relationshipsRankedPerNode = 4;

/**
 * One level of breadth-first expansion while the node budget lasts: the frontier's neighbours not yet included,
 * strongest first (most relationships to the frontier, counted exactly, then id). The candidates are the neighbours
 * through the first $relationshipsRead wanted relationships Neo4j reads of each frontier node: all of them for a node with fewer, so
 * that the work is bounded by the budget, not by a hub's degree. Past $depth or once the budget is spent, a level
 * reads nothing; `expanded` keeps the nodes short of the last level reached.
 */
function expansionLevel(level: number): string {
  return `
  CALL (included, frontier) {
    UNWIND CASE WHEN ${level} <= $depth AND size(included) < $limit THEN frontier ELSE [] END AS near
    CALL (near, included) {
      MATCH (near)-[relationship:${anyGraphType}]-(neighbour)
      WHERE ${wantedRelationship('relationship')} AND NOT neighbour IN included AND $wantedKinds[${kindOf('neighbour')}]
      RETURN DISTINCT neighbour LIMIT $relationshipsRead
    }
    WITH neighbour, sum(COUNT { (near)-[relationship:${anyGraphType}]-(neighbour) WHERE ${wantedRelationship('relationship')} }) AS strength
    ORDER BY strength DESC, neighbour.id
    WITH collect(neighbour) AS candidates
    RETURN candidates[..$limit - size(included)] AS added
  }
  WITH included + added AS included, added AS frontier, CASE WHEN ${level} <= $depth THEN included ELSE expanded END AS expanded`;
}

/**
 * A node's relationships of the wanted types to neighbours of one kind, as a Cypher expression. Where the model says
 * a type's far end has one kind, the count is the node's degree, which Neo4j keeps without reading the relationships;
 * only types whose far end may be of several kinds are read.
 */
function relationshipsToKind(node: string, kind: NodeKind): string {
  const terms = relationshipTypes.flatMap((type) =>
    (['OUTGOING', 'INCOMING'] as const).flatMap((direction) => {
      const farKinds = farKindsOf(type, direction);
      if (!farKinds.includes(kind)) return [];
      const far = farKinds.length === 1 ? '()' : `(:${kind})`;
      const pattern = direction === 'OUTGOING' ? `(${node})-[counted:${type}]->${far}` : `(${node})<-[counted:${type}]-${far}`;
      // A relationship that holds for a time is counted only where it holds at $at; without $at, and for the others, by degree.
      const count = (structuralTypes as readonly RelationshipType[]).includes(type)
        ? `CASE WHEN $atStart IS NULL THEN COUNT { ${pattern} } ELSE COUNT { ${pattern} WHERE ${holdsDuring('counted', '$atStart', '$atEnd')} } END`
        : `COUNT { ${pattern} }`;
      return [`CASE WHEN $wantedTypes.${type} THEN ${count} ELSE 0 END`];
    }),
  );
  return terms.length ? terms.join(' + ') : '0';
}

/**
 * Every wanted relationship among a list of nodes, as `edges`. A statement has a handful of relationships while a person or place
 * may have thousands, so relationships with a statement at one end are read from that end; the others, between entities,
 * from where they start.
 */
function edgesAmong(nodes: string, projection: GraphProjection): string {
  const onlyStatements = (kinds: readonly NodeKind[]) => kinds.length === 1 && kinds[0] === 'Statement';
  const fromStatements = relationshipTypes.filter((type) => onlyStatements(relationshipEnds[type].from));
  // Between two statements, a relationship is read once, from where it starts.
  const intoStatements = relationshipTypes.filter((type) => onlyStatements(relationshipEnds[type].to) && !fromStatements.includes(type));
  const betweenEntities = relationshipTypes.filter((type) => !fromStatements.includes(type) && !intoStatements.includes(type));
  const edge = projection.edge('relationship', 'start', 'end');
  return `CALL (${nodes}) {
       CALL (${nodes}) {
         UNWIND [node IN ${nodes} WHERE node:Statement] AS start
         MATCH (start)-[relationship:${fromStatements.join('|')}]->(end) WHERE end IN ${nodes} AND ${wantedRelationship('relationship')}
         RETURN ${edge} AS edge
         UNION ALL
         UNWIND [node IN ${nodes} WHERE node:Statement] AS end
         MATCH (start)-[relationship:${intoStatements.join('|')}]->(end) WHERE start IN ${nodes} AND ${wantedRelationship('relationship')}
         RETURN ${edge} AS edge
         UNION ALL
         UNWIND ${nodes} AS start
         MATCH (start)-[relationship:${betweenEntities.join('|')}]->(end) WHERE end IN ${nodes} AND ${wantedRelationship('relationship')}
         RETURN ${edge} AS edge
       }
       RETURN collect(edge) AS edges
     }`;
}

/**
 * The neighbourhood query: up to `depth` levels of expansion, every relationship among the included nodes, and for each
 * node short of the last level, its relationships to each kind of neighbour (from which `omittedRelationships` subtracts the drawn ones).
 * Relationships are read to rank neighbours only while the node budget lasts; what the limit leaves out is counted, not read.
 */
export function neighbourhoodQuery(request: NeighbourhoodRequest, projection: GraphProjection) {
  const levels = Array.from({ length: maxGraphDepth }, (_, index) => expansionLevel(index + 1)).join('\n');
  const relationshipCounts = nodeKinds.map((kind) => `{kind: '${kind}', relationships: CASE WHEN $wantedKinds.${kind} THEN ${relationshipsToKind('near', kind)} ELSE 0 END}`);
  return {
    cypher: `MATCH (center:Node {id: $center})
     WITH [center] AS included, [center] AS frontier, [] AS expanded
     ${levels}
     ${edgesAmong('included', projection)}
     CALL (expanded) {
       UNWIND expanded AS near
       UNWIND [${relationshipCounts.join(', ')}] AS ofKind
       WITH near, ofKind WHERE ofKind.relationships > 0
       RETURN collect({nodeId: near.id, kind: ofKind.kind, relationships: ofKind.relationships}) AS relationshipCounts
     }
     RETURN [node IN included | ${projection.node('node')}] AS nodes, edges, relationshipCounts`,
    parameters: {
      center: request.center,
      depth: neo4j.int(request.depth),
      wantedTypes: wantedOf(relationshipTypes, request.edgeTypes),
      wantedKinds: wantedOf(nodeKinds, request.nodeKinds),
      allKinds: nodeKinds,
      limit: neo4j.int(request.limit),
      relationshipsRead: neo4j.int(request.limit * relationshipsRankedPerNode),
      withEdgeProperties: request.withEdgeProperties ?? true,
      ...atParameters(request.at),
    },
  };
}

export type RelationshipCount = Readonly<{ nodeId: string; kind: NodeKind; relationships: number }>;

/** What the drawing leaves out behind each node: its relationships to each kind of neighbour, less the edges drawn. */
export function omittedRelationships(
  relationshipCounts: readonly RelationshipCount[],
  nodes: readonly { id: string; kind: NodeKind }[],
  edges: readonly { source: string; target: string }[],
): OmittedCount[] {
  const kindOfNode = new Map(nodes.map((node) => [node.id, node.kind]));
  const drawn = new Map<string, number>();
  const countDrawn = (nodeId: string, otherId: string) => {
    const key = `${nodeId} ${kindOfNode.get(otherId)}`;
    drawn.set(key, (drawn.get(key) ?? 0) + 1);
  };
  for (const edge of edges) {
    countDrawn(edge.source, edge.target);
    countDrawn(edge.target, edge.source);
  }
  return relationshipCounts
    .map(({ nodeId, kind, relationships }) => ({ nodeId, kind, count: relationships - (drawn.get(`${nodeId} ${kind}`) ?? 0) }))
    .filter((omitted) => omitted.count > 0)
    .sort((left, right) => (left.nodeId < right.nodeId ? -1 : left.nodeId > right.nodeId ? 1 : left.kind < right.kind ? -1 : 1));
}

/**
 * The neighbourhood of a node up to `depth` relationships away, at most `limit` nodes, with every relationship among them.
 * One Cypher round trip, however many levels.
 */
export async function neighbourhood(runner: QueryRunner, request: NeighbourhoodRequest): Promise<GraphRecord> {
  const { cypher, parameters } = neighbourhoodQuery(request, {
    node: nodeProjection,
    edge: storedEdgeProjection,
  });
  const [row] = await runner.read<{ nodes: StoredProperties[]; edges: StoredEdge[]; relationshipCounts: RelationshipCount[] }>(cypher, parameters);
  if (!row) throw new MissingNode(request.center);
  const nodes = row.nodes.map(toNodeRecord);
  const edges = sortEdges(row.edges.map(toGraphEdge));
  const omitted = omittedRelationships(row.relationshipCounts, nodes, edges);
  return { nodes, edges, truncated: omitted.length > 0, omitted };
}

export type PathRequest = Readonly<{
  from: string;
  to: string;
  maxLength: number;
  edgeTypes: readonly RelationshipType[];
  /** How many shortest paths at most: 1 for the one shortest path. */
  first: number;
  /** Only through relationships that hold at this date; any time when left out. */
  at?: string | null;
}>;

export type PathRecord = Readonly<{ nodes: readonly NodeRecord[]; edges: readonly GraphEdgeRecord[] }>;

/**
 * The shortest path between two nodes, or up to `first` shortest ones; none is an empty list. One round trip.
 * Shortest paths come in node-id order, so the one shortest path asked for is always the same. The length
 * bound must be written into the pattern; it is a whole number of one digit, so the text keeps its size.
 */
export async function shortestPaths(runner: QueryRunner, request: PathRequest): Promise<PathRecord[]> {
  if (!Number.isInteger(request.maxLength) || request.maxLength < 1 || request.maxLength > 9) {
    throw new RangeError(`maxLength must be a whole number from 1 to 9, got ${request.maxLength}`);
  }
  const rows = await runner.read<{ found: boolean[]; nodes: StoredProperties[] | null; edges: StoredEdge[] | null }>(
    `OPTIONAL MATCH (from:Node {id: $from})
     OPTIONAL MATCH (to:Node {id: $to})
     CALL (from, to) {
       OPTIONAL MATCH path = allShortestPaths((from)-[:${anyGraphType}*..${request.maxLength}]-(to))
       WHERE from <> to AND all(relationship IN relationships(path) WHERE ${wantedRelationship('relationship')})
       RETURN path
     }
     RETURN [from IS NOT NULL, to IS NOT NULL] AS found,
       CASE WHEN path IS NULL THEN null ELSE [node IN nodes(path) | ${nodeProjection('node')}] END AS nodes,
       CASE WHEN path IS NULL THEN null ELSE [relationship IN relationships(path) | ${storedEdgeProjection('relationship', 'startNode(relationship)', 'endNode(relationship)')}] END AS edges
     ORDER BY [node IN nodes(path) | node.id]
     LIMIT $first`,
    {
      from: request.from,
      to: request.to,
      wantedTypes: wantedOf(relationshipTypes, request.edgeTypes),
      first: neo4j.int(request.first),
      withEdgeProperties: true,
      ...atParameters(request.at),
    },
  );
  const [first] = rows;
  if (!first?.found[0]) throw new MissingNode(request.from);
  if (!first.found[1]) throw new MissingNode(request.to);
  return rows
    .filter((row) => row.nodes !== null && row.edges !== null)
    .map((row) => ({ nodes: row.nodes!.map(toNodeRecord), edges: row.edges!.map(toGraphEdge) }));
}

type StoredEdge = {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  statementId: string | null;
  properties: StoredProperties | null;
};

/**
 * An edge as stored; its properties only where they are asked for, since a drawing of 2,000 edges seldom needs them.
 * Asked for by a parameter, not in the text: one text is one plan, which the server plans while it starts.
 */
const storedEdgeProjection = (relationship: string, start: string, end: string) =>
  `{id: ${relationship}.id, type: type(${relationship}), source: ${start}.id, target: ${end}.id, statementId: ${relationship}.statementId,
      properties: CASE WHEN $withEdgeProperties THEN properties(${relationship}) END}`;

function toGraphEdge(stored: StoredEdge): GraphEdgeRecord {
  return {
    id: stored.id,
    type: stored.type,
    source: stored.source,
    target: stored.target,
    properties: stored.properties && toRelationshipProperties(stored.properties),
    statementIds: statementsBehind(stored.type, stored.source, stored.target, stored.statementId),
    weight: 1,
  };
}

export function sortEdges<Edge extends { id: string }>(edges: readonly Edge[]): Edge[] {
  return [...edges].sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
}
