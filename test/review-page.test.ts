import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rulesVersion } from '../src/suggest/version.js';
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

/** Opens the review page, offline, pastes an article with its title and date, and asks for suggestions. */
async function suggestArticle(text = article, title = 'Harbour fees to rise', published = '2024-06-01') {
  const { page, blocked } = await session.offlinePage();
  await page.goto(`${session.origin}/?view=review`);
  await settled(page);
  await page.getByTestId('article-text').fill(text);
  await page.getByTestId('article-title').fill(title);
  await page.getByTestId('article-published').fill(published);
  await page.getByTestId('suggest').click();
  await settled(page);
  if (text === article) expect(await page.getByTestId('review-status').textContent()).toMatch(/^3 attributions suggested \(language en\)/);
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
    // A blamed party the words do not type starts as an organisation, as in the server's draft.
    expect(await flags(blame)).toEqual([northgate, 'Blamed: new entity “Harbour Logistics” (Organisation)']);
    await blame.getByTestId('target-new-kind').selectOption('Person');
    expect(await flags(blame)).toEqual([northgate, 'Blamed: new entity “Harbour Logistics” (Person)']);
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
    expect(await page.getByTestId('accept-above').textContent()).toBe('Accept 3');
    // A source phrase ("According to …") is less sure than a speech verb with its subject.
    await threshold.fill('87');
    expect(await page.getByTestId('accept-above').textContent()).toBe('Accept 2');
    await threshold.fill('95');
    expect(await page.getByTestId('accept-above').isDisabled()).toBe(true);
    await threshold.fill('87');
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
    // Only what was decided is kept: the one accepted, not the two still to review.
    const { data } = await session.api.query(`{ attributionQuality(language: "en") { decided accepted rulesVersions } }`);
    expect(data.attributionQuality).toEqual([{ decided: 1, accepted: 1, rulesVersions: [rulesVersion] }]);
  });
});

type ImportedStatement = { id: string; text: string; date: string | null; mentions: { id: string }[]; claims: { actor: { id: string } }[]; disputes: { disputer: { id: string } }[] };

/** Pastes an article of test/fixtures into the review page, accepts every suggestion, imports them, and reads back what the source reports. */
async function reviewAndImport(file: string, title: string, published: string, review: (page: Page) => Promise<void> = async () => {}) {
  const text = await readFile(new URL(`fixtures/${file}`, import.meta.url), 'utf8');
  const { page, blocked } = await suggestArticle(text, title, published);
  const suggested = await page.getByTestId('attribution').count();
  expect(suggested).toBeGreaterThan(0);
  await page.getByTestId('accept-threshold').fill('0');
  await page.getByTestId('accept-above').click();
  expect(await page.getByTestId('review-counts').textContent()).toContain(`${suggested} accepted, 0 rejected, 0 to review`);
  await review(page);
  await page.getByTestId('import-token').fill(testTokens.editor);
  await page.getByTestId('import').click();
  await settled(page);
  expect(await page.getByTestId('report-heading').textContent(), await page.getByTestId('import-report').textContent() ?? '').toBe('Imported');
  expect(blocked).toEqual([]);
  const sourceId = await page.getByTestId('report-source-link').textContent();
  await page.close();
  const { data, errors } = await session.api.query(
    `query ($id: ID!) { source(id: $id) { statements(first: 50) { edges { node { statement { id text date mentions { id } claims { actor { id } } disputes { disputer { id } } } } } } } }`,
    { id: sourceId },
  );
  expect(errors).toBeUndefined();
  const statements: ImportedStatement[] = data.source.statements.edges.map(({ node }: { node: { statement: ImportedStatement } }) => node.statement);
  return { sourceId: sourceId!, suggested, statements, text };
}

const ids = (items: readonly { id: string }[]) => items.map(({ id }) => id);
const bakhmut = 'place:bakhmut';

/** The explorer's timeline of an entity or place on one day, as a reader opens it: each item's date and the statement it opens. */
async function explorerTimeline(center: string, day: string): Promise<{ date: string; statementId: string }[]> {
  const { page, blocked } = await session.offlinePage();
  await page.goto(`${session.origin}/?${new URLSearchParams({ center, selected: center, dateFrom: day, dateTo: day })}`);
  // The explorer draws Bakhmut's whole neighbourhood first, which takes a while on a busy machine.
  const explorerSettled = () => page.waitForFunction(() => document.body.dataset.busy === 'false', null, { timeout: 120_000 });
  await explorerSettled();
  await page.getByTestId('show-timeline').click();
  await explorerSettled();
  const items = await page.getByTestId('timeline-item').evaluateAll((found) =>
    found.map((item) => ({ date: item.querySelector('time')?.textContent ?? '', statementId: item.querySelector<HTMLElement>('[data-statement-id]')?.dataset.statementId ?? '' })),
  );
  expect(blocked).toEqual([]);
  await page.close();
  return items;
}

