import { type Browser, chromium, type Page } from 'playwright-core';
import { openTestApi, serveOverHttp, type TestApi } from './support.js';

/** Debian's Chromium, which `.ci/run` installs when it is missing; playwright-core downloads no browser. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without the background-networking flags Chromium keeps trying to reach Google's hosts. */
const chromiumArguments = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type Point = { x: number; y: number };
type Box = { left: number; top: number; right: number; bottom: number };

/** The explorer's read-only accessors for tests (web/src/explorer.ts). */
export type ExplorerHooks = {
  busy: () => boolean;
  drawnNodeIds: () => string[];
  position: (nodeId: string) => Point | undefined;
  screenPosition: (nodeId: string) => Point | undefined;
  visibleNodeIds: () => string[];
  visibleEdgeTypes: () => string[];
  labels: () => { id: string; text: string; box: Box }[];
  /** A node's fill and size, and the width of the contested ring drawn around it (0 for none). */
  look: (nodeId: string) => { color: string; size: number; ring: number } | undefined;
  dimensions: () => { width: number; height: number };
};
declare global {
  interface Window {
    explorer: ExplorerHooks;
  }
}

export type BrowserSession = Readonly<{
  api: TestApi;
  /** The server's own address, e.g. http://127.0.0.1:40123. */
  origin: string;
  browser: Browser;
  /** A new page whose every request to anywhere but `origin` is aborted and recorded in `blocked`. */
  offlinePage: (viewport?: { width: number; height: number }) => Promise<{ page: Page; blocked: string[] }>;
  close: () => Promise<void>;
}>;

/** The app on a real HTTP port on loopback, and a headless Chromium to look at it. */
export async function openBrowserSession(): Promise<BrowserSession> {
  const api = openTestApi();
  const { url: origin, close: closeServer } = await serveOverHttp(api.app);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArguments });
  return {
    api,
    origin,
    browser,
    offlinePage: async (viewport = { width: 1280, height: 800 }) => {
      const page = await browser.newPage({ viewport });
      const blocked: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        blocked.push(url);
        return route.abort();
      });
      return { page, blocked };
    },
    close: async () => {
      await browser.close();
      await closeServer();
      await api.close();
    },
  };
}
