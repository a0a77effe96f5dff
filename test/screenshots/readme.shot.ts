// The README's screenshots, from the real build (`npm run screenshots`): headless Chromium with
// dist/chrome, a demo vault imported through the extension's own messages (demo-vault.csv), the
// fixture shops served under https:// by request interception (nothing leaves the machine), and
// each picture taken in light and in dark (prefers-color-scheme emulated). PNGs go to
// docs/screenshots/, quantised to a palette by @napi-rs/image (libimagequant) to keep the
// repository small.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { pngQuantize } from '@napi-rs/image';
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DIST } from '../e2e/harness/browser';
import { extensionId, launchContext } from '../e2e/harness/chromium';
import { until } from '../e2e/harness/until';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const SITES = resolve(import.meta.dirname, '../fixtures/sites');
const DEMO = readFileSync(resolve(import.meta.dirname, 'demo-vault.csv'), 'utf8');
const MASTER = 'demo vault for the screenshots';
const SCHEMES = ['light', 'dark'] as const;
const POPUP_SIZE = { width: 380, height: 600 };
const PAGE_SIZE = { width: 1100, height: 760 };
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

let context: BrowserContext;
let origin: string;
let profile: string;
let home: Page;

/** Sends a protocol message from an extension page, as the popup does. */
async function send<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const)) as { ok: boolean; value?: T; error?: { message: string } };
  if (!reply.ok) throw new Error(`${type}: ${reply.error?.message}`);
  return reply.value as T;
}
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> }; storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };

/** The fixture shops (test/fixtures/sites/HOST) answered for https://HOST/, and a login that signs in. */
async function serveFixtures(): Promise<void> {
  await context.route(/^https:\/\/[a-z.]+\.test\//, async (route) => {
    const url = new URL(route.request().url());
    if (route.request().method() === 'POST' && url.pathname === '/session') return route.fulfill({ status: 303, headers: { location: '/account.html' } });
    const root = join(SITES, url.hostname);
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (url.pathname.endsWith('/')) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
}

/** The tab id the background knows for a page, from its content script's hello. */
async function tabOf(url: string): Promise<number> {
  return until(
    () =>
      home.evaluate(async (target) => {
        const all = await chrome.storage.session.get(null);
        for (const [key, item] of Object.entries(all)) {
          if (key.startsWith('tab:') && (item as { data?: { hello?: { url?: string } } }).data?.hello?.url === target) return Number(key.slice(4));
        }
        return -1;
      }, url),
    (id) => id >= 0,
    `a hello from ${url}`,
    20_000,
  );
}

async function save(name: string, shot: Buffer): Promise<void> {
  // 256 colours at most, dithered: flat interface colours come through unchanged.
  writeFileSync(join(OUT, `${name}.png`), await pngQuantize(shot, { maxQuality: 95, speed: 1 }));
}

/** One picture per colour scheme of whatever `take` shoots, named NAME-light.png and NAME-dark.png. */
async function inBothSchemes(page: Page, name: string, take: () => Promise<Buffer>): Promise<void> {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    // Let the style change land before the picture.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await save(`${name}-${scheme}`, await take());
  }
}

async function extensionPage(path: string, size = PAGE_SIZE): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.goto(`${origin}/${path}`);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

async function frameOf(page: Page, path: string, selector: string): Promise<Frame> {
  const frame = await until(async () => page.frames().find((f) => f.url().includes(path)) ?? null, (f) => f !== null, path, 20_000);
  if (!frame) throw new Error(`no ${path}`);
  await frame.waitForSelector(selector, { timeout: 20_000 });
  return frame;
}

const shoot = (target: Page | Locator) => () => target.screenshot({ animations: 'disabled' });

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'latchkey-shots-'));
  context = await launchContext({ extensionDir: DIST.chromium, profileDir: profile });
  origin = `chrome-extension://${await extensionId(context)}`;
  // A first install opens the options page; the pictures start from a known set of tabs.
  const firstRun = await until(async () => context.pages().find((p) => p.url().startsWith(`${origin}/src/ui/options/`)), (p) => p !== undefined, 'the first-run page');
  await firstRun?.close();
  await serveFixtures();
  home = await extensionPage('src/ui/popup/index.html');
  await send(home, 'vault/create', { password: MASTER });
  const { preview } = await send<{ preview: { previewId: string } | null }>(home, 'import/preview', { text: DEMO });
  if (!preview) throw new Error('the demo vault did not import');
  await send(home, 'import/commit', { previewId: preview.previewId, choices: {} });
  // Health verdicts are scored in the background after an import: ask until they are all in.
  await until(() => send<{ strength: { unchecked: number } }>(home, 'health/report', { oldAfterDays: 365 }), (r) => r.strength.unchecked === 0, 'the health report', 60_000);
});

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

it('the popup on a shop login page, its list and a row menu', async () => {
  const url = 'https://shop.test/login.html';
  const shop = await context.newPage();
  await shop.goto(url);
  const tabId = await tabOf(url);
  const popup = await extensionPage(`src/ui/popup/index.html?tab=${tabId}`, POPUP_SIZE);
  await popup.waitForSelector('[data-testid="entry"][data-site-row="true"]');
  await inBothSchemes(popup, 'popup', shoot(popup));
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('Shift+F10');
  await popup.waitForSelector('[role="menu"]');
  await inBothSchemes(popup, 'popup-menu', shoot(popup));
  await Promise.all([popup.close(), shop.close()]);
});

it('the options page: vault and health, the entry table, import and export, settings', async () => {
  const options = await extensionPage('src/ui/options/index.html');
  await options.waitForSelector('[data-testid="health"][data-complete="true"]');
  await options.waitForSelector('[data-testid="import-section"]');
  await inBothSchemes(options, 'options', shoot(options));
  for (const [name, selector] of [['options-health', '[data-testid="health"]'], ['options-entries', '[data-testid="entries"]'], ['options-import', '[data-testid="import-section"]']] as const) {
    await inBothSchemes(options, name, shoot(options.locator(selector)));
  }
  await options.close();
});

it("Keep's prompt on a shop after a new login", async () => {
  const url = 'https://tienda.test/login.html';
  const shop = await context.newPage();
  await shop.setViewportSize(PAGE_SIZE);
  await shop.goto(url);
  await tabOf(url);
  await shop.fill('#email', 'bo.gifts@example.com');
  await shop.fill('#password', 'Tienda-Gifts-Pass-3');
  await shop.click('button[type="submit"]');
  await frameOf(shop, 'src/ui/prompt/index.html', '[data-testid="prompt"][data-armed="true"]');
  await inBothSchemes(shop, 'prompt', shoot(shop));
  await shop.close();
});

it('the guide panel on a shop login page', async () => {
  const url = 'https://shop.test/login.html';
  const shop = await context.newPage();
  await shop.setViewportSize(PAGE_SIZE);
  await shop.goto(url);
  const tabId = await tabOf(url);
  const popup = await extensionPage(`src/ui/popup/index.html?tab=${tabId}`, POPUP_SIZE);
  await popup.click('[data-testid="guide-forgot"]');
  await popup.waitForSelector('[data-testid="guide-start"][data-guide="open"]');
  await popup.close();
  await frameOf(shop, 'src/ui/guide/index.html', '[data-testid="guide"]');
  await inBothSchemes(shop, 'guide', shoot(shop));
  await shop.close();
  expect(existsSync(join(OUT, 'guide-dark.png'))).toBe(true);
});
