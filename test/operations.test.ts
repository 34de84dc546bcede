import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { createApp } from '../src/yoga.js';
import { openTestApi, resetToSeed, testAccessPolicy, testAppOptions, testTokens } from './support.js';

const api = openTestApi();
const logLines: Record<string, unknown>[] = [];
const logged = createApp(api.database, {
  ...testAppOptions(),
  logger: createLogger('info', { write: (line: string) => void logLines.push(JSON.parse(line)) }),
});

const post = (app: typeof api.app, body: unknown, headers: Record<string, string> = {}) =>
  app.fetch('http://claimgraph/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

describe("the operator's view", () => {
  it('logs one structured line per request: operation, status, duration, round trips and token name, never the token', async () => {
    logLines.length = 0;
    const response = await post(
      logged,
      { query: 'query WhoIsHousen { person(id: "person:roger-housen") { name } }', operationName: 'WhoIsHousen' },
      { authorization: `Bearer ${testTokens.reader}` },
    );
    expect(response.status).toBe(200);
    const line = logLines.find((entry) => entry['operationName'] === 'WhoIsHousen');
    expect(line).toMatchObject({ msg: 'request', status: 200, path: '/graphql', cypherRoundTrips: 1, requester: 'token:reader' });
    expect(line!['durationMs']).toBeTypeOf('number');
    expect(JSON.stringify(logLines)).not.toContain(testTokens.reader);
  });

  it('logs an export under its own path, with the round trips of the query behind it', async () => {
    logLines.length = 0;
    expect((await logged.fetch('http://claimgraph/export/graph.gexf?center=person:roger-housen')).status).toBe(200);
    expect(logLines).toEqual([expect.objectContaining({ msg: 'request', path: '/export/graph.gexf', status: 200, cypherRoundTrips: 1 })]);
    expect(logLines[0]!['durationMs']).toBeGreaterThan(0);
  });

  it('counts errors by code, round trips and Neo4j availability at /metrics', async () => {
    await post(logged, { query: '{ person(id: "person:nobody") { name } }' });
    await post(logged, { query: '{ person(id: "person:roger-housen") { name } }' });
    const metrics = await (await logged.fetch('http://claimgraph/metrics')).text();
    expect(metrics).toMatch(/claimgraph_errors_total\{code="NOT_FOUND"\} [1-9]/);
    expect(metrics).toMatch(/claimgraph_cypher_round_trips_count [1-9]/);
    expect(metrics).toContain('claimgraph_neo4j_up 1');
    expect(metrics).toContain('graphql_yoga_http_duration');
  });

  it('rate-limits the expensive fields per token, with RATE_LIMITED, and leaves cheap ones alone', async () => {
    const limited = createApp(api.database, { ...testAppOptions(), rateLimitPerMinute: 3 });
    const graph = { query: '{ graph(center: "person:roger-housen", limit: 5) { nodes { id } } }' };
    const codes: (string | undefined)[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const { errors } = (await (await post(limited, graph, { authorization: `Bearer ${testTokens.reader}` })).json()) as {
        errors?: { extensions: { code: string } }[];
      };
      codes.push(errors?.[0]?.extensions.code);
    }
    expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED']);
    // Another token has its own budget, and a cheap field is not counted.
    const other = await (await post(limited, graph, { authorization: `Bearer ${testTokens.editor}` })).json();
    expect(other.errors).toBeUndefined();
    const cheap = await (await post(limited, { query: '{ person(id: "person:roger-housen") { name } }' }, { authorization: `Bearer ${testTokens.reader}` })).json();
    expect(cheap.errors).toBeUndefined();
  });

  it('counts an expensive field however the document reaches it: through an alias, a fragment or an inline fragment', async () => {
    const limited = createApp(api.database, { ...testAppOptions(), rateLimitPerMinute: 1 });
    const graph = 'graph(center: "person:roger-housen", limit: 5) { nodes { id } }';
    const codeOf = async (query: string) => {
      const { errors } = (await (await post(limited, { query }, { authorization: `Bearer ${testTokens.admin}` })).json()) as { errors?: { extensions: { code: string } }[] };
      return errors?.[0]?.extensions.code;
    };
    expect(await codeOf(`{ ${graph} }`)).toBeUndefined();
    expect(await codeOf(`{ around: ${graph} }`)).toBe('RATE_LIMITED');
    expect(await codeOf(`{ ...Around } fragment Around on Query { ${graph} }`)).toBe('RATE_LIMITED');
    expect(await codeOf(`{ ... on Query { ${graph} } }`)).toBe('RATE_LIMITED');
    expect(await codeOf('{ person(id: "person:roger-housen") { name } }')).toBeUndefined();
  });

  it('answers CORS only for the configured origins', async () => {
    const open = createApp(api.database, { ...testAppOptions(), corsOrigins: ['https://newsroom.example'] });
    const preflight = (app: typeof api.app, origin: string) =>
      app.fetch('http://claimgraph/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight(open, 'https://newsroom.example')).headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
    expect((await preflight(open, 'https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect((await preflight(api.app, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a GET a browser sends from another site, so a link or image there cannot run a query; answers one from no browser', async () => {
    const query = encodeURIComponent('{ person(id: "person:roger-housen") { name } }');
    const crossSite = await api.app.fetch(`http://claimgraph/graphql?query=${query}`, {
      headers: { accept: 'application/json', 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    expect((await crossSite.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    const answeredHeaders: Record<string, string>[] = [{}, { 'sec-fetch-site': 'cross-site', 'x-graphql-yoga-csrf': '1' }, { 'sec-fetch-site': 'same-origin' }];
    for (const headers of answeredHeaders) {
      const answered = await api.app.fetch(`http://claimgraph/graphql?query=${query}`, { headers: { accept: 'application/json', ...headers } });
      expect((await answered.json()).data.person.name).toBe('Roger Housen');
    }
  });
});

describe('errors that keep the contract', () => {
  const closed = createApp(api.database, testAppOptions(testAccessPolicy(true)));

  it('introspection needs a token when reads do', async () => {
    const introspection = { query: '{ __schema { queryType { name } } }' };
    const anonymous = (await (await post(closed, introspection)).json()) as { errors: { extensions: { code: string } }[] };
    expect(anonymous.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const reader = await (await post(closed, introspection, { authorization: `Bearer ${testTokens.reader}` })).json();
    expect(reader.data.__schema.queryType.name).toBe('Query');
    const hidden = { query: 'query { ...Types } fragment Types on Query { __type(name: "Person") { name } }' };
    expect(((await (await post(closed, hidden)).json()) as { errors: unknown[] }).errors).toHaveLength(1);
  });

  it('auth failures answer 401 and 403 to a client that accepts application/graphql-response+json, 200 to one that accepts only JSON', async () => {
    const mutation = { query: 'mutation { createPerson(input: { name: "Nobody At All" }) { person { id } } }' };
    const spec = { accept: 'application/graphql-response+json' };
    expect((await post(api.app, mutation, spec)).status).toBe(401);
    expect((await post(api.app, mutation, { ...spec, authorization: `Bearer ${testTokens.reader}` })).status).toBe(403);
    expect((await post(api.app, mutation, { accept: 'application/json' })).status).toBe(200);
  });

  it('a missing variable is BAD_USER_INPUT', async () => {
    const response = await post(api.app, { query: 'query ($id: ID!) { person(id: $id) { name } }' });
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
