import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, resetToSeed } from './support.js';

const api = openTestApi();
beforeAll(async () => {
  await resetToSeed(api.database);
  // Two statements dated more precisely than the seed's month: one earlier in May, one in June.
  await api.database.runner().write((transaction) =>
    transaction.run(
      `MATCH (bakhmut:Place {id: 'place:bakhmut'})
       UNWIND [
         {id: 'statement:timeline-may-day', date: '2023-05-17', start: '2023-05-17', end: '2023-05-17', precision: 'DAY'},
         {id: 'statement:timeline-june', date: '2023-06', start: '2023-06-01', end: '2023-06-30', precision: 'MONTH'}
       ] AS row
       CREATE (statement:Node:Statement {id: row.id, text: row.id, language: 'en', verificationStatus: 'UNVERIFIED',
         date: row.date, dateStart: row.start, dateEnd: row.end, datePrecision: row.precision})
       CREATE (statement)-[:MENTIONS {id: 'mentions:' + row.id + '->place:bakhmut'}]->(bakhmut)`,
    ),
  );
});
afterAll(() => api.close());

describe('the timeline of Bakhmut', () => {
  it('lists statements in date order; a month date sorts at the start of its month and keeps its precision', async () => {
    const { data, errors } = await api.query(`{
      timeline(place: "place:bakhmut", first: 100) { totalCount edges { node { id date datePrecision claims { actor { name } } } } }
    }`);
    expect(errors).toBeUndefined();
    const entries = data.timeline.edges.map((edge: any) => edge.node);
    expect(data.timeline.totalCount).toBe(entries.length);
    const dates = entries.map((entry: any) => entry.date);
    // "2023-05" (the seed) sorts before the 17th of May, which sorts before June.
    expect(dates.indexOf('2023-05-17')).toBe(dates.lastIndexOf('2023-05') + 1);
    expect(dates.at(-1)).toBe('2023-06');
    expect(entries.find((entry: any) => entry.id === 'statement:azov-advance-2-6-km')).toMatchObject({
      date: '2023-05',
      datePrecision: 'MONTH',
      claims: [{ actor: { name: 'Andriy Biletsky' } }],
    });
  });

  it('counts a month-precise date as inside any range it overlaps', async () => {
    const { data } = await api.query(`{
      lateMay: timeline(place: "place:bakhmut", from: "2023-05-20", to: "2023-05-31") { edges { node { date } } }
      earlyMay: timeline(place: "place:bakhmut", from: "2023-05-01", to: "2023-05-10") { edges { node { date } } }
    }`);
    const lateDates = data.lateMay.edges.map((edge: any) => edge.node.date);
    expect(lateDates).toContain('2023-05');
    expect(lateDates).not.toContain('2023-05-17');
    expect(lateDates).not.toContain('2023-06');
    expect(data.earlyMay.edges.map((edge: any) => edge.node.date)).not.toContain('2023-05-17');
  });

  it('pages with first/after in the same order', async () => {
    const all = await api.query(`{ timeline(entity: "person:yevgeny-prigozhin", first: 100) { edges { node { id } } } }`);
    const firstPage = await api.query(`{ timeline(entity: "person:yevgeny-prigozhin", first: 2) { pageInfo { endCursor hasNextPage } edges { node { id } } } }`);
    const secondPage = await api.query(`query ($after: String) { timeline(entity: "person:yevgeny-prigozhin", first: 100, after: $after) { edges { node { id } } } }`, {
      after: firstPage.data.timeline.pageInfo.endCursor,
    });
    const ids = (result: any) => result.data.timeline.edges.map((edge: any) => edge.node.id);
    expect(firstPage.data.timeline.pageInfo.hasNextPage).toBe(true);
    expect([...ids(firstPage), ...ids(secondPage)]).toEqual(ids(all));
  });

  it("names a month-dated statement's place by its month, never a made-up day, and still reads a cursor of the old day form", async () => {
    const page = `query ($after: String) { timeline(first: 3, after: $after) { edges { cursor node { id date } } } }`;
    const { data } = await api.query(page);
    const [first, second] = data.timeline.edges;
    expect(first.cursor).toBe(`${first.node.date}|${first.node.id}`);
    expect(data.timeline.edges.map((edge: any) => edge.cursor).join(' ')).not.toMatch(/2023-05-01/u);
    const fromNew = await api.query(page, { after: first.cursor });
    const fromOld = await api.query(page, { after: `2023-05-01|${first.node.id}` });
    expect(fromNew.errors).toBeUndefined();
    expect(fromOld.data.timeline.edges.map((edge: any) => edge.node.id)).toEqual(fromNew.data.timeline.edges.map((edge: any) => edge.node.id));
    expect(fromNew.data.timeline.edges[0].node.id).toBe(second.node.id);
  });

  it('refuses a cursor that no timeline gave out', async () => {
    const { errors } = await api.query(`{ timeline(first: 2, after: "person:roger-housen") { totalCount } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
