// The README's pictures of the popup, from the real build (`npm run screenshots`): headless
// Chromium with dist/chrome and the fixture sites (E2E harness: served locally over https, nothing
// leaves the machine), a demo vault imported through the extension's own messages
// (demo-vault.csv), the popup on AliExpress's login page with its list and with a row's menu open,
// each in light and in dark (prefers-color-scheme emulated). PNGs go to docs/screenshots/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DIST, sendFrom } from '../e2e/harness/browser';
import { extensionId, launchContext, wrap } from '../e2e/harness/chromium';
import { reportedTab } from '../e2e/harness/flows';
import { READY, type TestPage } from '../e2e/harness/page';
import { startFixtureServer, type FixtureServer } from '../e2e/harness/server';
import { until } from '../e2e/harness/until';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const DEMO = readFileSync(resolve(import.meta.dirname, 'demo-vault.csv'), 'utf8');
const MASTER = 'demo vault for the screenshots';
const SCHEMES = ['light', 'dark'] as const;
const HTTPS_PORT = 443;
/** Chrome's popups are at most 800 x 600; ours is 360 wide. */
const POPUP_SIZE = { width: 360, height: 520 };

let server: FixtureServer;
let context: BrowserContext;
let profile: string;
let origin: string;
let probe: TestPage;

/** One picture per colour scheme, named NAME-light.png and NAME-dark.png. */
async function inBothSchemes(page: Page, name: string): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    // Let the style change reach the screen before the picture.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: join(OUT, `${name}-${colorScheme}.png`), animations: 'disabled' });
  }
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  // On https's own port, so the sites' addresses in the pictures carry no port, as a user's do.
  server = await startFixtureServer({ port: HTTPS_PORT });
  profile = mkdtempSync(join(tmpdir(), 'latchkey-shots-'));
  context = await launchContext({ extensionDir: DIST.chromium, profileDir: profile, sites: server });
  origin = `chrome-extension://${await extensionId(context)}`;
  // A first install opens the options page: close it, the pictures start from a known set of tabs.
  const firstRun = await until(async () => context.pages().find((p) => p.url().startsWith(`${origin}/src/pages/options/`)), (p) => p !== undefined, 'the first-run page');
  await firstRun?.close();
  const home = await context.newPage();
  await home.goto(`${origin}/src/pages/popup/index.html`);
  probe = wrap(home);
  await probe.waitFor(READY);
  const created = await sendFrom(probe, 'vault/create', { password: MASTER });
  if (!created.ok) throw new Error(created.error.message);
  const preview = await sendFrom(probe, 'import/preview', { text: DEMO });
  const previewId = preview.ok ? preview.value.preview?.previewId : undefined;
  if (!previewId) throw new Error(`the demo vault did not import: ${JSON.stringify(preview)}`);
  const committed = await sendFrom(probe, 'import/commit', { previewId, choices: {} });
  if (!committed.ok) throw new Error(committed.error.message);
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

it("the popup on AliExpress's login page: its list, then a row's menu", async () => {
  // As the browser writes it: https's own port left out.
  const url = new URL('/login.html', server.origin('login.aliexpress.com')).href;
  const shop = await context.newPage();
  await shop.goto(url);
  const tabId = await reportedTab(probe, url, 'login');
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.goto(`${origin}/src/pages/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector(READY);
  // The site's two entries lead the list, with Fill as their action.
  await popup.waitForSelector('[data-testid="entry"][data-site-row="true"] ~ [role="gridcell"] [data-testid="fill"]');
  await inBothSchemes(popup, 'popup');
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('Shift+F10');
  await popup.waitForSelector('[role="menu"]');
  await inBothSchemes(popup, 'popup-menu');
  await Promise.all([popup.close(), shop.close()]);
});
