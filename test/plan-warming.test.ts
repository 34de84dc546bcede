import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmPlans } from '../src/plan-warming.js';
import { openTestApi, resetToSeed } from './support.js';

const api = openTestApi();

beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

describe('warming the query plans when the server starts', () => {
  it('asks every GraphiQL tab and every explorer read, shared fragments included, without an error', async () => {
    expect(await warmPlans(api.database)).toEqual([]);
  });
});
