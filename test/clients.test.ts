import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { cacheExchange, Client, fetchExchange } from '@urql/core';
import { GraphQLClient, request } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openBrowserSession } from './browser.js';
import { resetToSeed, testTokens } from './support.js';

let session: BrowserSession;
let endpoint: string;
beforeAll(async () => {
  session = await openBrowserSession();
  endpoint = `${session.origin}/graphql`;
  await resetToSeed(session.api.database);
});
afterAll(() => session.close());

const housen = '{ person(id: "person:roger-housen") { name } }';

describe('standard clients with their default settings', () => {
  it('urql, which sends queries as GET, reads; and writes with a token, by POST', async () => {
    const client = new Client({ url: endpoint, exchanges: [cacheExchange, fetchExchange] });
    const read = await client.query(housen, {}).toPromise();
    expect(read.error).toBeUndefined();
    expect(read.data).toEqual({ person: { __typename: 'Person', name: 'Roger Housen' } });
    const editor = new Client({
      url: endpoint,
      exchanges: [cacheExchange, fetchExchange],
      fetchOptions: { headers: { authorization: `Bearer ${testTokens.editor}` } },
    });
    const written = await editor
      .mutation('mutation { createPerson(input: { id: "person:urql-writer", name: "Urql Writer" }) { person { id } } }', {})
      .toPromise();
    expect(written.error).toBeUndefined();
    expect(written.data.createPerson.person.id).toBe('person:urql-writer');
  });

  it('Apollo Client (core, without React) reads', async () => {
    const client = new ApolloClient({ link: new HttpLink({ uri: endpoint }), cache: new InMemoryCache() });
    const { data, error } = await client.query({ query: gql(housen) });
    expect(error).toBeUndefined();
    expect(data).toEqual({ person: { __typename: 'Person', name: 'Roger Housen' } });
  });

  it('graphql-request reads, and hears a BAD_USER_INPUT as an error it throws', async () => {
    expect(await request(endpoint, housen)).toEqual({ person: { name: 'Roger Housen' } });
    const client = new GraphQLClient(endpoint);
    await expect(client.request('{ statements(filter: { from: "2023-06", to: "2023-05" }) { totalCount } }')).rejects.toThrow(/reversed/);
  });

  it("a browser's EventSource hears statementAdded over GET from a page of the API's own origin", async () => {
    const { page } = await session.offlinePage();
    await page.goto(`${session.origin}/health`);
    const subscription = 'subscription { statementAdded(filter: { place: "place:donbas" }) { id } }';
    await page.evaluate(
      (url) =>
        new Promise<void>((opened, failed) => {
          const source = new EventSource(url);
          (window as unknown as { heard: Promise<string> }).heard = new Promise((heard) =>
            source.addEventListener('next', (event) => {
              source.close();
              heard((event as MessageEvent<string>).data);
            }),
          );
          source.onopen = () => opened();
          source.onerror = () => failed(new Error('The EventSource could not connect'));
        }),
      `/graphql?query=${encodeURIComponent(subscription)}`,
    );
    const written = await session.api.as(testTokens.editor)(`mutation {
      createStatement(input: { id: "statement:heard-in-a-browser", text: "Heard in Bakhmut.", language: "en" }) { statement { id } }
      addMention(input: { statement: "statement:heard-in-a-browser", entity: "place:bakhmut" }) { created }
    }`);
    expect(written.errors).toBeUndefined();
    const heard = await page.evaluate(() => (window as unknown as { heard: Promise<string> }).heard);
    expect(JSON.parse(heard)).toEqual({ data: { statementAdded: { id: 'statement:heard-in-a-browser' } } });
    await page.close();
  });
});

describe('what a browser on another site may not do', () => {
  it('a preflight from another origin, with no CORS_ORIGINS, is refused by CORS in words that say so', async () => {
    const response = await fetch(endpoint, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const { errors } = await response.json();
    expect(errors[0].message).toMatch(/^CORS refused/);
    expect(errors[0].message).not.toMatch(/CSRF/);
  });

  it('a GET a browser sends from another site without a preflight is refused; the same GET from no browser is answered', async () => {
    const url = `${endpoint}?query=${encodeURIComponent(housen)}`;
    const crossSite = await fetch(url, { headers: { accept: 'application/json', 'sec-fetch-site': 'cross-site', origin: 'https://elsewhere.example' } });
    expect(crossSite.status).toBe(403);
    expect((await crossSite.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    const olderBrowser = await fetch(url, { headers: { accept: 'application/json', origin: 'https://elsewhere.example' } });
    expect(olderBrowser.status).toBe(403);
    const plain = await fetch(url, { headers: { accept: 'application/json' } });
    expect((await plain.json()).data.person.name).toBe('Roger Housen');
  });
});
