import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpStatusOfCode } from '../src/errors.js';
import { openTestApi, resetToSeed, testAccessPolicy, testTokens } from './support.js';

const api = openTestApi();
const closed = openTestApi(testAccessPolicy(true));

beforeAll(() => resetToSeed(api.database));
afterAll(() => Promise.all([api.close(), closed.close()]));

/** A request with names the client made up: its operation, an alias (an error's path), a URL parameter. */
async function madeUp(index: number): Promise<Response> {
  const post = (body: unknown) =>
    api.app.fetch('http://claimgraph/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  switch (index % 5) {
    case 0:
      return post({ query: `query Op${index} { alias${index}: person(id: "person:nobody-${index}") { name } }`, operationName: `Op${index}` });
    case 1:
      return post({ query: `query Op${index} { alias${index}: noSuchField${index} }` });
    case 2:
      return post({ query: `query Op${index} { alias${index}: person(` });
    case 3:
      return api.app.fetch(`http://claimgraph/graphql?query=query+Op${index}+%7B+__typename+%7D&parameter${index}=${index}`, {
        headers: { 'x-graphql-yoga-csrf': '1' },
      });
    default:
      return post({ query: `mutation Op${index} { alias${index}: deletePerson(input: { id: "person:nobody-${index}" }) { deletedId } }` });
  }
}

async function send(from: number, to: number): Promise<void> {
  for (let start = from; start < to; start += 25) {
    const batch = Array.from({ length: Math.min(25, to - start) }, (_, offset) => madeUp(start + offset));
    for (const response of await Promise.all(batch)) await response.text();
  }
}

async function scrape(app = api.app, headers: Record<string, string> = {}) {
  const response = await app.fetch('http://claimgraph/metrics', { headers });
  const body = await response.text();
  return { status: response.status, body, series: body.split('\n').filter((line) => line !== '' && !line.startsWith('#')) };
}

describe('/metrics', () => {
  it('stays bounded however many operation names, aliases and URLs clients make up', async () => {
    await send(0, 100);
    const after100 = await scrape();
    await send(100, 1_000);
    const after1000 = await scrape();
    expect(after1000.series.length).toBe(after100.series.length);
    expect(after1000.body.length).toBeLessThan(after100.body.length * 1.1);
    expect(after1000.body).not.toMatch(/Op\d|alias\d|parameter\d|noSuchField/);
    const codes = [...after1000.body.matchAll(/claimgraph_errors_total\{code="([^"]*)"\}/g)].map(([, code]) => code);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect([...Object.keys(httpStatusOfCode), 'INTERNAL', 'INTERNAL_SERVER_ERROR', 'OTHER']).toContain(code);
  });

  it('needs a token when reads do: 401 with a coded body without one, 200 with one', async () => {
    for (const headers of [{}, { authorization: 'Bearer cg_unknown' }] as Record<string, string>[]) {
      const refused = await scrape(closed.app, headers);
      expect(refused.status, JSON.stringify(headers)).toBe(401);
      expect(JSON.parse(refused.body)).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const allowed = await scrape(closed.app, { authorization: `Bearer ${testTokens.reader}` });
    expect(allowed.status).toBe(200);
    expect(allowed.body).toContain('claimgraph_neo4j_up 1');
  });

  it('is open while reads are', async () => {
    const open = await scrape();
    expect(open.status).toBe(200);
    expect(open.body).toContain('claimgraph_neo4j_up 1');
  });
});
