import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openBrowserSession } from './browser.js';
import { countGraph, resetToSeed, snapshotDatabase, testTokens } from './support.js';
import { militaryCommand } from './seed-ids.js';

const article = await readFile(new URL('../eval/articles/grain-ship-izmail.txt', import.meta.url), 'utf8');
const title = 'Drone hits grain ship near Izmail';

let session: BrowserSession;
beforeAll(async () => {
  session = await openBrowserSession();
  await resetToSeed(session.api.database);
});
afterAll(() => session?.close());

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.busy === 'false', null, { timeout: 30_000 });
}

/** Opens the review page, offline, pastes the article with its title and date, and asks for suggestions. */
async function suggestArticle(viewport?: { width: number; height: number }) {
  const { page, blocked } = await session.offlinePage(viewport);
  await page.goto(`${session.origin}/?view=review`);
  await settled(page);
  await page.getByTestId('article-text').fill(article);
  await page.getByTestId('article-title').fill(title);
  await page.getByTestId('article-published').fill('2024-05-14');
  await page.getByTestId('suggest').click();
  await settled(page);
  expect(await page.getByTestId('review-status').textContent()).toMatch(/^\d+ attributions suggested/);
  return { page, blocked };
}

/** The card whose words begin with these, found again by its key after its words change. */
async function card(page: Page, words: string): Promise<Locator> {
  const key = await page.getByTestId('attribution').filter({ has: page.getByTestId('show-in-text').filter({ hasText: `“${words}` }) }).getAttribute('data-key');
  return page.locator(`[data-testid=attribution][data-key="${key}"]`);
}

/** What each mark of the text covers, as offsets, and the words in it. */
const marks = (page: Page) =>
  page.getByTestId('review-text').evaluate((text) => {
    let position = 0;
    const found: { start: number; end: number; words: string; kind: string }[] = [];
    for (const node of text.childNodes) {
      const words = node.textContent ?? '';
      if (node instanceof HTMLElement) found.push({ start: position, end: position + words.length, words, kind: node.dataset.kind ?? '' });
      position += words.length;
    }
    return found;
  });

async function setOffset(field: Locator, value: number): Promise<void> {
  await field.fill(String(value));
  await field.blur();
}

/** Selects these words in the article view as a reader would with the mouse, by the DOM's selection. */
async function selectWords(page: Page, words: string): Promise<void> {
  const start = article.indexOf(words);
  await page.getByTestId('review-text').evaluate(
    (text, [from, to]) => {
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let position = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (from! >= position && from! <= position + length) range.setStart(node, from! - position);
        if (to! >= position && to! <= position + length) range.setEnd(node, to! - position);
        position += length;
      }
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    },
    [start, start + words.length],
  );
}

async function chooseEntity(picker: Locator, page: Page, typed: string, nodeId: string): Promise<void> {
  await picker.locator('input[type=search]').fill(typed);
  await picker.locator(`[data-testid=suggestion][data-node-id="${nodeId}"]`).click();
  await settled(page);
}

