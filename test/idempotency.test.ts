import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimgraphDocument } from '../src/model/document.js';
import { countGraph, expectUnchanged, type GraphQLResponse, openTestApi, resetToSeed, testTokens } from './support.js';

const api = openTestApi();

/** A mutation sent with an `Idempotency-Key`, as a client that retries would send it. */
async function sendWithKey(key: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  const response = await api.app.fetch('http://claimgraph/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${testTokens.editor}`,
      'idempotency-key': key,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

const createPerson = `mutation Create($name: String!) {
  createPerson(input: { name: $name, description: "Spokesman" }) { person { id name createdAt createdBy } }
}`;

beforeAll(() => resetToSeed(api.database));
afterAll(async () => {
  await resetToSeed(api.database);
  await api.close();
});

describe('Idempotency-Key: a retried mutation is applied once', () => {
  it('returns the first answer to a retry and creates nothing twice', async () => {
    const before = await countGraph(api.database);
    const first = await sendWithKey('create-peskov-1', createPerson, { name: 'Dmitry Peskov' });
    expect(first.errors).toBeUndefined();
    const retried = await sendWithKey('create-peskov-1', createPerson, { name: 'Dmitry Peskov' });
    expect(retried.errors).toBeUndefined();
    expect(retried.data).toEqual(first.data);
    expect((await countGraph(api.database)).nodes).toBe(before.nodes + 1);
  });

  it('without a key, the same create is refused the second time: the key is what makes it safe', async () => {
    const again = await api.as(testTokens.editor)(createPerson, { name: 'Dmitry Peskov' });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses the key sent with another request, and writes nothing', async () => {
    const before = await countGraph(api.database);
    const reused = await sendWithKey('create-peskov-1', createPerson, { name: 'Sergei Shoigu' });
    expect(reused.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await countGraph(api.database)).toEqual(before);
  });

  it('keys belong to their token: another token may use the same key for its own request', async () => {
    const response = await api.app.fetch('http://claimgraph/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${testTokens.admin}`, 'idempotency-key': 'create-peskov-1' },
      body: JSON.stringify({ query: createPerson, variables: { name: 'Sergei Shoigu' } }),
    });
    const { data, errors } = (await response.json()) as GraphQLResponse;
    expect(errors).toBeUndefined();
    expect(data.createPerson.person.createdBy).toBe('admin');
  });

  it('a retried delete answers as the first did instead of NOT_FOUND', async () => {
    const remove = `mutation { deletePerson(input: { id: "person:dmitry-peskov" }) { deletedId } }`;
    const first = await sendWithKey('delete-peskov-1', remove);
    expect(first.errors).toBeUndefined();
    expect(await sendWithKey('delete-peskov-1', remove)).toEqual(first);
  });

  it('concurrent sends of one request apply it once', async () => {
    const before = await countGraph(api.database);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => sendWithKey('create-naryshkin-1', createPerson, { name: 'Sergei Naryshkin' })),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]!.errors).toBeUndefined();
    expect((await countGraph(api.database)).nodes).toBe(before.nodes + 1);
  });

  it('a malformed key is BAD_USER_INPUT naming the header', async () => {
    const answer = await sendWithKey('has spaces in it', createPerson, { name: 'Valery Gerasimov' });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
  });
});

describe('Idempotency-Key: a retried import is applied once', () => {
  const importDocument = `mutation ($input: ImportDocumentInput!) {
    importDocument(input: $input) {
      sourceId source { id createdAt }
      entities { givenId id outcome }
      nodes { created updated unchanged }
      relationships { created updated unchanged }
    }
  }`;
  const article = async () =>
    JSON.parse(await readFile(new URL('fixtures/prigozjin-dreigt-2023-05.json', import.meta.url), 'utf8')) as ClaimgraphDocument;

  it('answers a retry with the first answer, and writes once', async () => {
    const document = await article();
    const before = await countGraph(api.database);
    const first = await sendWithKey('import-prigozjin-1', importDocument, { input: { document } });
    expect(first.errors).toBeUndefined();
    expect(first.data.importDocument.nodes.created).toBeGreaterThan(0);
    const afterFirst = await countGraph(api.database);
    expect(afterFirst.nodes).toBeGreaterThan(before.nodes);
    // Without the key, importing again reports everything as unchanged; with it, the retry hears what the first import did.
    const retried = await expectUnchanged(api.database, () => sendWithKey('import-prigozjin-1', importDocument, { input: { document } }));
    expect(retried).toEqual(first);
  });

  it('refuses the key sent with another document, and writes nothing', async () => {
    const document = await article();
    const other = { ...document, source: { ...document.source, title: 'Another title' } };
    const reused = await expectUnchanged(api.database, () => sendWithKey('import-prigozjin-1', importDocument, { input: { document: other } }));
    expect(reused.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses the key sent with a dry run of the same document', async () => {
    const document = await article();
    const reused = await sendWithKey('import-prigozjin-1', importDocument, { input: { document, dryRun: true } });
    expect(reused.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});
