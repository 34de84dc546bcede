import { mkdir, stat } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openBrowserSession } from './browser.js';
import { resetToSeed } from './support.js';

type Point = { x: number; y: number };

const prigozhin = 'person:yevgeny-prigozhin';
const wagner = 'organisation:wagner-group';
const command = 'organisation:russian-military-command';

let session: BrowserSession;
beforeAll(async () => {
  session = await openBrowserSession();
  await resetToSeed(session.api.database);
});
afterAll(() => session?.close());

/** Opens the explorer, offline, at a URL of its own, and waits until it has drawn what the URL says. */
async function openExplorer(search = '', viewport?: { width: number; height: number }) {
  const { page, blocked } = await session.offlinePage(viewport);
  await page.goto(`${session.origin}/${search}`);
  await settled(page);
  return { page, blocked };
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => window.explorer?.busy() === false, null, { timeout: 30_000 });
}

const drawnNodeIds = (page: Page): Promise<string[]> => page.evaluate(() => window.explorer.drawnNodeIds().sort());

async function positions(page: Page): Promise<Record<string, Point | undefined>> {
  return page.evaluate(() => Object.fromEntries(window.explorer.drawnNodeIds().map((nodeId) => [nodeId, window.explorer.position(nodeId)])));
}

/** Where a node is on the page, in page pixels. */
async function onScreen(page: Page, nodeId: string): Promise<Point> {
  const box = await page.getByTestId('graph').boundingBox();
  const point = await page.evaluate((id) => window.explorer.screenPosition(id), nodeId);
  if (!box || !point) throw new Error(`${nodeId} is not drawn`);
  return { x: box.x + point.x, y: box.y + point.y };
}

async function chooseFromSearch(page: Page, typed: string, nodeId: string): Promise<void> {
  await page.getByTestId('search').fill(typed);
  await page.locator(`[data-testid=suggestion][data-node-id="${nodeId}"]`).waitFor();
  const index = await page.getByTestId('suggestion').evaluateAll((options, id) => options.findIndex((option) => (option as HTMLElement).dataset.nodeId === id), nodeId);
  for (let step = 0; step <= index; step += 1) await page.getByTestId('search').press('ArrowDown');
  await page.getByTestId('search').press('Enter');
  await settled(page);
}

