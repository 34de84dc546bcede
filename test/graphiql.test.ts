import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openBrowserSession } from './browser.js';
import { resetToSeed } from './support.js';

let session: BrowserSession;
beforeAll(async () => {
  session = await openBrowserSession();
  await resetToSeed(session.api.database);
});
afterAll(() => session?.close());

describe('GraphiQL with no internet', () => {
  it('opens at /graphql with its example tabs, runs the first and shows data, fetching nothing from outside', async () => {
    const { page, blocked } = await session.offlinePage();
    await page.goto(`${session.origin}/graphql`);
    await page.locator('.graphiql-tab').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThan(1);
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toContain('"data"');
    expect(await result.textContent()).not.toContain('"errors"');
    expect(blocked).toEqual([]);
  });
});
