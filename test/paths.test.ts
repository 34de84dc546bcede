import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, resetToSeed } from './support.js';

const api = openTestApi();
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const pathFields = `length nodes { id kind } edges { id type source target } throughStatements { id } steps { from { id } to { id } forward edge { type } }`;

describe('paths between two nodes', () => {
  it('Housen reaches Biletsky in two hops, through a claim both touch', async () => {
    const { data, errors, extensions } = await api.query(`{ paths(from: "person:roger-housen", to: "person:andriy-biletsky") { ${pathFields} } }`);
    expect(errors).toBeUndefined();
    expect(data.paths).toHaveLength(1);
    const [path] = data.paths;
    expect(path.length).toBe(2);
    expect(path.nodes[0].id).toBe('person:roger-housen');
    expect(path.nodes[2].id).toBe('person:andriy-biletsky');
    expect(path.nodes[1].kind).toBe('Statement');
    expect(path.throughStatements).toEqual([{ id: path.nodes[1].id }]);
    expect(path.steps.map((step: any) => [step.edge.type, step.forward])).toEqual([
      ['CONFIRMS', true],
      ['CLAIMS', false],
    ]);
    expect(extensions?.cypherRoundTrips).toBe(1);
  });

  it('lists every shortest path with all: true, each in order, always the same first', async () => {
    const { data } = await api.query(`{
      all: paths(from: "person:roger-housen", to: "person:andriy-biletsky", all: true) { ${pathFields} }
      one: paths(from: "person:roger-housen", to: "person:andriy-biletsky") { nodes { id } }
    }`);
    const through = data.all.map((path: any) => path.nodes[1].id).sort();
    expect(through).toEqual(['statement:azov-advance-2-6-km', 'statement:no-russian-soldier-in-captured-area', 'statement:two-russian-companies-eliminated']);
    expect(data.one[0].nodes[1].id).toBe(data.all[0].nodes[1].id);
    for (const path of data.all) {
      path.edges.forEach((edge: any, index: number) => {
        expect([edge.source, edge.target].sort()).toEqual([path.nodes[index].id, path.nodes[index + 1].id].sort());
      });
    }
  });

  it('is an empty list when no path fits, and NOT_FOUND for an unknown end', async () => {
    const none = await api.query(`{ paths(from: "person:roger-housen", to: "person:andriy-biletsky", maxLength: 1) { length } }`);
    expect(none.errors).toBeUndefined();
    expect(none.data.paths).toEqual([]);
    const unknown = await api.query(`{ paths(from: "person:roger-housen", to: "person:nobody") { length } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('names the statement behind every hop and edge, a blame\'s included', async () => {
    const { data, errors } = await api.query(`{
      blame: paths(from: "person:yevgeny-prigozhin", to: "organisation:russian-military-command", edgeTypes: [BLAMES]) { edges { type statementIds } }
      claim: paths(from: "person:roger-housen", to: "person:andriy-biletsky") { edges { type source target statementIds } }
      membership: paths(from: "person:yevgeny-prigozhin", to: "organisation:wagner-group", edgeTypes: [LEADS]) { edges { statementIds weight } }
    }`);
    expect(errors).toBeUndefined();
    const [blame] = data.blame[0].edges;
    expect(blame.type).toBe('BLAMES');
    expect(blame.statementIds).toHaveLength(1);
    const blamed = await api.query(`query ($id: ID!) { statement(id: $id) { blames { blamer { id } blamed { id } } } }`, { id: blame.statementIds[0] });
    expect(blamed.data.statement.blames).toContainEqual({ blamer: { id: 'person:yevgeny-prigozhin' }, blamed: { id: 'organisation:russian-military-command' } });
    for (const edge of data.claim[0].edges) {
      expect(edge.statementIds, edge.type).toEqual([edge.source, edge.target].filter((id: string) => id.startsWith('statement:')));
    }
    expect(data.membership[0].edges).toEqual([{ statementIds: [], weight: 1 }]);
  });

  it('walks only the edge types asked for', async () => {
    const { data } = await api.query(`{ paths(from: "person:yevgeny-prigozhin", to: "organisation:russian-federation", edgeTypes: [LEADS, PART_OF]) { ${pathFields} } }`);
    expect(data.paths[0].nodes.map((node: any) => node.id)).toEqual([
      'person:yevgeny-prigozhin',
      'organisation:wagner-group',
      'organisation:russian-federation',
    ]);
  });
});
