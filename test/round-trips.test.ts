import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, resetToSeed } from './support.js';

const api = openTestApi();
const people = 40;

beforeAll(async () => {
  await resetToSeed(api.database);
  // 40 people, each claiming 2 statements, each statement confirmed by 3 organisations.
  await api.database.runner().write((transaction) =>
    transaction.run(
      `UNWIND range(1, $people) AS p
       CREATE (person:Node:Person {id: 'person:generated-' + p, name: 'Generated Person ' + p, aliases: [], foldedNames: 'generated person ' + p})
       WITH person, p
       UNWIND range(1, 2) AS s
       CREATE (statement:Node:Statement {id: 'statement:generated-' + p + '-' + s, text: 'Bewering ' + s, language: 'nl', verificationStatus: 'UNVERIFIED'})
       CREATE (person)-[:CLAIMS {id: 'claims:' + person.id + '->' + statement.id}]->(statement)
       WITH statement
       UNWIND range(1, 3) AS c
       MERGE (organisation:Node:Organisation {id: 'organisation:generated-' + c})
         ON CREATE SET organisation.name = 'Generated Organisation ' + c, organisation.aliases = [], organisation.organisationKind = 'OTHER'
       CREATE (organisation)-[:CONFIRMS {id: 'confirms:' + organisation.id + '->' + statement.id, strength: 'WEAK'}]->(statement)`,
      { people },
    ),
  );
});
afterAll(() => api.close());

const threeLevels = `query ($first: Int) {
  people(first: $first, filter: { name: "generated person" }) {
    edges { node { name claims { statement { text confirmations { strength confirmer { name } } } } } }
  }
}`;

describe('Cypher round trips', () => {
  it('do not grow with the number of results: lists asked for below a page come along with it', async () => {
    const small = await api.query(threeLevels, { first: 2 });
    const large = await api.query(threeLevels, { first: people });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();

    const confirmations = large.data.people.edges.flatMap((edge: any) =>
      edge.node.claims.flatMap((claim: any) => claim.statement.confirmations),
    );
    expect(large.data.people.edges).toHaveLength(people);
    expect(confirmations).toHaveLength(people * 2 * 3);
    expect(new Set(confirmations.map((confirmation: any) => confirmation.confirmer.name))).toEqual(
      new Set(['Generated Organisation 1', 'Generated Organisation 2', 'Generated Organisation 3']),
    );

    // The page, the claims of its people and the confirmations of their statements: one query.
    expect(large.extensions?.cypherRoundTrips).toBe(1);
    expect(small.extensions?.cypherRoundTrips).toBe(1);
  });

  it('stay one when the same relationship is asked for under aliases', async () => {
    const { data, extensions, errors } = await api.query(`{
      people(first: 20, filter: { name: "generated person" }) { edges { node { first: claims { statement { text } } second: claims { medium } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.people.edges[0].node.first).toHaveLength(2);
    expect(data.people.edges[0].node.second).toHaveLength(2);
    expect(extensions?.cypherRoundTrips).toBe(1);
  });

  it('follow named and inline fragments', async () => {
    const { data, extensions, errors } = await api.query(`
      query { person(id: "person:generated-1") { ...Claims } }
      fragment Claims on Person { claims { statement { ... on Statement { confirmations { strength } } } } }`);
    expect(errors).toBeUndefined();
    expect(data.person.claims.map((claim: any) => claim.statement.confirmations.length)).toEqual([3, 3]);
    expect(extensions?.cypherRoundTrips).toBe(1);
  });

  it('answer the same whether the lists come along or load level by level', async () => {
    const below = 'claims { id statement { id confirmations { id strength confirmer { id name } statement { id } } } }';
    const along = await api.query(`{ person(id: "person:yevgeny-prigozhin") { ${below} } }`);
    const byLevel = await api.query(`{ node(id: "person:yevgeny-prigozhin") { ... on Person { ${below} } } }`);
    expect(along.errors).toBeUndefined();
    expect(byLevel.errors).toBeUndefined();
    expect(along.data.person.claims.length).toBeGreaterThan(0);
    expect(along.data.person).toEqual(byLevel.data.node);
    // node() loads by id through a batch loader, whose claims then bring their confirmations along.
    expect(along.extensions?.cypherRoundTrips).toBe(1);
    expect(byLevel.extensions?.cypherRoundTrips).toBe(2);
  });

  it('grow by one for the lists of entities below a list, which load once per entity', async () => {
    const { data, errors, extensions } = await api.query(`{
      person(id: "person:generated-1") {
        claims { statement { confirmations { confirmer { ... on Organisation {
          confirmations { statement { claims { actor { name } } } }
        } } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const claimants = data.person.claims.flatMap((claim: any) =>
      claim.statement.confirmations.flatMap((confirmation: any) =>
        confirmation.confirmer.confirmations.flatMap((back: any) => back.statement.claims),
      ),
    );
    // 2 claims, each confirmed by 3 organisations, each of which confirms all 80 generated statements.
    expect(claimants).toHaveLength(2 * 3 * people * 2);
    // The claims and their confirmations come with the person; the confirmers' confirmations, with the claims
    // of those statements, load in one more round trip.
    expect(extensions?.cypherRoundTrips).toBe(2);
  });
});
