import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openBrowserSession } from './browser.js';
import { resetToSeed } from './support.js';

let session: BrowserSession;
beforeAll(async () => {
  session = await openBrowserSession();
  await resetToSeed(session.api.database);
});
afterAll(() => session?.close());

/** The explorer, offline, with an edge selected by the URL: what its panel says the structural relationship rests on. */
async function groundsOf(center: string, edge: string) {
  const { page, blocked } = await session.offlinePage();
  await page.goto(`${session.origin}/?center=${center}&selected=${encodeURIComponent(edge)}`);
  await page.waitForFunction(() => (window as any).explorer?.busy() === false, null, { timeout: 30_000 });
  const grounds = page.getByTestId('structural-grounds');
  return { grounds: await grounds.getAttribute('data-grounds'), text: await grounds.textContent(), blocked };
}

describe('the explorer shows which structural relationships are sourced', () => {
  it('quotes the article for a relationship it states, and names the modeller of a background relationship', async () => {
    const sourced = await groundsOf('person:yevgeny-prigozhin', 'leads:person:yevgeny-prigozhin->organisation:wagner-group');
    expect(sourced.grounds).toBe('sourced');
    expect(sourced.text).toContain('Prigozjin is de leider van het Russische huurlingenleger Wagner');
    const background = await groundsOf('organisation:wagner-group', 'part_of:organisation:wagner-group->organisation:russian-federation');
    expect(background.grounds).toBe('background');
    expect(background.text).toContain('seed modeller');
    expect([...sourced.blocked, ...background.blocked]).toEqual([]);
  });
});