describe('the review of a new article, with every outside request blocked', () => {
  it('suggests the attributions of a pasted article, each marked in place in the text and coloured by its kind', async () => {
    const { page, blocked } = await suggestArticle();
    const cards = page.getByTestId('attribution');
    expect(await cards.count()).toBeGreaterThan(8);
    expect(await page.getByTestId('review-status').textContent()).toMatch(/^\d+ attributions suggested \(language en\)/);
    expect(await page.getByTestId('review-text').textContent()).toBe(article);
    const marked = await marks(page);
    for (const mark of marked) expect(article.slice(mark.start, mark.end)).toBe(mark.words);
    expect(marked.map((mark) => mark.words).join(' ')).toContain('The ship was hit by a drone shortly after midnight');
    const blame = page.locator('[data-testid=review-text] mark[data-kind=BLAMES]').first();
    expect(await blame.evaluate((mark) => getComputedStyle(mark).borderBottomColor)).toBe('rgb(192, 57, 43)');
    const quote = await card(page, 'The ship was hit');
    expect(await quote.getByTestId('attribution-who').textContent()).toMatch(/^Oleh Kiper claims/);

    const injured = await card(page, 'Two crew members');
    await injured.getByTestId('show-in-text').click();
    const active = page.locator('[data-testid=review-text] mark.active');
    expect(await active.allTextContents()).toEqual(['Two crew members were injured, but the fire is now under control.']);
    expect(blocked).toEqual([]);
  });

  it('takes a review (reject, kind, boundary, speaker, an added attribution) through a dry run that writes nothing to an import the explorer shows', async () => {
    const { page, blocked } = await suggestArticle();
    const before = await snapshotDatabase(session.api.database);

    const explosion = await card(page, 'An explosion damaged');
    await explosion.getByTestId('reject').click();
    expect(await page.locator('[data-testid=review-text] mark').allTextContents()).not.toContain(expect.stringContaining('An explosion damaged'));

    const cargo = await card(page, '000 tonnes of wheat');
    const cargoStart = article.indexOf('the cargo of 30,000');
    await setOffset(cargo.getByTestId('start'), cargoStart);
    await cargo.getByTestId('kind').selectOption('CONFIRMS');
    await cargo.getByTestId('strength').selectOption('STRONG');
    await cargo.getByTestId('accept').click();
    expect(await cargo.getByTestId('show-in-text').textContent()).toBe('“the cargo of 30,000 tonnes of wheat was partly lost”');
    expect((await marks(page)).find((mark) => mark.start === cargoStart)).toMatchObject({ words: 'the cargo of 30,000 tonnes of wheat was partly lost', kind: 'CONFIRMS' });

    const denial = await card(page, 'its forces had targeted');
    await chooseEntity(denial.getByTestId('speaker'), page, 'Russian Ministry of Defence', militaryCommand);
    expect(await denial.getByTestId('attribution-who').textContent()).toMatch(/^Russian military command disputes/);
    await denial.getByTestId('accept').click();

    for (const words of ['The ship was hit', 'Russia of trying']) {
      const accepted = await card(page, words);
      await accepted.getByTestId('accept').click();
    }

    // The rules suggest the United Nations' concern as one statement with what follows it; the reviewer adds the
    // inspectors' visit as a statement of its own.
    const missed = 'inspectors would visit the port later this week';
    await selectWords(page, missed);
    await page.getByTestId('add-attribution').click();
    const added = await card(page, missed);
    await added.getByTestId('speaker-new-kind').selectOption('Organisation');
    await added.getByTestId('speaker-new-name').fill('United Nations');
    expect(await added.getAttribute('data-decision')).toBe('accepted');
    expect(await page.getByTestId('review-counts').textContent()).toMatch(/5 accepted, 1 rejected/);

    await page.getByTestId('import-token').fill(testTokens.editor);
    await page.getByTestId('dry-run').click();
    await settled(page);
    expect(await page.getByTestId('report-heading').textContent()).toBe('Dry run: nothing was written');
    const report = page.getByTestId('import-report');
    expect(await page.getByTestId('report-nodes').textContent()).toMatch(/^[1-9]\d* created, 0 updated, \d+ unchanged$/);
    expect(await report.locator(`[data-testid=report-entity][data-outcome=MATCHED_BY_ID]`).allTextContents()).toContainEqual(expect.stringContaining(militaryCommand));
    expect(await report.locator('[data-testid=report-entity][data-outcome=CREATED]').allTextContents()).toContainEqual(
      expect.stringMatching(/^United Nations \(Organisation\): new/),
    );
    const sourceId = await page.getByTestId('report-source-id').textContent();
    expect(sourceId).toBe('source:drone-hits-grain-ship-near-izmail-2024-05-14');
    expect((await session.api.query(`query ($id: ID!) { node(id: $id) { id } }`, { id: sourceId })).data.node).toBeNull();
    expect(await snapshotDatabase(session.api.database)).toBe(before);

    const counted = await countGraph(session.api.database);
    await page.getByTestId('import').click();
    await page.getByTestId('import-anyway').click();
    await settled(page);
    expect(await page.getByTestId('report-heading').textContent()).toBe('Imported');
    expect((await countGraph(session.api.database)).nodes).toBeGreaterThan(counted.nodes);
    expect(await page.getByTestId('report-source-link').getAttribute('href')).toBe(`/?center=${encodeURIComponent(sourceId!)}&selected=${encodeURIComponent(sourceId!)}`);
    const statementIds = await page.getByTestId('report-statement-link').allTextContents();
    expect(statementIds).toHaveLength(5);
    const { data } = await session.api.query(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Statement { id text disputes { disputer { id } } confirmations { confirmer { name } strength } } } }`,
      { ids: statementIds },
    );
    const denied = data.nodes.find((statement: { text: string }) => statement.text === 'its forces had targeted civilian vessels');
    expect(denied.disputes).toEqual([{ disputer: { id: militaryCommand } }]);
    const cargoStatement = data.nodes.find((statement: { text: string }) => statement.text.startsWith('the cargo of 30,000'));
    expect(cargoStatement.confirmations).toEqual([{ confirmer: { name: 'Deniz Lojistik' }, strength: 'STRONG' }]);

    const link = await page.getByTestId('report-statement-link').filter({ hasText: cargoStatement.id }).getAttribute('href');
    await page.goto(`${session.origin}${link}`);
    await settled(page);
    await page.locator('[data-testid=evidence] mark').first().waitFor();
    expect(await page.locator('[data-testid=source-text] mark').allTextContents()).toEqual(['the cargo of 30,000 tonnes of wheat was partly lost']);
    expect(await page.getByTestId('source-text').textContent()).toBe(article);
    expect(await page.getByTestId('evidence').textContent()).toContain('Deniz Lojistik — strong');
    expect(blocked).toEqual([]);
  });

  it('says in words, with the code, that an import needs a token, and writes nothing', async () => {
    const { page, blocked } = await suggestArticle();
    const before = await snapshotDatabase(session.api.database);
    const quote = await card(page, 'The ship was hit');
    await quote.getByTestId('accept').click();
    await page.getByTestId('import').click();
    await page.getByTestId('import-anyway').click();
    await settled(page);
    const error = page.getByTestId('import-error');
    expect(await error.textContent()).toMatch(/^Could not import: .+ \(UNAUTHENTICATED\)$/);
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await snapshotDatabase(session.api.database)).toBe(before);
    expect(blocked).toEqual([]);
  });

  it('is reached from the explorer\'s header, and is usable 400 pixels wide with the keyboard', async () => {
    const { page, blocked } = await session.offlinePage({ width: 400, height: 800 });
    await page.goto(`${session.origin}/`);
    await settled(page);
    await page.getByTestId('new-article').click();
    await page.waitForURL(/\?view=review$/);
    await settled(page);
    expect(await page.getByTestId('graph').isVisible()).toBe(false);
    expect(await page.getByTestId('article-text').evaluate((text) => text === document.activeElement)).toBe(true);
    await page.keyboard.insertText(article);
    await page.getByTestId('article-title').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('attribution').first().waitFor();
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);

    const kuleba = await card(page, 'Moscow for the attack');
    expect(await kuleba.getByTestId('target').isVisible()).toBe(true);
    await kuleba.getByTestId('kind').focus();
    await page.keyboard.press('ArrowUp');
    expect(await kuleba.getAttribute('data-kind')).toBe('DISPUTES');
    expect(await kuleba.getByTestId('target').isVisible()).toBe(false);
    await kuleba.getByTestId('accept').focus();
    await page.keyboard.press('Enter');
    expect(await kuleba.getAttribute('data-decision')).toBe('accepted');
    expect(blocked).toEqual([]);
  });
});
