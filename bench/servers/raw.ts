/**
 * The limit: a bare HTTP endpoint per benchmark query that runs the best hand-written Cypher through
 * neo4j-driver in one round trip and returns the JSON our server returns. POST /<query> with the variables.
 */
import { createServer } from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { parsePartialDate } from '../../src/data/dates.js';
import { expansionLevel, kindOf } from '../../src/data/graph.js';
import { nodeKinds, relationshipTypes } from '../../src/data/model.js';
import { transliteratedNameQuery } from '../../src/data/search.js';

type Variables = Record<string, string>;
type Handler = (driver: Driver, variables: Variables) => Promise<unknown>;

const allKinds = nodeKinds;
const labelOf = (variable: string) =>
  `CASE WHEN ${variable}:Statement THEN coalesce(${variable}.summary, left(${variable}.text, 80)) WHEN ${variable}:Source THEN ${variable}.title ELSE ${variable}.name END`;
const graphNode = (variable: string) => `{id: ${variable}.id, kind: ${kindOf(variable)}, label: ${labelOf(variable)}}`;
const graphEdge = (tie: string, start: string, end: string) => `{id: ${tie}.id, type: type(${tie}), source: ${start}.id, target: ${end}.id}`;

async function read(driver: Driver, cypher: string, parameters: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(cypher, parameters, { routing: neo4j.routing.READ });
  return records.map((record) => record.toObject());
}

/** Statements of a page: the 51st row only says that there is a next page. */
function page(rows: Record<string, unknown>[], size: number) {
  return { pageInfo: { hasNextPage: rows.length > size }, edges: rows.slice(0, size).map((row) => ({ node: row['node'] })) };
}

const handlers: Record<string, Handler> = {
  async personClaimsConfirmations(driver, { id }) {
    const [row] = await read(
      driver,
      `MATCH (p:Person {id: $id})
       RETURN p {
         .id, .name,
         claims: [(p)-[c:CLAIMS]->(s:Statement) | {statement: s {
           .id, .summary,
           confirmations: [(s)<-[f:CONFIRMS]-(a) | {confirmer: a {.id, .name}, strength: f.strength}]
         }}]
       } AS person`,
      { id },
    );
    return { person: row?.['person'] ?? null };
  },

  async statementsInRange(driver, { from, to }) {
    const rows = await read(
      driver,
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

  async deepPage(driver, { after }) {
    const rows = await read(
      driver,
      `MATCH (s:Statement) WHERE s.id > $after
       WITH s ORDER BY s.id LIMIT 51
       RETURN s {.id, .summary, .date, .verificationStatus} AS node`,
      { after },
    );
    return { statements: page(rows, 50) };
  },

  /** Our graph()'s own breadth-first, strongest-first expansion, projected straight to what is drawn. */
  async neighbourhood(driver, { center }) {
    const types = relationshipTypes.join('|');
    const level = expansionLevel(types);
    const [row] = await read(
      driver,
      `MATCH (center:Node {id: $center})
       WITH [center] AS included, [center] AS frontier, [] AS omitted
       ${level}
       ${level}
       CALL (included) {
         UNWIND included AS start
         MATCH (start)-[tie:${types}]->(end)
         WHERE end IN included
         WITH tie, start, end ORDER BY tie.id
         RETURN collect(${graphEdge('tie', 'start', 'end')}) AS edges
       }
       RETURN [node IN included | ${graphNode('node')}] AS nodes, edges, omitted`,
      { center, limit: neo4j.int(200), allKinds, nodeKinds: allKinds },
    );
    const omitted = (row?.['omitted'] ?? []) as unknown[];
    return { graph: { truncated: omitted.length > 0, nodes: row?.['nodes'], edges: row?.['edges'], omitted } };
  },

  async searchPeople(driver, { query }) {
    const lucene = transliteratedNameQuery(query!);
    const rows = await read(
      driver,
      `CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
       WHERE node:Person
       RETURN {score: score, node: node {.id, .name}} AS hit
       ORDER BY score DESC, node.id
       LIMIT 20`,
      { lucene },
    );
    return { search: rows.map((row) => row['hit']) };
  },

  async shortestPath(driver, { from, to }) {
    const rows = await read(
      driver,
      `MATCH (from:Node {id: $from}), (to:Node {id: $to})
       MATCH path = allShortestPaths((from)-[:${relationshipTypes.join('|')}*..4]-(to))
       WITH path ORDER BY [node IN nodes(path) | node.id] LIMIT 1
       RETURN [node IN nodes(path) | ${graphNode('node')}] AS nodes,
              [tie IN relationships(path) | ${graphEdge('tie', 'startNode(tie)', 'endNode(tie)')}] AS edges`,
      { from, to, allKinds },
    );
    return { paths: rows };
  },
};

const driver = neo4j.driver(process.env['NEO4J_URI'] ?? 'bolt://127.0.0.1:7700', undefined, { disableLosslessIntegers: true });
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
    handler(driver, variables ?? {}).then(
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
  void driver.close().finally(() => process.exit(0));
});
