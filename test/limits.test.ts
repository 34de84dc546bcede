import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Database } from '../src/db/database.js';
import { openTestApi, resetToSeed } from './support.js';
import { QueryTimedOut } from '../src/model/failures.js';
import { maxRequestBodyBytes } from '../src/http/request-body-limit.js';
import { maxListLength } from '../src/model/fields.js';

const api = openTestApi();
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

describe('every list and graph argument is bounded, never clamped', () => {
  it.each([
    ['graph depth', `graph(center: "person:yevgeny-prigozhin", depth: 4) { truncated }`, 'depth', '3'],
    ['graph depth', `graph(center: "person:yevgeny-prigozhin", depth: 0) { truncated }`, 'depth', '1'],
    ['graph limit', `graph(center: "person:yevgeny-prigozhin", limit: 501) { truncated }`, 'limit', '500'],
    ['graph limit', `graph(center: "person:yevgeny-prigozhin", limit: 0) { truncated }`, 'limit', '1'],
    ['path length', `paths(from: "person:roger-housen", to: "person:andriy-biletsky", maxLength: 7) { length }`, 'maxLength', '6'],
    ['path length', `paths(from: "person:roger-housen", to: "person:andriy-biletsky", maxLength: 0) { length }`, 'maxLength', '1'],
    ['network limit', `actorNetwork(limit: 1000) { truncated }`, 'limit', '500'],
    ['ranking size', `rankActors(by: CLAIMS, first: 101) { count }`, 'first', '100'],
    ['timeline page', `timeline(first: 101) { totalCount }`, 'first', '100'],
    ['list page', `people(first: 101) { totalCount }`, 'first', '100'],
  ])('%s out of bounds is BAD_USER_INPUT naming the bound: %s', async (_name, field, argument, bound) => {
    const { errors, data } = await api.query(`{ ${field} }`);
    expect(data ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain(argument);
    expect(errors?.[0]?.message).toContain(bound);
  });
});

describe('a list past the bound, in a document sent again and again', () => {
  const kinds = (count: number) => Array.from({ length: count }, () => 'Person');
  const codeOf = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => answer.errors?.[0]?.extensions?.['code'];

  it('written out beside a variable, is refused every time; in a variable, each time the variable holds it', async () => {
    const literal = `query ($query: String!) { search(query: $query, kinds: [${kinds(maxListLength + 1).join(', ')}]) { score } }`;
    for (const query of ['Wagner', 'Bakhmut']) {
      const answer = await api.query(literal, { query });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toContain('kinds');
    }
    const variable = 'query ($query: String!, $kinds: [NodeKind!]) { search(query: $query, kinds: $kinds) { score } }';
    expect(codeOf(await api.query(variable, { query: 'Wagner', kinds: kinds(2) }))).toBeUndefined();
    expect(codeOf(await api.query(variable, { query: 'Wagner', kinds: kinds(maxListLength + 1) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.query(variable, { query: 'Wagner', kinds: kinds(maxListLength) }))).toBeUndefined();
  });
});

describe('a query that fans out too far', () => {
  it('is refused before it runs with QUERY_TOO_COMPLEX, naming its cost and the limit', async () => {
    const { errors, extensions } = await api.query(`{
      people(first: 100) { edges { node { claims { edges { node { statement { confirmations { confirmer {
        claims { edges { node { statement { confirmations { strength } } } } } } } } } } } } } }
    }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 50000 });
    expect(errors?.[0]?.message).toContain('the limit is 50000');
    expect(extensions?.cypherRoundTrips ?? 0).toBe(0);
  });
});

describe('a literal nested deeper than a parser can recurse', () => {
  const deepList = `${'['.repeat(10_000)}Person${']'.repeat(10_000)}`;
  const deepObject = `${'{ a: '.repeat(10_000)}1${' }'.repeat(10_000)}`;

  it.each([
    ['a list 10,000 deep', `{ search(query: "x", kinds: ${deepList}) { score } }`],
    ['a list 10,000 deep in a variable default', `query ($kinds: [NodeKind!] = ${deepList}) { search(query: "x", kinds: $kinds) { score } }`],
    ['a list 10,000 deep in a directive', `{ __typename @skip(if: ${deepList}) }`],
    ['a list 10,000 deep, never closed', `{ search(query: "x", kinds: ${'['.repeat(10_000)}`],
    ['an object 10,000 deep', `{ statements(filter: ${deepObject}) { totalCount } }`],
  ])('%s is refused with a 400 and QUERY_TOO_COMPLEX, before it is parsed, and again when sent again', async (_name, query) => {
    // The second time, yoga answers from the refusals it keeps by query text.
    for (const _time of [1, 2]) {
      const response = await api.app.fetch('http://claimgraph/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(400);
      const { errors } = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(errors[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', measure: expect.stringMatching(/nesting|tokens/) });
    }
  });

  it('a list variable 10,000 deep is BAD_USER_INPUT', async () => {
    const body = `{"query":"query ($kinds: [NodeKind!]) { search(query: \\"x\\", kinds: $kinds) { score } }","variables":{"kinds":${'['.repeat(10_000)}"Person"${']'.repeat(10_000)}}}`;
    const response = await api.app.fetch('http://claimgraph/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBeLessThan(500);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('the deepest query a client sends, the introspection of GraphiQL, is answered', async () => {
    const { errors, data } = await api.query(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, oneOf: true }));
    expect(errors).toBeUndefined();
    expect(data.__schema.queryType.name).toBe('Query');
  });
});

describe('a request body over the limit', () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    api.app.fetch('http://claimgraph/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, duplex: 'half' } as RequestInit);
  const codeOf = async (response: Response) => ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code;

  it('is refused with 413 by its Content-Length, before it is read', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-length': String(maxRequestBodyBytes + 1) });
    expect(response.status).toBe(413);
    expect(await codeOf(response)).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('is refused with 413 as it is read when it comes without a Content-Length', async () => {
    const chunk = new TextEncoder().encode('a'.repeat(1_000_000));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"query":"{ __typename }","variables":{"padding":"'));
        if (sent > maxRequestBodyBytes) {
          controller.enqueue(new TextEncoder().encode('"}}'));
          controller.close();
          return;
        }
        controller.enqueue(chunk);
        sent += chunk.byteLength;
      },
    });
    const response = await post(body);
    expect(response.status).toBe(413);
    expect(await codeOf(response)).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('a Content-Length that is no single number is a 400', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-length': '26, 26' });
    expect(response.status).toBe(400);
    expect(await codeOf(response)).toBe('BAD_REQUEST');
  });

  it('a body within the limit, with or without a Content-Length, is answered', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    for (const headers of [{ 'content-length': String(body.length) }, {}] as Record<string, string>[]) {
      expect(await (await post(body, headers)).json()).toMatchObject({ data: { __typename: 'Query' } });
    }
  });
});

describe('a runaway query', () => {
  it('is stopped by the transaction timeout, and the database layer says so (QUERY_TIMEOUT to an API caller)', async () => {
    const impatient = new Database({ uri: inject('neo4jUri'), username: 'neo4j', password: '', database: undefined, queryTimeoutMs: 200 });
    try {
      await expect(
        impatient.runner().read('UNWIND range(1, 200000000) AS number WITH number WHERE number % 7 = 3 RETURN count(number) AS count'),
      ).rejects.toBeInstanceOf(QueryTimedOut);
    } finally {
      await impatient.close();
    }
  });
});
