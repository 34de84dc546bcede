import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openBrowserSession } from './browser.js';
import { resetToSeed, testTokens } from './support.js';
import { prigozhin, wagner } from './seed-ids.js';

let session: BrowserSession;
beforeAll(async () => {
  session = await openBrowserSession();
  await resetToSeed(session.api.database);
});
afterAll(() => session?.close());

async function write(document: string): Promise<void> {
  const response = await session.api.as(testTokens.editor)(document);
  expect(response.errors, document).toBeUndefined();
}

const createStatement = (id: string, summary: string) =>
  write(`mutation { createStatement(input: { id: "${id}", text: "${summary}.", language: "en", summary: "${summary}" }) { statement { id } } }`);
const addClaim = (actor: string, statement: string) => write(`mutation { addClaim(input: { actor: "${actor}", statement: "${statement}" }) { created } }`);
const addMention = (entity: string, statement: string) => write(`mutation { addMention(input: { statement: "${statement}", entity: "${entity}" }) { created } }`);

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.busy === 'false', null, { timeout: 30_000 });
}

const liveStatus = (page: Page, text: string) => page.locator('[data-testid=live-status]', { hasText: text }).waitFor({ timeout: 5_000 });
const liveItems = (page: Page): Promise<string[]> => page.getByTestId('live-item').allTextContents();
const liveItem = (page: Page, statementId: string) => page.locator(`[data-testid=live-item] [data-statement-id="${statementId}"]`);

describe('the Live list of the explorer, with every outside request blocked', () => {
  it("lists each new statement Prigozhin claims or that mentions him as it is written, newest first, and none about someone else's", async () => {
    const { page, blocked } = await session.offlinePage();
    await page.goto(`${session.origin}/?center=${prigozhin}`);
    await settled(page);
    await liveStatus(page, 'Listening for new statements about Yevgeny Prigozhin');

    await createStatement('statement:live-housen', 'Housen says the front holds');
    await addClaim('person:roger-housen', 'statement:live-housen');
    await createStatement('statement:live-claimed', 'Prigozhin says the shells arrived');
    await addClaim(prigozhin, 'statement:live-claimed');
    await liveItem(page, 'statement:live-claimed').waitFor({ timeout: 5_000 });
    await createStatement('statement:live-mentioned', 'Wagner leaves Bakhmut under Prigozhin');
    await addMention(prigozhin, 'statement:live-mentioned');
    await liveItem(page, 'statement:live-mentioned').waitFor({ timeout: 5_000 });
    expect(await liveItems(page)).toEqual(['Wagner leaves Bakhmut under Prigozhin', 'Prigozhin says the shells arrived']);

    await liveItem(page, 'statement:live-claimed').click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('selected')).toBe('statement:live-claimed');
    expect(await page.getByTestId('evidence').textContent()).toMatch(/Prigozhin says the shells arrived.*Claimed byYevgeny Prigozhin/);
    expect(blocked).toEqual([]);
  });

  it('follows the new centre when another entity is made the centre, and forgets the last one', async () => {
    const { page, blocked } = await session.offlinePage();
    await page.goto(`${session.origin}/?center=${prigozhin}&selected=${wagner}`);
    await settled(page);
    await liveStatus(page, 'Listening for new statements about Yevgeny Prigozhin');
    await createStatement('statement:live-before', 'Prigozhin speaks before the switch');
    await addClaim(prigozhin, 'statement:live-before');
    await liveItem(page, 'statement:live-before').waitFor({ timeout: 5_000 });

    await page.getByRole('button', { name: 'Make centre' }).click();
    await settled(page);
    await liveStatus(page, 'Listening for new statements about Wagner Group');
    expect(await liveItems(page)).toEqual([]);
    await createStatement('statement:live-prigozhin-only', 'Prigozhin speaks alone');
    await addClaim(prigozhin, 'statement:live-prigozhin-only');
    await createStatement('statement:live-wagner', 'Wagner recruits again');
    await addClaim(wagner, 'statement:live-wagner');
    await liveItem(page, 'statement:live-wagner').waitFor({ timeout: 5_000 });
    expect(await liveItems(page)).toEqual(['Wagner recruits again']);
    expect(blocked).toEqual([]);
  });

  it('says so when the server cannot deliver events, and listens again a few seconds later', async () => {
    const { page, blocked } = await session.offlinePage();
    let refused = 0;
    await page.route(`${session.origin}/graphql`, (route) => {
      if (route.request().headers().accept !== 'text/event-stream' || refused > 0) return route.fallback();
      refused += 1;
      const lost = { errors: [{ message: 'New events cannot be delivered right now.', extensions: { code: 'EVENTS_UNAVAILABLE' } }] };
      return route.fulfill({ contentType: 'text/event-stream', body: `:\n\nevent: next\ndata: ${JSON.stringify(lost)}\n\nevent: complete\ndata:\n\n` });
    });
    await page.goto(`${session.origin}/?center=${prigozhin}`);
    await settled(page);
    await liveStatus(page, 'Events unavailable, reconnecting…');
    await liveStatus(page, 'Listening for new statements about Yevgeny Prigozhin');
    await createStatement('statement:live-after-outage', 'Prigozhin is heard again');
    await addClaim(prigozhin, 'statement:live-after-outage');
    await liveItem(page, 'statement:live-after-outage').waitFor({ timeout: 5_000 });
    expect(refused).toBe(1);
    expect(blocked).toEqual([]);
  });
});
