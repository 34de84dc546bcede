import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('graph around a node with 5,000 ties', () => {
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
  });

  it('truncates with exact omitted counts, strongest ties first, in one round trip', async () => {
    const { data, errors, extensions } = await api.query(`{ graph(center: "person:generated-hub", depth: 2, limit: 100) { ${graphFields} } }`);
    expect(errors).toBeUndefined();
    const graph: Graph = data.graph;
    expect(extensions?.cypherRoundTrips).toBe(1);
    expect(graph.nodes).toHaveLength(100);
    expect(graph.truncated).toBe(true);
    // The statement tied twice (claimed and confirmed) comes first, though its id sorts last.
    expect(graph.nodes[1]?.id).toBe('statement:generated-4990');
    const kinds = graph.nodes.map((node) => node.kind);
    expect(kinds.filter((kind) => kind === 'Organisation')).toHaveLength(10);
    expect(kinds.filter((kind) => kind === 'Statement')).toHaveLength(89);
    expect(graph.omitted).toEqual([{ nodeId: 'person:generated-hub', kind: 'Statement', count: 4990 - 89 }]);
    expectDrawable(graph);
    expect(graph.edges).toHaveLength(99 + 1);
  });

  it('counts ties, not neighbours: the statement claimed and confirmed is left out twice', async () => {
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
