import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, resetToSeed } from './support.js';

const api = openTestApi();
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

/**
 * `person(id)` and a page read only the stored properties a query asks for, with the lists below them;
 * `node(id)` loads whole nodes through the batch loader, level by level. Both must answer alike.
 */
async function expectSameAnswers(fields: string) {
  const along = await api.query(`{ person(id: "person:yevgeny-prigozhin") { ${fields} } }`);
  const byLevel = await api.query(`{ node(id: "person:yevgeny-prigozhin") { ... on Person { ${fields} } } }`);
  expect(along.errors).toBeUndefined();
  expect(byLevel.errors).toBeUndefined();
  expect(along.data.person).toEqual(byLevel.data.node);
  return along.data.person;
}

describe('look-ahead reads what the query asks for', () => {
  it('answers plain fields of the far ends as whole nodes would', async () => {
    const person = await expectSameAnswers(`id name
      claims { id medium quote date statement {
        id text translation summary language date datePrecision verificationStatus verificationNote createdAt updatedBy
        mentions { __typename ... on Entity { id name aliases description } ... on Place { kind latitude longitude } ... on Organisation { organisationKind: kind } }
        sources { source { id title publisher url published publishedPrecision language } quote start end }
      } }`);
    const statement = person.claims.find((claim: any) => claim.statement.id === 'statement:wagner-lost-500-soldiers-and-3-km2').statement;
    expect(statement.text.length).toBeGreaterThan(20);
    expect(statement.date).toBe('2023-05');
    expect(statement.mentions).toContainEqual(expect.objectContaining({ __typename: 'Place', id: 'place:bakhmut', kind: 'CITY' }));
    expect(statement.sources[0].source.title).toBeTruthy();
  });

  it('reads a node again through the near end of its relationships', async () => {
    const person = await expectSameAnswers(`id claims { actor { id description aliases } statement { id } }
      blames { reason quote statement { id } blamed { id name } } memberships { kind role organisation { id name } }`);
    expect(person.blames).toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/ammunition/i) }));
    expect(person.memberships.length).toBeGreaterThan(0);
    expect(person.claims[0].actor.description).toMatch(/Wagner/);
    expect(person.claims[0].actor.aliases.length).toBeGreaterThan(0);
  });

  it('reads whole nodes where a field computes from more than one property', async () => {
    const person = await expectSameAnswers('id names { language name } claims { statement { id corroboration { claimants } } }');
    expect(person.names).toContainEqual({ language: 'nl', name: 'Jevgeni Prigozjin' });
  });

  it('reads what a page asks of its nodes', async () => {
    const fields = 'id summary date verificationStatus claims { actor { name } }';
    const page = await api.query(`{ statements(first: 5) { edges { node { ${fields} } } } }`);
    const ids = page.data.statements.edges.map((edge: any) => edge.node.id);
    const whole = await api.query(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Statement { ${fields} } } }`, { ids });
    expect(page.errors).toBeUndefined();
    expect(page.data.statements.edges.map((edge: any) => edge.node)).toEqual(whole.data.nodes);
    expect(page.extensions?.cypherRoundTrips).toBe(1);
  });
});
