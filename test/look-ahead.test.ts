import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Parameters, queries } from '../bench/queries.js';
import type { NodePlan, RelationshipPlan } from '../src/data/relationships.js';
import { openTestApi, resetToSeed } from './support.js';

/** Every plan look-ahead makes while a request runs, at every level. */
const plans = vi.hoisted((): unknown[] => []);
vi.mock('../src/schema/lib/look-ahead.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/schema/lib/look-ahead.js')>();
  const recorded =
    <Arguments extends unknown[], Plan>(plan: (...args: Arguments) => Plan) =>
    (...args: Arguments): Plan => {
      const made = plan(...args);
      plans.push(made);
      return made;
    };
  return { ...original, nodePlan: recorded(original.nodePlan), planOfList: recorded(original.planOfList) };
});

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
      claims(first: 100) { totalCount edges { cursor node { id medium quote date statement {
        id text translation summary language date datePrecision verificationStatus verificationNote createdAt updatedBy
        mentions { __typename ... on Entity { id name aliases description } ... on Place { kind latitude longitude } ... on Organisation { organisationKind: kind } }
        sources { source { id title publisher url published publishedPrecision language } quote start end }
      } } } }`);
    expect(person.claims.totalCount).toBe(person.claims.edges.length);
    const statement = person.claims.edges.map(({ node }: any) => node).find((claim: any) => claim.statement.id === 'statement:wagner-lost-500-soldiers-and-3-km2').statement;
    expect(statement.text.length).toBeGreaterThan(20);
    expect(statement.date).toBe('2023-05');
    expect(statement.mentions).toContainEqual(expect.objectContaining({ __typename: 'Place', id: 'place:bakhmut', kind: 'CITY' }));
    expect(statement.sources[0].source.title).toBeTruthy();
  });

  it('reads a node again through the near end of its relationships', async () => {
    const person = await expectSameAnswers(`id claims(first: 100) { edges { node { actor { id description aliases } statement { id } } } }
      blames(first: 100) { totalCount edges { node { reason quote statement { id } blamed { id name } } } } memberships { kind role organisation { id name } }`);
    expect(person.blames.edges.map(({ node }: any) => node)).toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/ammunition/i) }));
    expect(person.memberships.length).toBeGreaterThan(0);
    expect(person.claims.edges[0].node.actor.description).toMatch(/Wagner/);
    expect(person.claims.edges[0].node.actor.aliases.length).toBeGreaterThan(0);
  });

  it('reads whole nodes where a field computes from more than one property', async () => {
    const person = await expectSameAnswers('id names { language name } claims { totalCount edges { node { statement { id corroboration { claimants } } } } }');
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

/** Where a plan reads whole nodes or relationships (`.*`) instead of the stored keys its fields declare. */
function wholeReads(plan: NodePlan | RelationshipPlan, at = 'root'): string[] {
  const here = 'keys' in plan ? { [at]: plan.keys } : { [`${at} relationships`]: plan.relationshipKeys, [`${at} far ends`]: plan.farKeys };
  return [
    ...Object.entries(here).flatMap(([where, keys]) => (keys === null ? [where] : [])),
    ...plan.alongside.flatMap((list) => wholeReads(list, `${at} > ${list.direction} ${list.types.join('|')}`)),
  ];
}

async function plansOf(document: string, variables?: Record<string, unknown>) {
  plans.length = 0;
  const { errors } = await api.query(document, variables);
  expect(errors).toBeUndefined();
  return plans as (NodePlan | RelationshipPlan)[];
}

const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
const readmeExamples = [...readme.slice(readme.indexOf('## Example queries')).split(/^### /m)[0]!.matchAll(/```graphql\n([\s\S]*?)```/g)].map(
  ([, document]) => document!,
);

const benchParameters: Parameters = {
  person: 'person:yevgeny-prigozhin',
  hub: 'person:yevgeny-prigozhin',
  deepAfterId: 'statement:a',
  deepAfterOffset: 0,
  searchText: 'Prigozjin',
  pathTo: 'person:andriy-biletsky',
};
const benchShapes = queries
  .filter((query) => /^q[123]-/.test(query.id))
  .map((query) => [query.id, query.requests(benchParameters).ours!.body] as const);

describe('look-ahead reads only the stored keys that the fields asked for declare', () => {
  it('for each of the README\'s example queries', async () => {
    expect(readmeExamples.length).toBeGreaterThanOrEqual(4);
    for (const document of readmeExamples) {
      const made = await plansOf(document);
      expect(made.length, document).toBeGreaterThan(0);
      expect(made.flatMap((plan) => wholeReads(plan)), document).toEqual([]);
    }
  });

  it.each(benchShapes)('for the bench\'s %s', async (_id, { query, variables }) => {
    const made = await plansOf(query as string, variables as Record<string, unknown>);
    expect(made.length).toBeGreaterThan(0);
    expect(made.flatMap((plan) => wholeReads(plan))).toEqual([]);
  });

  it('reads the person, their claims and the confirmers by the keys of the fields asked for', async () => {
    const [, q1] = benchShapes[0]!;
    const [plan] = await plansOf(q1.query as string, q1.variables as Record<string, unknown>);
    expect(plan).toEqual({
      keys: ['id', 'name'],
      alongside: [
        {
          types: ['CLAIMS'],
          direction: 'OUTGOING',
          at: null,
          page: { first: 100, after: null, counted: false },
          relationshipKeys: [],
          farKeys: ['id', 'summary'],
          alongside: [{ types: ['CONFIRMS'], direction: 'INCOMING', at: null, page: null, relationshipKeys: ['strength'], farKeys: ['id', 'name'], alongside: [] }],
        },
      ],
    });
  });

  it('reads whole nodes where a field asked for declares no stored keys', async () => {
    const [plan] = await plansOf('{ person(id: "person:yevgeny-prigozhin") { name names { language } } }');
    expect(wholeReads(plan!)).toEqual(['root']);
  });
});
