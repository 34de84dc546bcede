import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, resetToSeed } from './support.js';

const api = openTestApi();
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const networkFields = `nodes { id kind } edges { id type source target weight statementIds properties { quote } } truncated omitted { nodeId kind count }`;

describe('the actor network', () => {
  it('shows Prigozhin corroborating Biletsky, though they are on opposite sides', async () => {
    const { data, errors, extensions } = await api.query(`{ actorNetwork(filter: { place: "place:bakhmut" }) { ${networkFields} } }`);
    expect(errors).toBeUndefined();
    const network = data.actorNetwork;
    expect(new Set(network.nodes.map((node: any) => node.kind))).toEqual(new Set(['Person', 'Organisation']));
    const corroboration = network.edges.find(
      (edge: any) => edge.type === 'CORROBORATES' && edge.source === 'person:yevgeny-prigozhin' && edge.target === 'person:andriy-biletsky',
    );
    expect(corroboration.statementIds).toEqual(['statement:azov-advance-2-6-km', 'statement:two-russian-companies-eliminated']);
    expect(corroboration.weight).toBe(2);
    expect(corroboration.properties).toBeNull();
    const nodeIds = network.nodes.map((node: any) => node.id);
    for (const edge of network.edges) {
      expect(nodeIds).toContain(edge.source);
      expect(nodeIds).toContain(edge.target);
    }
    expect(extensions?.cypherRoundTrips).toBe(1);
  });

  it('folds disputes and contradicting claims into CONTRADICTS and keeps blames, with the statements behind them', async () => {
    const { data } = await api.query(`{ actorNetwork { ${networkFields} } }`);
    const edges = data.actorNetwork.edges;
    // The analysts dispute Putin's springboard, and their own "symbolic battle" is what the springboard contradicts.
    expect(edges).toContainEqual(
      expect.objectContaining({
        type: 'CONTRADICTS',
        source: 'organisation:ukrainian-and-western-analysts',
        target: 'person:vladimir-putin',
        statementIds: ['statement:bakhmut-mostly-symbolic-battle', 'statement:bakhmut-springboard-to-surrounding-cities'],
      }),
    );
    expect(edges).toContainEqual(
      expect.objectContaining({
        type: 'BLAMES',
        source: 'person:yevgeny-prigozhin',
        target: 'organisation:russian-military-command',
        statementIds: ['statement:promised-ammunition-not-arrived'],
      }),
    );
  });

  it('narrows to actors and dates, and limits with omitted counts', async () => {
    const { data } = await api.query(`{
      housen: actorNetwork(filter: { actors: ["person:roger-housen"] }) { ${networkFields} }
      before: actorNetwork(filter: { to: "2023-04" }) { nodes { id } edges { id } }
      limited: actorNetwork(limit: 2) { ${networkFields} }
    }`);
    for (const edge of data.housen.edges) expect([edge.source, edge.target]).toContain('person:roger-housen');
    expect(data.before).toEqual({ nodes: [], edges: [] });
    expect(data.limited.nodes).toHaveLength(2);
    expect(data.limited.truncated).toBe(true);
    expect(data.limited.omitted.length).toBeGreaterThan(0);
  });
});

describe('how well a claim stands', () => {
  it("Biletsky's advance: two confirmers, both independent, Prigozhin's an admission against interest", async () => {
    const { data } = await api.query(`{
      statement(id: "statement:azov-advance-2-6-km") {
        corroboration {
          claimants confirmers disputers independentConfirmations adversarialConfirmations
          adversarialConfirmers { name camp { name } }
        }
        claims { actor { camp { name } } }
      }
    }`);
    expect(data.statement.corroboration).toEqual({
      claimants: 1,
      confirmers: 2,
      disputers: 0,
      independentConfirmations: 2,
      adversarialConfirmations: 1,
      adversarialConfirmers: [{ name: 'Yevgeny Prigozhin', camp: { name: 'Russian Federation' } }],
    });
    expect(data.statement.claims[0].actor.camp).toEqual({ name: 'Ukraine' });
  });

  it('the disputed strategic value of Bakhmut: each side claims one reading and disputes the other', async () => {
    const { data } = await api.query(`{
      symbolic: statement(id: "statement:bakhmut-mostly-symbolic-battle") { corroboration { claimants confirmers disputers } }
      springboard: statement(id: "statement:bakhmut-springboard-to-surrounding-cities") { corroboration { claimants confirmers disputers } }
    }`);
    expect(data.symbolic.corroboration).toEqual({ claimants: 1, confirmers: 0, disputers: 2 });
    expect(data.springboard.corroboration).toEqual({ claimants: 2, confirmers: 0, disputers: 1 });
  });

  it('camps come from the graph: Housen and the analysts belong to none', async () => {
    const { data } = await api.query(`{
      housen: person(id: "person:roger-housen") { camp { id } }
      putin: person(id: "person:vladimir-putin") { camp { id } }
      azov: organisation(id: "organisation:azov-battalion") { camp { id } }
    }`);
    expect(data).toEqual({ housen: { camp: null }, putin: { camp: { id: 'organisation:russian-federation' } }, azov: { camp: { id: 'organisation:ukraine' } } });
  });

  it('a confirmer tied to the claimant is not independent', async () => {
    await api.database.runner().write((transaction) =>
      transaction.run(
        `MATCH (wagner:Organisation {id: 'organisation:wagner-group'}), (statement:Statement {id: 'statement:wagner-lost-500-soldiers-and-3-km2'})
         MERGE (wagner)-[:CONFIRMS {id: 'confirms:organisation:wagner-group->statement:wagner-lost-500-soldiers-and-3-km2', strength: 'STRONG'}]->(statement)`,
      ),
    );
    const { data } = await api.query(`{ statement(id: "statement:wagner-lost-500-soldiers-and-3-km2") { corroboration { confirmers independentConfirmations adversarialConfirmations } } }`);
    expect(data.statement.corroboration).toEqual({ confirmers: 1, independentConfirmations: 0, adversarialConfirmations: 0 });
  });

  it('corroboration of many statements costs one round trip', async () => {
    const { extensions, data } = await api.query(`{ statements(first: 50) { edges { node { corroboration { claimants } } } } }`);
    expect(data.statements.edges.length).toBeGreaterThan(10);
    expect(extensions?.cypherRoundTrips).toBe(2);
  });
});

describe('rankings', () => {
  it('ranks actors by claims, confirmations and blames, highest first', async () => {
    const { data } = await api.query(`{
      claims: rankActors(by: CLAIMS, first: 2) { actor { name } count }
      blamed: rankActors(by: BLAMES_RECEIVED) { actor { name } count }
      blamers: rankActors(by: BLAMES_MADE) { actor { name } count }
    }`);
    expect(data.claims).toEqual([
      { actor: { name: 'Roger Housen' }, count: 6 },
      { actor: { name: 'Yevgeny Prigozhin' }, count: 4 },
    ]);
    expect(data.blamed.map((ranked: any) => ranked.actor.name).sort()).toEqual(['Russian Armed Forces', 'Russian military command']);
    expect(data.blamers).toEqual([{ actor: { name: 'Yevgeny Prigozhin' }, count: 2 }]);
  });
});
