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
    edges { node { name claims { edges { node { statement { text confirmations { strength confirmer { name } } } } } } } }
  }
}`;

describe('Cypher round trips', () => {
  it('do not grow with the number of results: lists asked for below a page come along with it', async () => {
    const small = await api.query(threeLevels, { first: 2 });
    const large = await api.query(threeLevels, { first: people });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();

    const confirmations = large.data.people.edges.flatMap((edge: any) =>
      edge.node.claims.edges.flatMap(({ node: claim }: any) => claim.statement.confirmations),
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
      people(first: 20, filter: { name: "generated person" }) { edges { node { first: claims { edges { node { statement { text } } } } second: claims { edges { node { medium } } } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.people.edges[0].node.first.edges).toHaveLength(2);
    expect(data.people.edges[0].node.second.edges).toHaveLength(2);
    expect(extensions?.cypherRoundTrips).toBe(1);
  });

  it('stay as they are when each statement of a drawing says how often it is disputed: the count is kept on the statement', async () => {
    const drawing = (asked: string) => `{ graph(center: "person:yevgeny-prigozhin", depth: 2) { nodes { id node { ... on Statement { verificationStatus ${asked} } } } } }`;
    const plain = await api.query(drawing(''));
    const counted = await api.query(drawing('disputeCount'));
    const listed = await api.query(drawing('disputes { id }'));
    for (const answer of [plain, counted, listed]) expect(answer.errors).toBeUndefined();
    expect(counted.extensions?.cypherRoundTrips).toBe(plain.extensions?.cypherRoundTrips);

    const statements = (answer: any): [string, any][] => answer.data.graph.nodes.filter((node: any) => node.node?.verificationStatus).map((node: any) => [node.id, node.node]);
    const disputes = new Map(statements(listed).map(([id, node]) => [id, node.disputes.length]));
    expect(new Map(statements(counted).map(([id, node]) => [id, node.disputeCount]))).toEqual(disputes);
    expect([...disputes.values()].some((count) => count > 0)).toBe(true);
  });

  it('follow named and inline fragments', async () => {
    const { data, extensions, errors } = await api.query(`
      query { person(id: "person:generated-1") { ...Claims } }
      fragment Claims on Person { claims { edges { node { statement { ... on Statement { confirmations { strength } } } } } } }`);
    expect(errors).toBeUndefined();
    expect(data.person.claims.edges.map(({ node }: any) => node.statement.confirmations.length)).toEqual([3, 3]);
    expect(extensions?.cypherRoundTrips).toBe(1);
  });

  it('answer the same whether the lists come along or load level by level', async () => {
    const below = 'claims { totalCount edges { cursor node { id statement { id confirmations { id strength confirmer { id name } statement { id } } } } } }';
    const along = await api.query(`{ person(id: "person:yevgeny-prigozhin") { ${below} } }`);
    const byLevel = await api.query(`{ node(id: "person:yevgeny-prigozhin") { ... on Person { ${below} } } }`);
    expect(along.errors).toBeUndefined();
    expect(byLevel.errors).toBeUndefined();
    expect(along.data.person.claims.edges.length).toBeGreaterThan(0);
    expect(along.data.person).toEqual(byLevel.data.node);
    // node() loads by id through a batch loader, whose claims then bring their confirmations along.
    expect(along.extensions?.cypherRoundTrips).toBe(1);
    expect(byLevel.extensions?.cypherRoundTrips).toBe(2);
  });

  it('grow by one for the lists of entities below a list, which load once per entity', async () => {
    const { data, errors, extensions } = await api.query(`{
      person(id: "person:generated-1") {
        claims(first: 2) { edges { node { statement { confirmations { confirmer { ... on Organisation {
          confirmations(first: 80) { edges { node { statement { claims { actor { name } } } } } }
        } } } } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const claimants = data.person.claims.edges.flatMap(({ node: claim }: any) =>
      claim.statement.confirmations.flatMap((confirmation: any) =>
        confirmation.confirmer.confirmations.edges.flatMap(({ node: back }: any) => back.statement.claims),
      ),
    );
    // 2 claims, each confirmed by 3 organisations, each of which confirms all 80 generated statements.
    expect(claimants).toHaveLength(2 * 3 * people * 2);
    // The claims and their confirmations come with the person; the confirmers' confirmations, with the claims
    // of those statements, load in one more round trip.
    expect(extensions?.cypherRoundTrips).toBe(2);
  });

  it('stay one for pages of nested lists, each node its own page, with counts and cursors', async () => {
    const pageOf = `query ($first: Int, $after: String) {
      people(first: 3, filter: { name: "generated person" }) { edges { node { id
        claims(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { statement { id confirmations { strength } } } } }
      } } }
    }`;
    const first = await api.query(pageOf, { first: 1 });
    expect(first.errors).toBeUndefined();
    expect(first.extensions?.cypherRoundTrips).toBe(1);
    const people = first.data.people.edges.map(({ node }: any) => node);
    expect(people).toHaveLength(3);
    for (const person of people) {
      const number = person.id.slice('person:generated-'.length);
      expect(person.claims.totalCount).toBe(2);
      expect(person.claims.pageInfo.hasNextPage).toBe(true);
      expect(person.claims.edges.map(({ node }: any) => node.statement.id)).toEqual([`statement:generated-${number}-1`]);
      expect(person.claims.edges[0].node.statement.confirmations).toHaveLength(3);
      expect(person.claims.pageInfo.endCursor).toBe(person.claims.edges[0].cursor);
    }
    // One cursor for every person at that place: the page after it is the second claim of the person it came from.
    const [one] = people;
    const next = await api.query(
      `query ($after: String) { person(id: "${one.id}") { claims(first: 5, after: $after) { totalCount pageInfo { hasNextPage } edges { node { statement { id } } } } } }`,
      { after: one.claims.pageInfo.endCursor },
    );
    expect(next.errors).toBeUndefined();
    expect(next.extensions?.cypherRoundTrips).toBe(1);
    expect(next.data.person.claims.totalCount).toBe(2);
    expect(next.data.person.claims.pageInfo.hasNextPage).toBe(false);
    expect(next.data.person.claims.edges.map(({ node }: any) => node.statement.id)).toEqual([`statement:generated-${one.id.slice('person:generated-'.length)}-2`]);
  });

  it('refuse page sizes out of bounds and cursors from nowhere in nested lists, before reading', async () => {
    const tooMany = await api.query(`{ person(id: "person:generated-1") { claims(first: 500) { edges { cursor } } } }`);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(tooMany.errors?.[0]?.message).toContain('between 1 and 100, got 500');
    const garbage = await api.query(`{ person(id: "person:generated-1") { claims(after: "garbage") { edges { cursor } } } }`);
    expect(garbage.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
