import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openBrowserSession } from './browser.js';
import { resetToSeed, testTokens } from './support.js';

type Point = { x: number; y: number };
type DrawingHooks = {
  nodeIds: () => string[];
  labels: () => unknown[];
  screenPosition: (nodeId: string) => Point | undefined;
};
declare global {
  interface Window {
    GraphView: new (container: HTMLElement, events: { nodeClicked: (id: string) => void; edgeClicked: (id: string) => void }) => DrawingHooks & {
      merge: (answer: unknown, around: string) => void;
    };
    drawing: DrawingHooks;
    frameCount: number;
    frameStart: number;
    counting: boolean;
  }
}

/** The explorer's drawing (web/src/graph-view.ts) alone, bundled for a page of its own. */
const drawingBundle = (
  await build({
    stdin: { contents: "import { GraphView } from './web/src/graph-view.ts'; window.GraphView = GraphView;", resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'warning',
  })
).outputFiles[0]!.text;

const seed = JSON.parse(await readFile(new URL('../seed/bakhmut-2023-05.json', import.meta.url), 'utf8'));

/**
 * A made-up follow-up article about Bakhmut: ten observers, sixty statements made on days of May 2023, each
 * reported with its offsets, claimed by one observer, confirmed (stated or inferred), disputed or contradicted by others.
 */
function followUpArticle() {
  const observers = ['Iryna Koval', 'Mark Devlin', 'Olena Shevchuk', 'Pieter Jansen', 'Sofia Marin', 'Taras Bondar', 'Anna Weber', 'Luc Moreau', 'Maria Lind', 'Jonas Berg'];
  const events = ['artillery hit the western district', 'a supply road was cut', 'a counter-attack reached the outskirts', 'drones struck a depot', 'the northern flank held', 'reinforcements arrived by night'];
  const statuses = ['UNVERIFIED', 'PLAUSIBLE', 'CONFIRMED', 'DISPUTED', 'UNVERIFIED', 'FALSE'];
  const personId = (index: number) => `person:observer-${index}`;
  let text = '';
  const statements = [];
  const edges = [];
  for (let index = 0; index < 60; index += 1) {
    const day = String((index % 28) + 1).padStart(2, '0');
    const event = events[index % events.length]!;
    const sentence = `${observers[index % observers.length]} said that ${event} near Bakhmut on ${Number(day)} May (${index + 1}).`;
    const start = text.length;
    text += `${sentence} `;
    const id = `statement:follow-up-${index + 1}`;
    statements.push({ id, text: sentence, language: 'en', summary: `${event[0]!.toUpperCase()}${event.slice(1)} (${index + 1})`, date: `2023-05-${day}`, verificationStatus: statuses[index % statuses.length] });
    edges.push(
      { type: 'CLAIMS', from: personId(index % observers.length), to: id, date: `2023-05-${day}`, ...(index % 5 === 0 ? { hedged: true } : {}) },
      { type: 'MENTIONS', from: id, to: 'place:bakhmut' },
      { type: 'REPORTED_IN', from: id, to: 'source:bakhmut-follow-up', quote: sentence, start, end: start + sentence.length },
    );
    if (index % 3 === 0) edges.push({ type: 'CONFIRMS', from: personId((index + 3) % observers.length), to: id, strength: 'MODERATE', ...(index % 2 === 0 ? { basis: 'INFERRED', inferredBy: personId((index + 5) % observers.length) } : {}) });
    if (index % 4 === 1) edges.push({ type: 'DISPUTES', from: personId((index + 2) % observers.length), to: id });
    if (index % 7 === 6) edges.push({ type: 'CONTRADICTS', from: id, to: `statement:follow-up-${index}` });
  }
  return {
    source: { id: 'source:bakhmut-follow-up', title: 'Bakhmut, the week after (made up for the explorer screenshot)', published: '2023-05-28', language: 'en', text: text.trimEnd() },
    entities: [
      seed.entities.find((entity: { id: string }) => entity.id === 'place:bakhmut'),
      ...observers.map((name, index) => ({ id: personId(index), kind: 'Person', name })),
    ],
    statements,
    edges,
  };
}

let session: BrowserSession;
beforeAll(async () => {
  session = await openBrowserSession();
  await resetToSeed(session.api.database);
});
afterAll(() => session?.close());

describe('the explorer at scale, with every outside request blocked', () => {
  it('draws a generated graph of 2,000 nodes, pans it by dragging, and reports the frames per second', async () => {
    const { page, blocked } = await session.offlinePage({ width: 1280, height: 800 });
    await page.setContent('<div id="graph" style="position: relative; width: 1280px; height: 800px"></div>');
    await page.addScriptTag({ content: drawingBundle });
    const drawn = await page.evaluate(() => {
      let seed = 11;
      const next = (): number => {
        seed = (seed * 48_271) % 2_147_483_647;
        return seed / 2_147_483_647;
      };
      const kinds = ['Person', 'Organisation', 'Place', 'Statement', 'Statement', 'Statement', 'Source'];
      const statuses = ['UNVERIFIED', 'PLAUSIBLE', 'CONFIRMED', 'DISPUTED', 'FALSE'];
      const nodes = Array.from({ length: 2000 }, (_unused, index) => {
        const kind = kinds[index % kinds.length]!;
        const look = kind === 'Statement' ? { verificationStatus: statuses[index % statuses.length], disputeCount: index % 9 === 0 ? 1 : 0, contradicts: [], contradictedBy: [] } : undefined;
        return { id: `node:${index}`, kind, label: `${kind} number ${index} of the generated graph`, node: look };
      });
      const types = ['CLAIMS', 'CONFIRMS', 'DISPUTES', 'MENTIONS', 'MEMBER_OF', 'BLAMES'];
      const edges = nodes.slice(1).flatMap((node, index) => {
        const targets = [Math.floor(next() * (index + 1)), ...(index % 2 === 0 ? [Math.floor(next() * (index + 1))] : [])];
        return targets.map((target, order) => ({
          id: `edge:${node.id}:${order}`,
          type: types[(index + order) % types.length],
          source: node.id,
          target: `node:${target}`,
          weight: 1,
          statementIds: [],
          properties: null,
        }));
      });
      const drawing = new window.GraphView(document.getElementById('graph')!, { nodeClicked: () => undefined, edgeClicked: () => undefined });
      drawing.merge({ nodes, edges }, 'node:0');
      window.drawing = drawing;
      return { nodes: drawing.nodeIds().length, edges: edges.length };
    });
    await page.waitForFunction(() => window.drawing.labels().length > 0);
    const before = await page.evaluate(() => window.drawing.screenPosition('node:0'));

    await page.evaluate(() => {
      window.frameCount = 0;
      window.counting = true;
      const count = (): void => {
        if (!window.counting) return;
        window.frameCount += 1;
        requestAnimationFrame(count);
      };
      window.frameStart = performance.now();
      requestAnimationFrame(count);
    });
    await page.mouse.move(640, 400);
    await page.mouse.down();
    for (let step = 1; step <= 90; step += 1) {
      await page.mouse.move(640 - step * 4, 400 - step * 2);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    const { frames, seconds } = await page.evaluate(() => {
      window.counting = false;
      return { frames: window.frameCount, seconds: (performance.now() - window.frameStart) / 1000 };
    });
    const after = await page.evaluate(() => window.drawing.screenPosition('node:0'));
    console.log(
      `explorer at ${drawn.nodes} nodes and ${drawn.edges} edges: ${(frames / seconds).toFixed(1)} frames per second while panning (${frames} frames in ${seconds.toFixed(2)} s)`,
    );

    expect(drawn.nodes).toBe(2000);
    expect(frames).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
    expect(blocked).toEqual([]);
  });

  it('writes a screenshot of the explorer at about 100 nodes to docs/explorer-100.png', async () => {
    const imported = await session.api.as(testTokens.editor)(`mutation ($document: JSON!) { importDocument(input: { document: $document }) { sourceId } }`, {
      document: followUpArticle(),
    });
    expect(imported.errors).toBeUndefined();
    const { page, blocked } = await session.offlinePage({ width: 1400, height: 900 });
    await page.goto(`${session.origin}/?center=place:bakhmut&depth=2&selected=statement:follow-up-2`);
    await page.waitForFunction(() => window.explorer?.busy() === false, null, { timeout: 30_000 });
    await page.locator('[data-testid=evidence] mark').first().waitFor();
    const drawn = await page.evaluate(() => window.explorer.drawnNodeIds().length);
    console.log(`the explorer screenshot shows ${drawn} nodes`);
    expect(drawn).toBeGreaterThanOrEqual(80);
    expect(drawn).toBeLessThanOrEqual(130);
    const file = new URL('../docs/explorer-100.png', import.meta.url);
    await page.screenshot({ path: file.pathname });
    expect((await stat(file)).size).toBeLessThan(600_000);
    expect(blocked).toEqual([]);
  });
});
