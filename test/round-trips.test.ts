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
  it('grow with the depth of a query, not with the number of results', async () => {
    const small = await api.query(threeLevels, { first: 2 });
    const large = await api.query(threeLevels, { first: people });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();

    const confirmations = large.data.people.edges.flatMap((edge: any) =>
      edge.node.claims.flatMap((claim: any) => claim.statement.confirmations),
    );
    expect(large.data.people.edges).toHaveLength(people);
    expect(confirmations).toHaveLength(people * 2 * 3);

    // people, then claims of all people, then confirmations of all statements.
    expect(large.extensions?.cypherRoundTrips).toBe(3);
    expect(small.extensions?.cypherRoundTrips).toBe(large.extensions?.cypherRoundTrips);
  });

  it('stay batched when the same relationship is asked for under aliases', async () => {
    const { extensions, errors } = await api.query(`{
      people(first: 20, filter: { name: "generated person" }) { edges { node { first: claims { statement { text } } second: claims { medium } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(extensions?.cypherRoundTrips).toBe(2);
  });
});
