/**
 * The limit: a bare HTTP endpoint per benchmark query that runs the best hand-written Cypher in one round trip
 * and returns the JSON our server returns. POST /<query> with the variables.
 */
import { createServer } from 'node:http';
import { parsePartialDate } from '../../src/model/dates.js';
import { kindOf, neighbourhoodQuery, omittedRelationships, sortEdges, type RelationshipCount } from '../../src/data/graph.js';
import { type NodeKind, nodeKinds, relationshipTypes } from '../../src/model/kinds.js';
import { transliteratedNameQuery } from '../../src/data/search.js';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../database.js';

type Variables = Record<string, string>;
type GraphNode = { id: string; kind: NodeKind; label: string };
type GraphEdge = { id: string; type: string; source: string; target: string };
type Handler = (database: Database, variables: Variables) => Promise<unknown>;

const allKinds = nodeKinds;
const labelOf = (variable: string) =>
  `CASE WHEN ${variable}:Statement THEN coalesce(${variable}.summary, left(${variable}.text, 80)) WHEN ${variable}:Source THEN ${variable}.title ELSE ${variable}.name END`;
const graphNode = (variable: string) => `{id: ${variable}.id, kind: ${kindOf(variable)}, label: ${labelOf(variable)}}`;
const graphEdge = (relationship: string, start: string, end: string) =>
  `{id: ${relationship}.id, type: type(${relationship}), source: ${start}.id, target: ${end}.id}`;

/** Through the project's own query runner, so that raw and ours pay the same for a round trip. */
function read(database: Database, cypher: string, parameters: Record<string, unknown>) {
  return database.runner().read(cypher, parameters);
}

/** Statements of a page: the 51st row only says that there is a next page. */
function page(rows: Record<string, unknown>[], size: number) {
  return { pageInfo: { hasNextPage: rows.length > size }, edges: rows.slice(0, size).map((row) => ({ node: row['node'] })) };
}

const handlers: Record<string, Handler> = {
  async personClaimsConfirmations(database, { id }) {
    const [row] = await read(
      database,
      `MATCH (p:Person {id: $id})
       RETURN p {
         .id, .name,
         claims: {edges: [(p)-[c:CLAIMS]->(s:Statement) | {node: {statement: s {
           .id, .summary,
           confirmations: [(s)<-[f:CONFIRMS]-(a) | {confirmer: a {.id, .name}, strength: f.strength}]
         }}}]}
       } AS person`,
      { id },
    );
    return { person: row?.['person'] ?? null };
  },

  async statementsInRange(database, { from, to }) {
    const rows = await read(
      database,
      // Walking the id index in order stops after 51 matches; a date index would find thousands and sort them.
      `MATCH (s:Statement) USING INDEX s:Statement(id)
       WHERE s.id IS NOT NULL AND s.dateEnd >= $from AND s.dateStart <= $to
       WITH s ORDER BY s.id LIMIT 51
       RETURN s {
         .id, .summary, .date,
         claims: [(a)-[:CLAIMS]->(s) | {actor: a {.id, .name}}],
         mentions: [(s)-[:MENTIONS]->(place:Place) | place {.id, .name}]
       } AS node`,
      { from: parsePartialDate(from!)?.start, to: parsePartialDate(to!)?.end },
    );
    return { statements: page(rows, 50) };
  },

  async deepPage(database, { after }) {
    const rows = await read(
      database,
      `MATCH (s:Statement) WHERE s.id > $after
       WITH s ORDER BY s.id LIMIT 51
       RETURN s {.id, .summary, .date, .verificationStatus} AS node`,
      { after },
    );
    return { statements: page(rows, 50) };
  },

  /** Our graph()'s own breadth-first, strongest-first expansion and relationship counts, projected straight to what is drawn. */
  async neighbourhood(database, { center }) {
    const { cypher, parameters } = neighbourhoodQuery(
      { center: center!, depth: 2, edgeTypes: relationshipTypes, nodeKinds, limit: 200 },
      { node: graphNode, edge: graphEdge },
    );
    const [row] = (await read(database, cypher, parameters)) as { nodes: GraphNode[]; edges: GraphEdge[]; relationshipCounts: RelationshipCount[] }[];
    const nodes = row?.nodes ?? [];
    const edges = sortEdges(row?.edges ?? []);
    const omitted = omittedRelationships(row?.relationshipCounts ?? [], nodes, edges);
    return { graph: { truncated: omitted.length > 0, nodes, edges, omitted } };
  },

  async searchPeople(database, { query }) {
    const lucene = transliteratedNameQuery(query!);
    const rows = await read(
      database,
      `CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
       WHERE node:Person
       RETURN {score: score, node: node {.id, .name}} AS hit
       ORDER BY score DESC, node.id
       LIMIT 20`,
      { lucene },
    );
    return { search: rows.map((row) => row['hit']) };
  },

  /** One pass over the range, grouped by status, language and period at once; each facet is summed from its rows. */
  async facets(database, { from, to }) {
    const rows = (await read(
      database,
      `MATCH (s:Statement) WHERE s.dateEnd >= $from AND s.dateStart <= $to
       RETURN s.verificationStatus AS status, s.language AS language,
              CASE s.datePrecision WHEN 'YEAR' THEN s.date ELSE left(s.date, 7) END AS period, count(*) AS count`,
      { from: parsePartialDate(from!)?.start, to: parsePartialDate(to!)?.end },
    )) as { status: string; language: string; period: string; count: number }[];
    const countsBy = <Key extends 'status' | 'language' | 'period'>(key: Key) => {
      const counts = new Map<string, number>();
      for (const row of rows) counts.set(row[key], (counts.get(row[key]) ?? 0) + row.count);
      return [...counts].map(([value, count]) => ({ [key]: value, count }));
    };
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    return { facets: { total, statuses: countsBy('status'), languages: countsBy('language'), periods: countsBy('period') } };
  },

  async shortestPath(database, { from, to }) {
    const rows = await read(
      database,
      `MATCH (from:Node {id: $from}), (to:Node {id: $to})
       MATCH path = allShortestPaths((from)-[:${relationshipTypes.join('|')}*..4]-(to))
       WITH path ORDER BY [node IN nodes(path) | node.id] LIMIT 1
       RETURN [node IN nodes(path) | ${graphNode('node')}] AS nodes,
              [relationship IN relationships(path) | ${graphEdge('relationship', 'startNode(relationship)', 'endNode(relationship)')}] AS edges`,
      { from, to, allKinds },
    );
    return { paths: rows };
  },
};

const database = openDatabase(process.env['NEO4J_URI'] ?? 'bolt://127.0.0.1:7700');
const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const handler = handlers[(request.url ?? '').slice(1)];
    if (request.method !== 'POST' || !handler) {
      response.writeHead(404).end();
      return;
    }
    const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { variables?: Variables };
    handler(database, variables ?? {}).then(
      (data) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ data, extensions: { cypherRoundTrips: 1 } }));
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
      },
    );
  });
});
server.listen(Number(process.env['PORT'] ?? 4103), '127.0.0.1', () => console.log('READY'));
process.once('SIGTERM', () => {
  server.close();
  void database.close().finally(() => process.exit(0));
});
