import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessEvents } from '../src/events/event-stream.js';
import { expectError, openTestApi, resetToSeed, testAccessPolicy, testTokens } from './support.js';
import { subscribe, type Subscription } from './sse.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
const fetchApp = (url: string, init: RequestInit) => Promise.resolve(api.app.fetch(url, init));
const open: Subscription[] = [];
beforeAll(async () => {
  await resetToSeed(api.database);
  // The seed's own events, published after its write, are over before the tests listen.
  await delay(1_500);
});
afterAll(async () => {
  for (const subscription of open) subscription.close();
  await api.close();
});

const statementAdded = `subscription ($filter: StatementAddedFilter) { statementAdded(filter: $filter) { id summary claims { actor { id } } } }`;

async function listen(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const subscription = await subscribe(fetchApp, 'http://claimgraph/graphql', query, variables, headers);
  open.push(subscription);
  return subscription;
}

/** Waits long enough for an event that should not come to have come. */
const quietFor = () => delay(400);

describe('subscriptions over Server-Sent Events', () => {
  it('hears each new statement once its write commits, and nothing of a write that fails', async () => {
    const all = await listen(statementAdded);
    const created = await editor(`mutation { createStatement(input: { id: "statement:live-one", text: "Live.", language: "en", summary: "Live one" }) { statement { id } } }`);
    expect(created.errors).toBeUndefined();
    const [first] = await all.next(1);
    expect(first).toEqual({ data: { statementAdded: { id: 'statement:live-one', summary: 'Live one', claims: [] } } });

    const failed = await editor(`mutation { createStatement(input: { id: "statement:live-one", text: "Taken id.", language: "en" }) { statement { id } } }`);
    expectError(failed, 'BAD_USER_INPUT');
    await quietFor();
    expect(all.received).toHaveLength(1);
  });

  it('with a filter, hears a statement when it first matches: created bare, then claimed by the actor named', async () => {
    const prigozhin = await listen(statementAdded, { filter: { actor: 'person:yevgeny-prigozhin' } });
    const bakhmut = await listen(statementAdded, { filter: { place: 'place:bakhmut', actor: 'person:yevgeny-prigozhin' } });
    await editor(`mutation { createStatement(input: { id: "statement:live-two", text: "Live two.", language: "en" }) { statement { id } } }`);
    await quietFor();
    expect(prigozhin.received).toEqual([]);
    await editor(`mutation { addClaim(input: { actor: "person:yevgeny-prigozhin", statement: "statement:live-two" }) { created } }`);
    const [claimed] = await prigozhin.next(1);
    expect(claimed.data.statementAdded).toEqual({ id: 'statement:live-two', summary: null, claims: [{ actor: { id: 'person:yevgeny-prigozhin' } }] });
    await editor(`mutation { addMention(input: { statement: "statement:live-two", entity: "place:bakhmut" }) { created } }`);
    const [both] = await bakhmut.next(1);
    expect(both.data.statementAdded.id).toBe('statement:live-two');
    await quietFor();
    expect(prigozhin.received).toHaveLength(1);
  });

  it('a place filter hears of statements about the places inside it: Donbas of Bakhmut, not Kyiv of it', async () => {
    const donbas = await listen(statementAdded, { filter: { place: 'place:donbas' } });
    const kyiv = await listen(statementAdded, { filter: { place: 'place:kyiv' } });
    await editor(`mutation {
      createStatement(input: { id: "statement:live-in-bakhmut", text: "Live in Bakhmut.", language: "en" }) { statement { id } }
      addMention(input: { statement: "statement:live-in-bakhmut", entity: "place:bakhmut" }) { created }
    }`);
    const [heard] = await donbas.next(1);
    expect(heard.data.statementAdded.id).toBe('statement:live-in-bakhmut');
    await quietFor();
    expect(kyiv.received).toEqual([]);
  });

  it('reads each event afresh: what an earlier event loaded is not served again as it was then', async () => {
    const housen = await listen(
      `subscription { statementAdded(filter: { actor: "person:roger-housen" }) { id claims { actor { claims(first: 100) { edges { node { statement { id } } } } } } } }`,
    );
    const claimedByHousen = (id: string) => `mutation {
      createStatement(input: { id: "${id}", text: "Housen, live.", language: "en" }) { statement { id } }
      addClaim(input: { actor: "person:roger-housen", statement: "${id}" }) { created }
    }`;
    await editor(claimedByHousen('statement:housen-live-one'));
    await editor(claimedByHousen('statement:housen-live-two'));
    const [, second] = await housen.next(2);
    const housensClaims = second.data.statementAdded.claims[0].actor.claims.edges.map(({ node }: { node: { statement: { id: string } } }) => node.statement.id);
    expect(housensClaims).toEqual(expect.arrayContaining(['statement:housen-live-one', 'statement:housen-live-two']));
  });

  it('an import sends one event per statement it creates; a dry run sends none', async () => {
    const all = await listen(statementAdded);
    const document = {
      source: { id: 'source:live-article', title: 'Live', language: 'en', text: 'Prigozhin says one. Prigozhin says two.' },
      entities: [],
      statements: [
        { id: 'statement:live-import-one', text: 'Prigozhin says one.', language: 'en' },
        { id: 'statement:live-import-two', text: 'Prigozhin says two.', language: 'en' },
      ],
      edges: [
        { type: 'REPORTED_IN', from: 'statement:live-import-one', to: 'source:live-article', start: 0, end: 19, quote: 'Prigozhin says one.' },
        { type: 'REPORTED_IN', from: 'statement:live-import-two', to: 'source:live-article', start: 20, end: 39, quote: 'Prigozhin says two.' },
      ],
    };
    const importDocument = `mutation ($document: JSON!, $dryRun: Boolean) { importDocument(input: { document: $document, dryRun: $dryRun }) { dryRun } }`;
    expect((await editor(importDocument, { document, dryRun: true })).errors).toBeUndefined();
    await quietFor();
    expect(all.received).toEqual([]);
    expect((await editor(importDocument, { document })).errors).toBeUndefined();
    const events = await all.next(2);
    expect(events.map((event) => event.data.statementAdded.id).sort()).toEqual(['statement:live-import-one', 'statement:live-import-two']);
  });

  it('hears new relationships by type and by the node they touch', async () => {
    const blames = await listen(`subscription { relationshipAdded(types: [BLAMES], entity: "person:yevgeny-prigozhin") { __typename ... on Blame { blamer { id } blamed { id } } } }`);
    await editor(`mutation { addClaim(input: { actor: "person:roger-housen", statement: "statement:live-one" }) { created } }`);
    await editor(`mutation { addBlame(input: { blamer: "person:yevgeny-prigozhin", blamed: "organisation:kremlin", statement: "statement:live-one", reason: "Live." }) { created } }`);
    const [blame] = await blames.next(1);
    expect(blame.data.relationshipAdded).toEqual({ __typename: 'Blame', blamer: { id: 'person:yevgeny-prigozhin' }, blamed: { id: 'organisation:kremlin' } });
    await quietFor();
    expect(blames.received).toHaveLength(1);
  });

  it('refuses a filter naming a node that is not there, and a subscriber who may not read', async () => {
    const unknown = await listen(statementAdded, { filter: { actor: 'person:nobody-at-all' } });
    const [missing] = await unknown.next(1);
    expect(missing.errors[0].extensions.code).toBe('NOT_FOUND');

    const closed = openTestApi(testAccessPolicy(true));
    try {
      const anonymous = await subscribe((url, init) => Promise.resolve(closed.app.fetch(url, init)), 'http://claimgraph/graphql', statementAdded);
      const [refused] = await anonymous.next(1);
      expect(refused.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      anonymous.close();
    } finally {
      await closed.close();
    }
  });
});

describe('how many subscriptions a client may hold', () => {
  it('refuses one past the limit with RATE_LIMITED, and takes one again once another is closed', async () => {
    // Over real HTTP, where a client that goes away closes its connection, as a browser or a newsroom tool does.
    const limited = openTestApi(testAccessPolicy(), { events: inProcessEvents(2) });
    const server = createServer(limited.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const fetchLimited = (_url: string, init: RequestInit) => fetch(url, init);
    const reader = { authorization: `Bearer ${testTokens.reader}` };
    try {
      const first = await subscribe(fetchLimited, 'http://claimgraph/graphql', statementAdded, {}, reader);
      const second = await subscribe(fetchLimited, 'http://claimgraph/graphql', statementAdded, {}, reader);
      const third = await subscribe(fetchLimited, 'http://claimgraph/graphql', statementAdded, {}, reader);
      const [refused] = await third.next(1);
      expect(refused.errors[0].extensions.code).toBe('RATE_LIMITED');
      const otherClient = await subscribe(fetchLimited, 'http://claimgraph/graphql', statementAdded, {}, { authorization: `Bearer ${testTokens.editor}` });
      await delay(200);
      expect(otherClient.received).toEqual([]);
      first.close();
      await delay(200);
      const again = await subscribe(fetchLimited, 'http://claimgraph/graphql', statementAdded, {}, reader);
      await delay(200);
      expect(again.received).toEqual([]);
      expect(again.ended()).toBe(false);
      for (const subscription of [second, third, otherClient, again]) subscription.close();
    } finally {
      server.closeAllConnections();
      server.close();
      await limited.close();
    }
  });
});
