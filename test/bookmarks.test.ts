import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBookmark } from '../src/http/bookmarks.js';
import { type GraphQLResponse, openTestApi, resetToSeed, testTokens } from './support.js';

const bookmarkKey = 'a bookmark key the tests share, thirty-two characters or more';
const api = openTestApi(undefined, { bookmarkKey });
const asEditor = { authorization: `Bearer ${testTokens.editor}` };

type Answer = { body: GraphQLResponse & { extensions?: { bookmarks?: string[] } }; header: string | null };

async function post(app: typeof api.app, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await app.fetch('http://claimgraph/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { body: (await response.json()) as Answer['body'], header: response.headers.get('claimgraph-bookmarks') };
}

const createStatement = (id: string) => `mutation { createStatement(input: { id: "${id}", text: "Mine.", language: "en" }) { statement { id } } }`;
const readStatement = (id: string) => `{ statement(id: "${id}") { id } }`;

/** Writes a statement as the editor and answers the signed bookmark the server gave for it. */
async function written(id: string): Promise<string> {
  const { body, header } = await post(api.app, createStatement(id), asEditor);
  expect(body.errors).toBeUndefined();
  expect(header).toMatch(/^[^,]+\.[A-Za-z0-9_-]{43}$/);
  expect(body.extensions?.bookmarks?.join(',')).toBe(header);
  return header!;
}

/** The Neo4j bookmark inside a signed one, and its signature. */
const partsOf = (signed: string) => ({ bookmark: signed.slice(0, signed.lastIndexOf('.')), signature: signed.slice(signed.lastIndexOf('.') + 1) });

/**
 * A bookmark of this database for a transaction it has not committed: a Neo4j 5 bookmark is `FB:` and the base64 of a
 * PackStream list that starts with the database id (16 bytes) and the last transaction id, which is raised here.
 */
function aheadOf(bookmark: string): string {
  const bytes = Buffer.from(bookmark.slice(3), 'base64');
  expect([bookmark.slice(0, 3), bytes[0], bytes[1], bytes[2]]).toEqual(['FB:', 0x91, 0xcc, 0x10]);
  const at = 19;
  const marker = bytes[at]!;
  const [size, value] =
    marker < 0x80 ? [1, BigInt(marker)]
    : marker === 0xc8 ? [2, BigInt(bytes.readInt8(at + 1))]
    : marker === 0xc9 ? [3, BigInt(bytes.readInt16BE(at + 1))]
    : marker === 0xca ? [5, BigInt(bytes.readInt32BE(at + 1))]
    : [9, bytes.readBigInt64BE(at + 1)];
  const raised = Buffer.alloc(9);
  raised[0] = 0xcb;
  raised.writeBigInt64BE(value + 1_000_000n, 1);
  return `FB:${Buffer.concat([bytes.subarray(0, at), raised, bytes.subarray(at + size)]).toString('base64')}`;
}

function expectRefused({ body }: Answer, header: string) {
  expect(body.errors?.[0]?.extensions?.code, header).toBe('BAD_USER_INPUT');
  expect(body.errors![0]!.extensions?.['field'], header).toBe('Claimgraph-Bookmarks');
  expect(body.data ?? null, header).toBeNull();
}

beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

describe('bookmarks: reading your own writes', () => {
  it('a mutation returns a signed bookmark; sent back with the same token, a read sees the write', async () => {
    const bookmark = await written('statement:bookmarked');
    const read = await post(api.app, readStatement('statement:bookmarked'), { ...asEditor, 'claimgraph-bookmarks': bookmark });
    expect(read.body).toMatchObject({ data: { statement: { id: 'statement:bookmarked' } } });
    expect(read.body.errors).toBeUndefined();
    expect(read.body.extensions?.bookmarks).toBeUndefined();
    expect(read.header).toBeNull();
  });

  it('another replica with the same BOOKMARK_KEY accepts the bookmark; one with another key refuses it', async () => {
    const bookmark = await written('statement:bookmarked-for-replicas');
    const sameKey = openTestApi(undefined, { bookmarkKey });
    const otherKey = openTestApi(undefined, { bookmarkKey: 'another key of thirty-two characters or more' });
    try {
      const headers = { ...asEditor, 'claimgraph-bookmarks': bookmark };
      expect((await post(sameKey.app, readStatement('statement:bookmarked-for-replicas'), headers)).body.data).toEqual({
        statement: { id: 'statement:bookmarked-for-replicas' },
      });
      expectRefused(await post(otherKey.app, readStatement('statement:bookmarked-for-replicas'), headers), 'another key');
    } finally {
      await Promise.all([sameKey.close(), otherKey.close()]);
    }
  });

  it('refuses a bookmark with one byte changed, in the bookmark or in its signature, as BAD_USER_INPUT', async () => {
    const { bookmark, signature } = partsOf(await written('statement:bookmarked-to-forge'));
    const raised = `${aheadOf(bookmark)}.${signature}`;
    const flipped = `${bookmark}.${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    for (const header of [raised, flipped]) {
      expectRefused(await post(api.app, readStatement('statement:bookmarked-to-forge'), { ...asEditor, 'claimgraph-bookmarks': header }), header);
    }
  });

  it('refuses a bookmark signed for another token, or sent without one', async () => {
    const bookmark = await written('statement:bookmarked-by-the-editor');
    for (const headers of [{ authorization: `Bearer ${testTokens.reader}` }, {}] as Record<string, string>[]) {
      expectRefused(
        await post(api.app, readStatement('statement:bookmarked-by-the-editor'), { ...headers, 'claimgraph-bookmarks': bookmark }),
        JSON.stringify(headers),
      );
    }
  });

  it('refuses every malformed header as BAD_USER_INPUT, naming the header', async () => {
    const { bookmark, signature } = partsOf(await written('statement:bookmarked-malformed'));
    const malformed = [
      'x',
      '[]',
      ',',
      'a b',
      'FB:not-a-bookmark',
      bookmark,
      `${bookmark}.`,
      `${bookmark}.${signature}x`,
      `${'F'.repeat(501)}.${signature}`,
      Array.from({ length: 21 }, () => `${bookmark}.${signature}`).join(','),
    ];
    for (const header of malformed) {
      const answer = await post(api.app, readStatement('statement:bookmarked-malformed'), { ...asEditor, 'claimgraph-bookmarks': header });
      expectRefused(answer, header.slice(0, 80));
      expect(answer.body.errors![0]!.message).toContain('Claimgraph-Bookmarks');
    }
  });

  it('100 forged bookmarks at once are refused without holding a concurrent lookup', async () => {
    const { bookmark, signature } = partsOf(await written('statement:bookmarked-many'));
    const forged = `${aheadOf(bookmark)}.${signature}`;
    const forgedReads = Array.from({ length: 100 }, () =>
      post(api.app, readStatement('statement:azov-advance-2-6-km'), { ...asEditor, 'claimgraph-bookmarks': forged }),
    );
    const lookup = api.query('{ person(id: "person:roger-housen") { name } }');
    expect(await lookup).toEqual({ data: { person: { name: 'Roger Housen' } }, extensions: expect.any(Object) });
    for (const answer of await Promise.all(forgedReads)) expectRefused(answer, forged);
  });

  it('a signed bookmark the database has not reached answers BOOKMARK_NOT_REACHED after a short wait, not QUERY_TIMEOUT', async () => {
    const { bookmark } = partsOf(await written('statement:bookmarked-ahead'));
    const ahead = signBookmark(bookmarkKey, aheadOf(bookmark), 'editor');
    const answer = await post(api.app, readStatement('statement:bookmarked-ahead'), { ...asEditor, 'claimgraph-bookmarks': ahead });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BOOKMARK_NOT_REACHED');
    expect(answer.body.errors![0]!.message).toContain('try again');
    const lookup = await api.query('{ person(id: "person:roger-housen") { name } }');
    expect(lookup.data).toEqual({ person: { name: 'Roger Housen' } });
  });
});
