import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { QueryRunner } from '../src/db/database.js';
import { orderedPageOfNodes } from '../src/data/pages.js';
import { statementOrderKeys } from '../src/data/statement-counts.js';
import { statementSelection } from '../src/data/statements.js';
import { expectError, openTestApi, resetToSeed, testTokens } from './support.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(async () => {
  await resetToSeed(api.database);
  await api.close();
});

const page = `query ($orderBy: StatementOrder, $first: Int, $after: String, $filter: StatementFilter) {
  statements(orderBy: $orderBy, first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id date corroboration { confirmers disputers claimants } sources { source { id } } } }
  }
}`;

type Listed = { id: string; date: string | null; corroboration: { confirmers: number; disputers: number; claimants: number }; sources: unknown[] };

async function everyPage(orderBy: Record<string, unknown> | undefined, first = 4, filter?: Record<string, unknown>): Promise<Listed[]> {
  const listed: Listed[] = [];
  let after: string | undefined;
  for (;;) {
    const { data, errors } = await api.query(page, { orderBy, first, after, filter });
    expect(errors).toBeUndefined();
    listed.push(...data.statements.edges.map(({ node }: { node: Listed }) => node));
    if (!data.statements.pageInfo.hasNextPage) return listed;
    after = data.statements.pageInfo.endCursor;
  }
}

const byThenId = (value: (statement: Listed) => number | string, descending: boolean) => (left: Listed, right: Listed) => {
  const [a, b] = [value(left), value(right)];
  const order = a < b ? -1 : a > b ? 1 : left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
  return descending ? -order : order;
};

describe('statements ordered by a count or the date', () => {
  it('lists the most confirmed first, page after page, the same as sorting the whole list', async () => {
    const all = await everyPage(undefined, 100);
    const confirmed = await everyPage({ field: 'CONFIRMATIONS', direction: 'DESC' });
    expect(confirmed.map(({ id }) => id)).toEqual([...all].sort(byThenId((s) => s.corroboration.confirmers, true)).map(({ id }) => id));
    expect(confirmed[0]!.corroboration.confirmers).toBeGreaterThan(1);
    const leastDisputed = await everyPage({ field: 'DISPUTES', direction: 'ASC' }, 5);
    expect(leastDisputed.map(({ id }) => id)).toEqual([...all].sort(byThenId((s) => s.corroboration.disputers, false)).map(({ id }) => id));
    const claimants = await everyPage({ field: 'CLAIMANTS' }, 7);
    expect(claimants.map(({ id }) => id)).toEqual([...all].sort(byThenId((s) => s.corroboration.claimants, true)).map(({ id }) => id));
    const sources = await everyPage({ field: 'SOURCES' }, 50);
    expect(sources).toHaveLength(all.length);
  });

  it('orders by date with undated statements left out, and combines with a filter', async () => {
    const dated = await everyPage({ field: 'DATE', direction: 'ASC' }, 3);
    expect(dated.every(({ date }) => date !== null)).toBe(true);
    const { data } = await api.query('{ statements(orderBy: { field: DATE }) { totalCount } }');
    expect(data.statements.totalCount).toBe(dated.length);
    const prigozhins = await everyPage({ field: 'CONFIRMATIONS' }, 2, { actor: 'person:yevgeny-prigozhin' });
    const plain = await everyPage(undefined, 100, { actor: 'person:yevgeny-prigozhin' });
    expect(prigozhins.map(({ id }) => id).sort()).toEqual(plain.map(({ id }) => id).sort());
  });

  it('keeps the counts as claims, confirmations and deletions come and go', async () => {
    const top = async () => (await api.query(page, { orderBy: { field: 'CONFIRMATIONS' }, first: 1 })).data.statements.edges[0].node;
    const before = await top();
    const made = await editor(`mutation {
      createStatement(input: { id: "statement:most-confirmed", text: "Everyone agrees.", language: "en" }) { statement { id } }
      a: addConfirmation(input: { confirmer: "person:roger-housen", statement: "statement:most-confirmed", strength: WEAK }) { created }
      b: addConfirmation(input: { confirmer: "person:andriy-biletsky", statement: "statement:most-confirmed", strength: WEAK }) { created }
      c: addConfirmation(input: { confirmer: "person:vladimir-putin", statement: "statement:most-confirmed", strength: WEAK }) { created }
      d: addConfirmation(input: { confirmer: "organisation:western-countries", statement: "statement:most-confirmed", strength: WEAK }) { created }
      e: createPerson(input: { id: "person:passing-confirmer", name: "Passing Confirmer" }) { person { id } }
      f: addConfirmation(input: { confirmer: "person:passing-confirmer", statement: "statement:most-confirmed", strength: WEAK }) { created }
    }`);
    expect(made.errors).toBeUndefined();
    expect(await top()).toMatchObject({ id: 'statement:most-confirmed', corroboration: { confirmers: 5 } });
    const removed = await editor(`mutation { removeConfirmation(input: { confirmer: "person:vladimir-putin", statement: "statement:most-confirmed" }) { confirmation { strength } } }`);
    expect(removed.errors).toBeUndefined();
    const deleted = await api.as(testTokens.admin)(`mutation { deletePerson(input: { id: "person:passing-confirmer", cascade: true }) { deletedId } }`);
    expect(deleted.errors).toBeUndefined();
    const [row] = await api.database.runner().read<{ count: number }>(`MATCH (s:Statement {id: 'statement:most-confirmed'}) RETURN s.confirmationCount AS count`);
    expect(row!.count).toBe(3);
    await api.as(testTokens.admin)(`mutation { deleteStatement(input: { id: "statement:most-confirmed", cascade: true }) { deletedId } }`);
    expect((await top()).id).toBe(before.id);
  });

  it('refuses a cursor that is no position of that order', async () => {
    const { data } = await api.query(page, { orderBy: { field: 'CONFIRMATIONS' }, first: 2 });
    for (const [orderBy, after] of [
      [{ field: 'CONFIRMATIONS' }, 'statement:azov-advance-2-6-km'],
      [{ field: 'DATE' }, data.statements.pageInfo.endCursor],
      [{ field: 'CONFIRMATIONS' }, 'garbage'],
    ]) {
      expectError(await api.query(page, { orderBy, after }), 'BAD_USER_INPUT', 'after');
    }
  });
});

