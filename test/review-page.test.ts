import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openBrowserSession } from './browser.js';
import { resetToSeed, snapshotDatabase, testTokens } from './support.js';

/** Three attributions: a speaker the graph knows, one it does not, and a blame of someone it does not know. */
const article = [
  'Anna Berg said the harbour fees would rise sharply next year.',
  'According to Hartwell Stone, the ferry terminal will close in June.',
  'Northgate blamed Harbour Logistics for the delay.',
].join(' ');

let session: BrowserSession;
beforeAll(async () => {
  session = await openBrowserSession();
  await resetToSeed(session.api.database);
  const editor = session.api.as(testTokens.editor);
  const { errors } = await editor(`mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`, { input: { id: 'person:anna-berg', name: 'Anna Berg' } });
  expect(errors).toBeUndefined();
  // Of the claim's seven words of four letters or more, the first shares all, the second three (43 %).
  for (const text of ['Harbour fees would rise sharply next year', 'Fishing would rise next season in Zeeland']) {
    const { errors } = await editor(`mutation ($input: CreateStatementInput!) { createStatement(input: $input) { statement { id } } }`, { input: { text, language: 'en' } });
    expect(errors).toBeUndefined();
  }
});
afterAll(() => session?.close());

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.busy === 'false', null, { timeout: 30_000 });
}

async function suggestArticle() {
  const { page, blocked } = await session.offlinePage();
  await page.goto(`${session.origin}/?view=review`);
  await settled(page);
  await page.getByTestId('article-text').fill(article);
  await page.getByTestId('article-title').fill('Harbour fees to rise');
  await page.getByTestId('article-published').fill('2024-06-01');
  await page.getByTestId('suggest').click();
  await settled(page);
  expect(await page.getByTestId('review-status').textContent()).toMatch(/^3 attributions suggested \(language en\)/);
  return { page, blocked };
}

const card = (page: Page, words: string): Locator => page.getByTestId('attribution').filter({ has: page.getByTestId('show-in-text').filter({ hasText: `“${words}` }) });
const flags = (card: Locator): Promise<string[]> => card.locator('[data-testid=flag]:visible').allTextContents();

describe('the review page helps a reviewer catch mistakes', () => {
  it('flags, in words, the entities the import would make, and drops the flag once the reviewer picks a known one', async () => {
    const { page, blocked } = await suggestArticle();
    expect(await flags(card(page, 'the harbour fees'))).toEqual([]);
    expect(await flags(card(page, 'the ferry terminal'))).toEqual(['Speaker: new entity “Hartwell Stone” (Person)']);
    const blame = card(page, 'Harbour Logistics');
    const northgate = 'Speaker: new entity “Northgate” (Organisation)';
    expect(await flags(blame)).toEqual([northgate, 'Blamed: new entity “Harbour Logistics” (Person)']);
    await blame.getByTestId('target-new-kind').selectOption('Organisation');
    expect(await flags(blame)).toEqual([northgate, 'Blamed: new entity “Harbour Logistics” (Organisation)']);
    await blame.getByTestId('target-search').fill('Anna Berg');
    await blame.locator('[data-testid=suggestion][data-node-id="person:anna-berg"]').click();
    expect(await flags(blame)).toEqual([northgate]);
    expect(blocked).toEqual([]);
  });

  it('offers a statement already in the graph as the same claim only from the word overlap it states', async () => {
    const { page, blocked } = await suggestArticle();
    const sameAs = card(page, 'the harbour fees').getByTestId('same-as');
    expect(await sameAs.locator('legend').textContent()).toBe('Already in the graph? (shown from 50 % of the words in common)');
    expect(await sameAs.getByTestId('same-as-statement').count()).toBe(1);
    expect(await sameAs.locator('label').allTextContents()).toEqual([' New statement', ' Same as “Harbour fees would rise sharply next year” (100 % of the words)']);
    expect(await sameAs.textContent()).not.toContain('Fishing');
    expect(await card(page, 'the ferry terminal').getByTestId('same-as').isVisible()).toBe(false);
    expect(blocked).toEqual([]);
  });

  it('accepts at once every suggestion at least as sure as the reviewer says, and leaves the others to review', async () => {
    const { page, blocked } = await suggestArticle();
    const threshold = page.getByTestId('accept-threshold');
    expect(await threshold.inputValue()).toBe('80');
    expect(await page.getByTestId('accept-above').textContent()).toBe('Accept 2');
    await threshold.fill('95');
    expect(await page.getByTestId('accept-above').isDisabled()).toBe(true);
    await threshold.fill('80');
    await page.getByTestId('accept-above').click();
    expect(await page.getByTestId('review-counts').textContent()).toMatch(/^3 attributions: 2 accepted, 0 rejected, 1 to review\./);
    expect(await card(page, 'the harbour fees').getAttribute('data-decision')).toBe('accepted');
    expect(await card(page, 'the harbour fees').getByTestId('accept').getAttribute('aria-pressed')).toBe('true');
    expect(await card(page, 'the ferry terminal').getAttribute('data-decision')).toBe('open');
    expect(await page.getByTestId('accept-above').textContent()).toBe('Accept 0');
    expect(blocked).toEqual([]);
  });

  it('asks in the page, naming how many are still to review, before an import leaves them out, and writes nothing until told to', async () => {
    const { page, blocked } = await suggestArticle();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void dialogs.push(dialog.message()));
    await card(page, 'the harbour fees').getByTestId('accept').click();
    await page.getByTestId('import-token').fill(testTokens.editor);
    const before = await snapshotDatabase(session.api.database);

    await page.getByTestId('import').click();
    await settled(page);
    const warning = page.getByTestId('import-unreviewed');
    expect(await warning.textContent()).toContain('2 suggestions are still to review. The import leaves them out');
    expect(await page.getByTestId('import-anyway').textContent()).toBe('Import the 1 accepted anyway');
    await page.getByTestId('keep-reviewing').click();
    expect(await warning.count()).toBe(0);
    expect(await card(page, 'the ferry terminal').evaluate((element) => element.classList.contains('active'))).toBe(true);
    expect(await snapshotDatabase(session.api.database)).toBe(before);

    await page.getByTestId('dry-run').click();
    await settled(page);
    expect(await page.getByTestId('report-heading').textContent()).toBe('Dry run: nothing was written');

    await page.getByTestId('import').click();
    await page.getByTestId('import-anyway').click();
    await settled(page);
    expect(await page.getByTestId('report-heading').textContent()).toBe('Imported');
    expect(await page.getByTestId('report-statement').allTextContents()).toEqual([expect.stringContaining('the harbour fees would rise sharply next year')]);
    expect(dialogs).toEqual([]);
    expect(blocked).toEqual([]);
  });
});