describe('articles pasted into the review page join the story the graph already tells', () => {
  it('imports a Dutch article dated, mentioning Bakhmut, with its dispute on the claim it denies, and the explorer shows it on Bakhmut and Prigozhin', async () => {
    const { statements, suggested } = await reviewAndImport('wagner-wijken-bachmoet.txt', 'Wagner meldt laatste wijken van Bachmoet', '2023-05-24');
    const claim = statements.find((statement) => statement.claims.some(({ actor }) => actor.id === 'person:yevgeny-prigozhin'));
    expect(claim, JSON.stringify(statements)).toBeDefined();
    expect(claim!.date).toBe('2023-05-24');
    expect(ids(claim!.mentions)).toEqual(expect.arrayContaining([bakhmut, 'person:yevgeny-prigozhin']));
    expect(claim!.disputes.map(({ disputer }) => disputer.id)).toEqual(['organisation:armed-forces-of-ukraine']);
    // The dispute made no statement of its own: every statement is claimed by someone.
    expect(statements.filter((statement) => statement.claims.length === 0)).toEqual([]);
    for (const statement of statements) expect(statement.date).toBe('2023-05-24');

    expect(await explorerTimeline(bakhmut, '2023-05-24')).toContainEqual({ date: '2023-05-24', statementId: claim!.id });
    expect(await explorerTimeline('person:yevgeny-prigozhin', '2023-05-24')).toContainEqual({ date: '2023-05-24', statementId: claim!.id });

    const { data } = await session.api.query(`{ attributionQuality(language: "nl") { decided accepted edited rejected rulesVersions } }`);
    expect(data.attributionQuality).toEqual([{ decided: suggested, accepted: suggested, edited: 0, rejected: 0, rulesVersions: [rulesVersion] }]);
  });

  it('imports an English article with its blame on the command the reviewer picked, and its dispute on the claim it denies', async () => {
    const command = 'organisation:russian-military-command';
    const { statements, sourceId, suggested } = await reviewAndImport('kremlin-wagner-handover.txt', 'Kremlin denies Wagner handover', '2023-05-25', async (page) => {
      const blame = page.locator('[data-testid=attribution][data-kind=BLAMES]');
      expect(await blame.count()).toBe(1);
      await blame.getByTestId('target-search').fill('Russian military command');
      await blame.locator(`[data-testid=suggestion][data-node-id="${command}"]`).click();
      expect(await blame.getByTestId('attribution-who').textContent()).toMatch(/^Yevgeny Prigozhin blames Russian military command/);
    });
    const handover = statements.find((statement) => statement.text.startsWith('Wagner would hand its positions in Bakhmut'));
    expect(handover, JSON.stringify(statements)).toBeDefined();
    expect(handover!.date).toBe('2023-05-25');
    expect(ids(handover!.mentions)).toEqual(expect.arrayContaining([bakhmut, 'organisation:wagner-group', 'person:yevgeny-prigozhin']));
    expect(handover!.claims.map(({ actor }) => actor.id)).toEqual(['person:yevgeny-prigozhin']);
    expect(handover!.disputes.map(({ disputer }) => disputer.id)).toEqual(['organisation:kremlin']);

    const { data } = await session.api.query(`{ person(id: "person:yevgeny-prigozhin") { blames(first: 50) { edges { node { blamed { id } statement { id date } } } } } }`);
    const blames = data.person.blames.edges.map(({ node }: any) => node).filter((blame: any) => blame.statement.date === '2023-05-25');
    expect(blames).toEqual([{ blamed: { id: command }, statement: { id: expect.any(String), date: '2023-05-25' } }]);
    expect(ids(statements)).toContain(blames[0].statement.id);
    expect(await explorerTimeline(bakhmut, '2023-05-25')).toContainEqual({ date: '2023-05-25', statementId: handover!.id });

    // Each suggestion accepted is kept, as it was or with the blamed party the reviewer picked, by the token that imported it.
    const decisions = await session.api.database
      .runner()
      .read<{ decision: string; edits: string[]; decidedBy: string }>(
        'MATCH (d:AttributionDecision {sourceId: $sourceId}) RETURN d.decision AS decision, d.edits AS edits, d.decidedBy AS decidedBy',
        { sourceId },
      );
    expect(decisions).toHaveLength(suggested);
    for (const decision of decisions) expect(decision).toMatchObject({ decision: expect.stringMatching(/^(ACCEPTED|EDITED)$/), decidedBy: 'editor' });
    expect(decisions.flatMap(({ edits }) => edits).filter((edit) => edit !== 'TARGET')).toEqual([]);
  });
});