describe('a deep page by count seeks', () => {
  const synthetic = 20_000;
  beforeAll(async () => {
    await api.database.runner().write((transaction) =>
      transaction.run(
        `UNWIND range(1, $synthetic) AS i
         CREATE (:Statement:Node {id: 'statement:synthetic-' + toString(100000 + i), text: 'x', language: 'en', verificationStatus: 'UNVERIFIED',
                 confirmationCount: i % 40, disputeCount: 0, claimantCount: 1, sourceCount: 1})`,
        { synthetic: neo4j.int(synthetic) },
      ),
    );
    // A page query planned while the database held a few statements (by the tests above, or another file's) stays
    // cached for at least 10 s (cypher.min_replan_interval) however much the data grew, and a plan made for a few rows
    // may sort what it reads instead of reading the index in order. The queries below are planned over the 20,000.
    await api.database.runner().write((transaction) => transaction.run('CALL db.clearQueryCaches()'));
  });
  afterAll(async () => {
    await api.database.runner().write((transaction) => transaction.run(`MATCH (n:Statement) WHERE n.id STARTS WITH 'statement:synthetic-' DETACH DELETE n`));
  });

  /** The database hits of the page query our data layer sends, profiled. */
  async function dbHitsOfPage(after: string | null): Promise<number> {
    let sent: { cypher: string; parameters: Record<string, unknown> } | undefined;
    const capturing = { read: async (cypher: string, parameters: Record<string, unknown>) => ((sent = { cypher, parameters }), []) } as unknown as QueryRunner;
    const order = { ...statementOrderKeys.CONFIRMATIONS, descending: true };
    await orderedPageOfNodes(capturing, statementSelection({}), order, { after, before: null, limit: 20, inverted: false }, { keys: ['id'], alongside: [] });
    const driver = neo4j.driver(inject('neo4jUri'), neo4j.auth.basic('neo4j', ''));
    try {
      const { summary } = await driver.executeQuery(`PROFILE ${sent!.cypher}`, sent!.parameters);
      const hits = (plan: { dbHits: number; children: unknown[] }): number =>
        plan.dbHits + plan.children.reduce<number>((sum, child) => sum + hits(child as typeof plan), 0);
      return hits(summary.profile as unknown as { dbHits: number; children: unknown[] });
    } finally {
      await driver.close();
    }
  }

  it(`reads about a page of rows for page 500 of ${synthetic.toLocaleString('en')} statements, as for the first`, async () => {
    const first = await dbHitsOfPage(null);
    // A cursor in the middle of a structural relationship and deep in the list: 20 confirmations, about 10,000 statements in.
    const deep = await dbHitsOfPage('20|statement:synthetic-110020');
    expect(deep).toBeLessThan(first * 3 + 200);
    expect(deep).toBeLessThan(synthetic / 20);
  });
});
