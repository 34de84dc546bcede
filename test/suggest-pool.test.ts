import { readFile } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestionPool } from '../src/drafts/suggestion-pool.js';
import { createApp } from '../src/yoga.js';
import { expectError, type GraphQLResponse, openTestApi, resetToSeed, snapshotDatabase, testAppOptions } from './support.js';

// Generous: the machine may be busy, and the budget is not what these tests are about, except where it is set to 1 ms.
const api = openTestApi(undefined, { suggestWorkers: 2, suggestBudgetMs: 600_000 });
const oneThread = createApp(api.database, { ...testAppOptions(), suggestWorkers: 1, suggestBudgetMs: 600_000 });
const oneMillisecond = createApp(api.database, { ...testAppOptions(), suggestWorkers: 1, suggestBudgetMs: 1 });
let seeded = '';
beforeAll(async () => {
  await resetToSeed(api.database);
  seeded = await snapshotDatabase(api.database);
});
afterAll(async () => {
  await Promise.all([api.app.dispose(), oneThread.dispose(), oneMillisecond.dispose()]);
  await api.close();
});

const seedText: string = JSON.parse(await readFile(new URL('../seed/bakhmut-2023-05.json', import.meta.url), 'utf8')).source.text;

/** 150 KB of one of the shapes that once held the server for minutes: a chain of reported speech. */
const chain = 'Jan zegt dat '.repeat(Math.ceil(150_000 / 13)).slice(0, 150_000);

const suggestQuery = `query ($text: String!) { suggestAttributions(text: $text) { language suggestions { kind speakerName speakerEntity { id } } } }`;

async function post(app: typeof oneThread, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  const response = await app.fetch('http://claimgraph/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

describe('suggestAttributions reads articles in worker threads', () => {
  it('answers for the seed article', async () => {
    const { data, errors } = await api.query(suggestQuery, { text: seedText });
    expect(errors).toBeUndefined();
    expect(data.suggestAttributions.language).toBe('nl');
    expect(data.suggestAttributions.suggestions).toContainEqual(
      expect.objectContaining({ kind: 'BLAMES', speakerEntity: { id: 'person:yevgeny-prigozhin' } }),
    );
  });

  it('goes on answering other requests while four large articles are read', async () => {
    const settled: string[] = [];
    const large = Array.from({ length: 4 }, (_, index) =>
      api.query(suggestQuery, { text: chain }).then((response) => {
        settled.push(`large ${index}`);
        return response;
      }),
    );
    const quick: GraphQLResponse[] = [];
    for (let round = 0; round < 5; round += 1) {
      quick.push(await api.query('{ __typename }'));
      settled.push(`quick ${round}`);
    }
    const answers = await Promise.all(large);
    expect(quick.every((response) => response.data?.__typename === 'Query')).toBe(true);
    for (const { errors, data } of answers) {
      expect(errors).toBeUndefined();
      expect(data.suggestAttributions.suggestions.length).toBeGreaterThan(0);
    }
    // Each quick request was answered while a large one was still being read.
    expect(settled.slice(0, 5)).toEqual(['quick 0', 'quick 1', 'quick 2', 'quick 3', 'quick 4']);
  });

  it('refuses a text longer than an article needs, naming the limit', async () => {
    const error = expectError(await api.query(suggestQuery, { text: 'a'.repeat(200_001) }), 'BAD_USER_INPUT', 'text');
    expect(error.message).toContain('200000 characters');
    const { errors } = await api.query(suggestQuery, { text: 'a '.repeat(100_000) });
    expect(errors).toBeUndefined();
  });

  it('refuses at once, as busy, what would wait beyond the queue, and reads the rest', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(oneThread, suggestQuery, { text: chain })));
    const busy = answers.filter((response) => response.errors?.[0]?.extensions?.code === 'SERVER_BUSY');
    const read = answers.filter((response) => response.data?.suggestAttributions);
    // One thread reads one and four wait; the other three are refused.
    expect(busy).toHaveLength(3);
    expect(read).toHaveLength(5);
    expect(busy[0]!.errors![0]!.message).toMatch(/try again/);
    const { errors } = await post(oneThread, suggestQuery, { text: seedText });
    expect(errors).toBeUndefined();
  });

  it('stops a reading past its budget with a coded error that says why, and answers the next request', async () => {
    const error = expectError(await post(oneMillisecond, suggestQuery, { text: chain }), 'SUGGESTION_BUDGET_EXCEEDED');
    expect(error.message).toMatch(/longer than the 1 ms one reading may take/);
    expect(error.extensions?.['budgetMs']).toBe(1);
    expect((await post(oneMillisecond, '{ __typename }')).data).toEqual({ __typename: 'Query' });
    expectError(await post(oneMillisecond, suggestQuery, { text: chain }), 'SUGGESTION_BUDGET_EXCEEDED');
  });

  it('wrote nothing', async () => {
    expect(await snapshotDatabase(api.database)).toBe(seeded);
  });
});

describe('the suggestion pool', () => {
  it('terminates the thread of a reading its caller gave up on, and reads the next article in a new one', async () => {
    const pool = suggestionPool({ threads: 1 });
    try {
      const first = await pool.suggest({ text: seedText, language: undefined });
      const caller = new AbortController();
      const abandoned = pool.suggest({ text: chain, language: undefined }, caller.signal);
      await nextTurn();
      caller.abort();
      await expect(abandoned).rejects.toThrow(/aborted/);
      expect(await pool.suggest({ text: seedText, language: undefined })).toEqual(first);
    } finally {
      await pool.close();
    }
  });
});