describe('the graph explorer, with every outside request blocked', () => {
  it('suggests "Prigozjin" as Yevgeny Prigozhin while typing, and draws him with Wagner and the Russian military command', async () => {
    const { page, blocked } = await openExplorer();
    await page.getByTestId('search').fill('Prigozjin');
    const suggestion = page.locator(`[data-testid=suggestion][data-node-id="${prigozhin}"]`);
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toMatch(/Person.*Yevgeny Prigozhin.*matched “Prigozjin”/);
    await chooseFromSearch(page, 'Prigozjin', prigozhin);
    expect(await drawnNodeIds(page)).toEqual(expect.arrayContaining([prigozhin, wagner, command]));
    expect(new URL(page.url()).searchParams.get('center')).toBe(prigozhin);
    expect(await page.getByTestId('selected-label').textContent()).toContain('Yevgeny Prigozhin');
    expect(await page.getByTestId('legend').textContent()).toContain('Organisation');
    expect(blocked).toEqual([]);
  });

  it('shows the quote of his blame of the command highlighted in place inside the article', async () => {
    const { page, blocked } = await openExplorer(`?center=${prigozhin}`);
    const [from, to] = [await onScreen(page, prigozhin), await onScreen(page, command)];
    await page.mouse.click((from.x + to.x) / 2, (from.y + to.y) / 2);
    await page.locator('[data-testid=evidence] mark').first().waitFor();
    await settled(page);
    expect(await page.getByTestId('edge-summary').textContent()).toMatch(/Yevgeny Prigozhin blames Russian military command.*ammunition/);

    const { data } = await session.api.query(`{ statement(id: "statement:promised-ammunition-not-arrived") { sources { start end source { text } } } }`);
    const expected = data.statement.sources.map(({ start, end, source }: { start: number; end: number; source: { text: string } }) => source.text.slice(start, end));
    const marks = await page.locator('[data-testid=source-text] mark').allTextContents();
    expect(marks).toEqual(expected);
    const sourceText = await page.getByTestId('source-text').textContent();
    expect(sourceText).toBe(data.statement.sources[0].source.text);
    expect(await page.getByTestId('verification').textContent()).toMatch(/./);
    expect(await page.getByTestId('corroboration').textContent()).toContain('claimant');
    expect(blocked).toEqual([]);
  });

  it('merges the neighbours of a clicked node into the drawing, leaving the nodes already drawn where they were', async () => {
    const { page, blocked } = await openExplorer(`?center=${prigozhin}`);
    const before = await positions(page);
    const wagnerOnScreen = await onScreen(page, wagner);
    await page.mouse.click(wagnerOnScreen.x, wagnerOnScreen.y);
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('expand').length > 0);
    await settled(page);
    const after = await positions(page);
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
    for (const [nodeId, position] of Object.entries(before)) expect(after[nodeId], nodeId).toEqual(position);
    expect(new URL(page.url()).searchParams.getAll('expand')).toEqual([wagner]);
    expect(blocked).toEqual([]);
  });

  it('highlights the paths from Housen to Biletsky hop by hop, and a shared link restores the same view', async () => {
    const { page, blocked } = await openExplorer();
    await chooseFromSearch(page, 'Housen', 'person:roger-housen');
    await page.getByTestId('path-from').click();
    await chooseFromSearch(page, 'Biletsky', 'person:andriy-biletsky');
    await page.getByTestId('path-to').click();
    await page.getByTestId('path').first().waitFor();
    await settled(page);

    const hops = await page.getByTestId('path').first().getByTestId('path-hop').allTextContents();
    expect(hops).toHaveLength(2);
    expect(hops[0]).toMatch(/^Roger Housen —confirms→ .*Statement: /);
    expect(hops[1]).toMatch(/←claims— Andriy Biletsky/);
    expect(await drawnNodeIds(page)).toEqual(expect.arrayContaining(['person:roger-housen', 'person:andriy-biletsky', 'statement:azov-advance-2-6-km']));

    const link = page.url();
    const shared = await session.offlinePage();
    await shared.page.goto(link);
    await settled(shared.page);
    expect(await drawnNodeIds(shared.page)).toEqual(await drawnNodeIds(page));
    expect(await positions(shared.page)).toEqual(await positions(page));
    expect(await shared.page.getByTestId('paths').textContent()).toBe(await page.getByTestId('paths').textContent());
    expect(await shared.page.getByTestId('selected-label').textContent()).toBe(await page.getByTestId('selected-label').textContent());
    expect([...blocked, ...shared.blocked]).toEqual([]);
  });

  it('follows only the relationship types the filter keeps, and lists a timeline whose items open their statement', async () => {
    const { page, blocked } = await openExplorer(`?center=${prigozhin}&selected=${prigozhin}&edgeTypes=BLAMES`);
    expect(await drawnNodeIds(page)).toEqual([command, 'organisation:russian-armed-forces', prigozhin].sort());
    expect(await page.getByTestId('filter-BLAMES').isChecked()).toBe(true);
    expect(await page.getByTestId('filter-CLAIMS').isChecked()).toBe(false);

    await page.getByTestId('show-timeline').click();
    await settled(page);
    const items = page.getByTestId('timeline-item');
    expect(await items.count()).toBeGreaterThan(1);
    expect(await items.first().textContent()).toMatch(/^2023-05 /);
    const marks = page.getByTestId('axis-mark');
    expect(await marks.evaluateAll((found) => found.map((mark) => [(mark as HTMLElement).dataset.precision, (mark as HTMLElement).dataset.date]))).toEqual([['MONTH', '2023-05']]);
    expect(Number(await marks.first().textContent())).toBe(await items.count());
    await items.first().getByRole('button').click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('selected')).toMatch(/^statement:/);
    expect(await page.locator('[data-testid=evidence] mark').count()).toBeGreaterThan(0);
    expect(blocked).toEqual([]);
  });

  it('is usable 400 pixels wide: no sideways scrolling, the drawing, the search box and the panel on the page, and "Load N more" loads more', async () => {
    const armedForces = 'organisation:russian-armed-forces';
    const { page, blocked } = await openExplorer(`?center=${prigozhin}&expand=${armedForces}@2&selected=${armedForces}`, { width: 400, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    const graph = await page.getByTestId('graph').boundingBox();
    expect(graph!.width).toBeGreaterThan(350);
    expect(graph!.height).toBeGreaterThan(300);
    expect(await page.getByTestId('search').isVisible()).toBe(true);
    const loadMore = page.getByTestId('expand');
    await loadMore.scrollIntoViewIfNeeded();
    const leftOut = async (): Promise<number> => Number((await loadMore.textContent())?.match(/^Load (\d+) more$/)?.[1] ?? 0);
    const leftOutBefore = await leftOut();
    expect(leftOutBefore).toBeGreaterThan(0);
    await loadMore.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('expand')?.endsWith('@4'));
    await settled(page);
    expect(await leftOut()).toBeLessThan(leftOutBefore);
    expect(blocked).toEqual([]);
  });

  it('says in words, with the code, that a centre in the URL does not exist', async () => {
    const { page, blocked } = await openExplorer('?center=person:nobody');
    const status = page.getByTestId('status');
    expect(await status.textContent()).toBe('Could not load the graph: No node has the id "person:nobody". (NOT_FOUND)');
    expect(await status.getAttribute('role')).toBe('alert');
    expect(blocked).toEqual([]);
  });

  it('writes labels that never overlap and stay whole on the canvas, at any width, and the selected statement\'s label in full', async () => {
    const selected = 'statement:promised-ammunition-not-arrived';
    for (const viewport of [{ width: 1280, height: 800 }, { width: 400, height: 800 }]) {
      const { page, blocked } = await openExplorer(`?center=${prigozhin}&depth=2&selected=${selected}`, viewport);
      await page.waitForFunction(() => window.explorer.labels().length > 0);
      const [labels, area] = await page.evaluate(() => [window.explorer.labels(), window.explorer.dimensions()] as const);
      expect(labels.length).toBeGreaterThan(3);
      for (const [index, { box, id }] of labels.entries()) {
        expect(box.left, id).toBeGreaterThanOrEqual(0);
        expect(box.top, id).toBeGreaterThanOrEqual(0);
        expect(box.right, id).toBeLessThanOrEqual(area.width);
        expect(box.bottom, id).toBeLessThanOrEqual(area.height);
        for (const other of labels.slice(index + 1)) {
          const apart = box.right <= other.box.left || other.box.right <= box.left || box.bottom <= other.box.top || other.box.bottom <= box.top;
          expect(apart, `${id} and ${other.id}`).toBe(true);
        }
      }
      const { data } = await session.api.query(`{ graph(center: "${selected}", depth: 1) { nodes { id label } } }`);
      const fullLabel: string = data.graph.nodes.find((node: { id: string }) => node.id === selected).label;
      const selectedLabel = labels.find((label) => label.id === selected)!;
      expect(fullLabel.startsWith(selectedLabel.text.replace(/^❝ /, '').replace(/…$/, ''))).toBe(true);
      if (viewport.width > 1000) expect(selectedLabel.text.length).toBeGreaterThan(30);
      await page.getByTestId('selected-label').scrollIntoViewIfNeeded();
      expect(await page.getByTestId('selected-label').textContent()).toContain(fullLabel);
      expect(blocked).toEqual([]);
    }
  });

  it('lists in the legend every relationship type drawn and no other, and the statuses of the statements drawn', async () => {
    const { page, blocked } = await openExplorer(`?center=${prigozhin}&depth=2`);
    const drawnTypes = await page.evaluate(() => window.explorer.visibleEdgeTypes().sort());
    expect(drawnTypes).toEqual(expect.arrayContaining(['BLAMES', 'CLAIMS', 'CONFIRMS', 'CONTRADICTS', 'DISPUTES', 'MENTIONS']));
    const listed = await page.locator('[data-testid=legend] [data-edge-type]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.edgeType!).sort());
    expect(listed).toEqual(drawnTypes);
    const statuses = await page.locator('[data-testid=legend] [data-status]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.status));
    expect(statuses).toEqual(expect.arrayContaining(['UNVERIFIED', 'DISPUTED', 'contested']));
    expect(await page.getByTestId('legend').locator('[data-edge-type=CONTRADICTS]').textContent()).toBe('contradicts');
    expect(blocked).toEqual([]);
  });

  it('fills each statement by its verification status and rings it, wider and larger, the more often it is disputed or contradicted', async () => {
    const { page, blocked } = await openExplorer(`?center=${prigozhin}&depth=2`);
    await page.waitForFunction(() => window.explorer.labels().length > 0);
    const drawn = (await drawnNodeIds(page)).filter((nodeId) => nodeId.startsWith('statement:'));
    const { data } = await session.api.query(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Statement {
         verificationStatus disputeCount contradicts { contradicts { id } } contradictedBy { statement { id } } } } }`,
      { ids: drawn },
    );
    const looks = await page.evaluate((ids) => Object.fromEntries(ids.map((id) => [id, window.explorer.look(id)!])), drawn);
    // A statement is challenged by each of its disputes, drawn or not, and by each contradiction drawn at it.
    const statements = (data.nodes as any[]).map((node) => ({
      ...node,
      look: looks[node.id]!,
      challenges:
        node.disputeCount +
        [...node.contradicts.map((item: any) => item.contradicts.id), ...node.contradictedBy.map((item: any) => item.statement.id)].filter((id) => drawn.includes(id)).length,
    }));
    expect(statements.some((statement) => statement.disputeCount > 0)).toBe(true);

    const colourOf = new Map<string, Set<string>>();
    for (const { verificationStatus, look } of statements) colourOf.set(verificationStatus, (colourOf.get(verificationStatus) ?? new Set()).add(look.color));
    expect(colourOf.size).toBeGreaterThan(1);
    for (const colours of colourOf.values()) expect(colours.size).toBe(1);
    expect(new Set([...colourOf.values()].map((colours) => [...colours][0])).size).toBe(colourOf.size);

    expect(statements.some((statement) => statement.challenges === 0)).toBe(true);
    for (const statement of statements) expect(statement.look.ring > 0, statement.id).toBe(statement.challenges > 0);
    // Wider and larger with each challenge, up to a bound, so that one contested statement never hides the rest.
    for (const more of statements) {
      for (const fewer of statements.filter((statement) => statement.challenges < more.challenges)) {
        const compare = fewer.challenges === 0 ? 'toBeGreaterThan' : 'toBeGreaterThanOrEqual';
        expect(more.look.ring, `${more.id} against ${fewer.id}`)[compare](fewer.look.ring);
        expect(more.look.size, `${more.id} against ${fewer.id}`)[compare](fewer.look.size);
      }
    }
    expect(blocked).toEqual([]);
  });

  it('draws with the time slider only the relationships that held and the statements made by its date, and keeps the nodes in place', async () => {
    const { page, blocked } = await openExplorer(`?center=${prigozhin}&depth=2`);
    const everything = await page.evaluate(() => window.explorer.visibleNodeIds().sort());
    const placeBefore = await page.evaluate((id) => window.explorer.position(id), prigozhin);
    expect(await page.getByTestId('time-slider-value').textContent()).toBe('all time');

    await page.getByTestId('time-slider').focus();
    await page.keyboard.press('Home');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('at'));
    await settled(page);
    const at = new URL(page.url()).searchParams.get('at')!;
    expect(at).toMatch(/^\d{4}-\d{2}$/);
    expect(await page.getByTestId('time-slider-value').textContent()).toContain(at);
    const then = await page.evaluate(() => window.explorer.visibleNodeIds().sort());
    expect(then.length).toBeLessThan(everything.length);
    expect(then.filter((nodeId) => nodeId.startsWith('statement:'))).toEqual([]);
    expect(then).toContain(prigozhin);
    expect(await page.evaluate((id) => window.explorer.position(id), prigozhin)).toEqual(placeBefore);

    await page.keyboard.press('End');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('at'));
    await settled(page);
    expect(await page.evaluate(() => window.explorer.visibleNodeIds().sort())).toEqual(everything);
    expect(blocked).toEqual([]);
  });

  it("says in the evidence panel that Prigozhin's confirmation is Housen's inference, with its strength, and which claims are hedged", async () => {
    const confirmation = `confirms:${prigozhin}->statement:azov-advance-2-6-km`;
    const { page, blocked } = await openExplorer(`?center=${prigozhin}&selected=${encodeURIComponent(confirmation)}`);
    await page.getByTestId('edge-summary').waitFor();
    expect(await page.getByTestId('edge-summary').textContent()).toMatch(/Yevgeny Prigozhin confirms .*inferred by Roger Housen, not said by the actor.*strength: strong/);
    const confirmations = await page.getByTestId('confirmation').allTextContents();
    expect(confirmations).toEqual(expect.arrayContaining([expect.stringMatching(/^Yevgeny Prigozhin — strong · inferred by Roger Housen, not said by them$/)]));

    const hedgedStatement = 'statement:two-russian-companies-eliminated';
    const { data } = await session.api.query(`{ statement(id: "${hedgedStatement}") { claims { actor { name } hedged } } }`);
    const hedgedClaimants = data.statement.claims.filter((claim: { hedged: boolean }) => claim.hedged).map((claim: { actor: { name: string } }) => claim.actor.name);
    expect(hedgedClaimants.length).toBeGreaterThan(0);
    const other = await openExplorer(`?center=${prigozhin}&selected=${hedgedStatement}`);
    await other.page.getByTestId('claim').first().waitFor();
    const claims = await other.page.getByTestId('claim').allTextContents();
    for (const name of hedgedClaimants) expect(claims).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${name}.*hedged$`))]));
    expect(await other.page.getByTestId('hedged').count()).toBe(hedgedClaimants.length);
    expect([...blocked, ...other.blocked]).toEqual([]);
  });

  it('writes a screenshot of the explorer to docs/explorer.png', async () => {
    const { page, blocked } = await openExplorer(`?center=${prigozhin}&selected=statement:promised-ammunition-not-arrived`, { width: 1200, height: 720 });
    const file = new URL('../docs/explorer.png', import.meta.url);
    await mkdir(new URL('.', file), { recursive: true });
    await page.screenshot({ path: file.pathname });
    expect((await stat(file)).size).toBeLessThan(200_000);
    expect(blocked).toEqual([]);
  });
});
