import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { neighbourhoodQuery } from '../src/data/graph.js';
import { nodeKinds, relationshipTypes } from '../src/model/kinds.js';
import { openTestApi, resetToSeed } from './support.js';

const api = openTestApi();
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const graphFields = `nodes { id kind label } edges { id type source target weight properties { quote strength } } truncated omitted { nodeId kind count }`;

type Graph = {
  nodes: { id: string; kind: string; label: string }[];
  edges: { id: string; type: string; source: string; target: string }[];
  truncated: boolean;
  omitted: { nodeId: string; kind: string; count: number }[];
};

function expectDrawable(graph: Graph) {
  const nodeIds = graph.nodes.map((node) => node.id);
  expect(new Set(nodeIds).size).toBe(nodeIds.length);
  expect(new Set(graph.edges.map((edge) => edge.id)).size).toBe(graph.edges.length);
  for (const edge of graph.edges) {
    expect(nodeIds).toContain(edge.source);
    expect(nodeIds).toContain(edge.target);
  }
  for (const id of nodeIds) expect(id).toMatch(/^[a-z]+:/);
}

describe('graph: a neighbourhood ready to draw', () => {
  it("Prigozhin's neighbourhood holds his statements, Wagner, and the command he blames", async () => {
    const { data, errors, extensions } = await api.query(`{ graph(center: "person:yevgeny-prigozhin") { ${graphFields} } }`);
    expect(errors).toBeUndefined();
    const graph: Graph = data.graph;
    expectDrawable(graph);
    expect(graph.nodes[0]).toEqual({ id: 'person:yevgeny-prigozhin', kind: 'Person', label: 'Yevgeny Prigozhin' });
    const ids = graph.nodes.map((node) => node.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'organisation:wagner-group',
        'organisation:russian-military-command',
        'statement:wagner-lost-500-soldiers-and-3-km2',
        'statement:azov-advance-2-6-km',
      ]),
    );
    expect(graph.edges).toContainEqual(
      expect.objectContaining({ type: 'BLAMES', source: 'person:yevgeny-prigozhin', target: 'organisation:russian-military-command' }),
    );
    expect(graph.truncated).toBe(false);
    expect(graph.omitted).toEqual([]);
    expect(extensions?.cypherRoundTrips).toBe(1);
    for (const edge of data.graph.edges) expect(edge.properties).not.toBeNull();
    expect(data.graph.edges).toContainEqual(expect.objectContaining({ type: 'CONFIRMS', properties: expect.objectContaining({ strength: 'STRONG' }) }));

    // Without `properties`, the edges are the same, fetched lighter.
    const bare = await api.query(`{ graph(center: "person:yevgeny-prigozhin") { edges { id type source target } } }`);
    expect(bare.data.graph.edges).toEqual(graph.edges.map(({ id, type, source, target }) => ({ id, type, source, target })));
  });

  it('reaches further with depth, filters by edge type and node kind', async () => {
    const { data } = await api.query(`{
      one: graph(center: "person:yevgeny-prigozhin", depth: 1) { nodes { id } }
      two: graph(center: "person:yevgeny-prigozhin", depth: 2) { ${graphFields} }
      blames: graph(center: "person:yevgeny-prigozhin", edgeTypes: [BLAMES]) { ${graphFields} }
      organisations: graph(center: "person:yevgeny-prigozhin", nodeKinds: [Organisation]) { nodes { kind } }
    }`);
    expect(data.two.nodes.length).toBeGreaterThan(data.one.nodes.length);
    expect(data.two.nodes.map((node: any) => node.id)).toContain('person:andriy-biletsky');
    expectDrawable(data.two);
    expect(data.blames.nodes.map((node: any) => node.id).sort()).toEqual([
      'organisation:russian-armed-forces',
      'organisation:russian-military-command',
      'person:yevgeny-prigozhin',
    ]);
    expect(new Set(data.organisations.nodes.slice(1).map((node: any) => node.kind))).toEqual(new Set(['Organisation']));
  });

  it('cuts at the limit, says so, and counts what it left out behind which node', async () => {
    const { data } = await api.query(`{ graph(center: "person:yevgeny-prigozhin", limit: 3) { ${graphFields} } }`);
    const graph: Graph = data.graph;
    expect(graph.nodes).toHaveLength(3);
    expect(graph.truncated).toBe(true);
    const full = await api.query(`{ graph(center: "person:yevgeny-prigozhin") { nodes { kind } } }`);
    const neighbours = full.data.graph.nodes.length - 1;
    const omittedTotal = graph.omitted.reduce((sum, omitted) => sum + omitted.count, 0);
    expect(omittedTotal).toBe(neighbours - 2);
    for (const omitted of graph.omitted) expect(omitted.nodeId).toBe('person:yevgeny-prigozhin');
    expectDrawable(graph);
  });

  it('never returns a database-internal id and answers NOT_FOUND for an unknown centre', async () => {
    const { errors } = await api.query(`{ graph(center: "person:nobody") { nodes { id } } }`);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('graph around a node with 5,000 relationships', () => {
  beforeAll(async () => {
    await api.database.runner().write((transaction) =>
      transaction.run(
        `CREATE (hub:Node:Person {id: 'person:generated-hub', name: 'Generated Hub', aliases: []})
         WITH hub
         UNWIND range(1, 10) AS index
         CREATE (organisation:Node:Organisation {id: 'organisation:generated-' + index, name: 'Organisation ' + index, aliases: [], organisationKind: 'OTHER'})
         CREATE (hub)-[:MEMBER_OF {id: 'member_of:' + hub.id + '->' + organisation.id}]->(organisation)
         WITH DISTINCT hub
         UNWIND range(1, 4990) AS index
         CREATE (statement:Node:Statement {id: 'statement:generated-' + right('0000' + index, 4), text: 'Bewering ' + index, language: 'nl', verificationStatus: 'UNVERIFIED'})
         CREATE (hub)-[:CLAIMS {id: 'claims:' + hub.id + '->' + statement.id}]->(statement)
         WITH hub, statement WHERE statement.id = 'statement:generated-4990'
         CREATE (hub)-[:CONFIRMS {id: 'confirms:' + hub.id + '->' + statement.id, strength: 'STRONG'}]->(statement)`,
      ),
    );
    // A node small enough to be ranked from all its relationships: 150 claims, one statement also confirmed.
    await api.database.runner().write((transaction) =>
      transaction.run(
        `CREATE (hub:Node:Person {id: 'person:generated-small-hub', name: 'Generated Small Hub', aliases: []})
         WITH hub
         UNWIND range(1, 150) AS index
         CREATE (statement:Node:Statement {id: 'statement:generated-small-' + right('000' + index, 3), text: 'Bewering ' + index, language: 'nl', verificationStatus: 'UNVERIFIED'})
         CREATE (hub)-[:CLAIMS {id: 'claims:' + hub.id + '->' + statement.id}]->(statement)
         WITH hub, statement WHERE statement.id = 'statement:generated-small-150'
         CREATE (hub)-[:CONFIRMS {id: 'confirms:' + hub.id + '->' + statement.id, strength: 'STRONG'}]->(statement)`,
      ),
    );
  });

  it('truncates with exact omitted counts in one round trip', async () => {
    const { data, errors, extensions } = await api.query(`{ graph(center: "person:generated-hub", depth: 2, limit: 100) { ${graphFields} } }`);
    expect(errors).toBeUndefined();
    const graph: Graph = data.graph;
    expect(extensions?.cypherRoundTrips).toBe(1);
    expect(graph.nodes).toHaveLength(100);
    expect(graph.truncated).toBe(true);
    expectDrawable(graph);
    // Whichever neighbours were drawn, every one of the hub's relationships is either an edge drawn or counted as left out.
    const kindOf = new Map(graph.nodes.map((node) => [node.id, node.kind]));
    const drawnTo = (kind: string) =>
      graph.edges.filter((edge) => edge.source === 'person:generated-hub' && kindOf.get(edge.target) === kind).length;
    const omitted = (kind: string) => graph.omitted.find((item) => item.nodeId === 'person:generated-hub' && item.kind === kind)?.count ?? 0;
    expect(drawnTo('Organisation') + omitted('Organisation')).toBe(10);
    expect(drawnTo('Statement') + omitted('Statement')).toBe(4990 + 1);
    expect(omitted('Statement')).toBeGreaterThan(4000);
  });

  it('ranks the neighbours of a node with fewer relationships than the budget reads strongest first', async () => {
    // A limit of 50 ranks from up to 200 relationships of each node: all 151 of this one.
    const { data, errors } = await api.query(`{ graph(center: "person:generated-small-hub", limit: 50) { ${graphFields} } }`);
    expect(errors).toBeUndefined();
    // The statement tied twice (claimed and confirmed) comes first, though its id sorts last.
    expect(data.graph.nodes[1]?.id).toBe('statement:generated-small-150');
    expect(data.graph.nodes.slice(2).map((node: { id: string }) => node.id)).toEqual(
      Array.from({ length: 48 }, (_, index) => `statement:generated-small-${String(index + 1).padStart(3, '0')}`),
    );
  });

  /** The database hits of the neighbourhood query our data layer sends, profiled. */
  async function dbHitsAround(center: string, limit: number): Promise<number> {
    const { cypher, parameters } = neighbourhoodQuery(
      { center, depth: 2, edgeTypes: relationshipTypes, nodeKinds, limit },
      { node: (variable) => `${variable}.id`, edge: (relationship) => `${relationship}.id` },
    );
    const driver = neo4j.driver(inject('neo4jUri'), neo4j.auth.basic('neo4j', ''));
    try {
      const { summary } = await driver.executeQuery(`PROFILE ${cypher}`, parameters);
      const hits = (plan: { dbHits: number; children: unknown[] }): number =>
        plan.dbHits + plan.children.reduce<number>((sum, child) => sum + hits(child as typeof plan), 0);
      return hits(summary.profile as unknown as { dbHits: number; children: unknown[] });
    } finally {
      await driver.close();
    }
  }

  it('reads about as much around a hub of 5,000 relationships as around a node of 150: the budget bounds the work, not the degree', async () => {
    const small = await dbHitsAround('person:generated-small-hub', 20);
    const hub = await dbHitsAround('person:generated-hub', 20);
    expect(hub).toBeLessThan(small * 2);
    expect(hub).toBeLessThan(5000);
  });

  it('counts relationships, not neighbours: the statement claimed and confirmed is left out twice', async () => {
    const { data, errors, extensions } = await api.query(`{ graph(center: "person:generated-hub", depth: 2, limit: 1) { ${graphFields} } }`);
    expect(errors).toBeUndefined();
    expect(extensions?.cypherRoundTrips).toBe(1);
    expect(data.graph.nodes).toEqual([{ id: 'person:generated-hub', kind: 'Person', label: 'Generated Hub' }]);
    expect(data.graph.edges).toEqual([]);
    expect(data.graph.omitted).toEqual([
      { nodeId: 'person:generated-hub', kind: 'Organisation', count: 10 },
      { nodeId: 'person:generated-hub', kind: 'Statement', count: 4990 + 1 },
    ]);
  });
});
