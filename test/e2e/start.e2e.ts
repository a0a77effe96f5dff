// `npm start`, as a newcomer's first command, run headless: it must open the browser with the
// extension loaded, serve the start page there, let the extension detect a demo shop's sign-in
// page, and stop everything on Ctrl-C. The test attaches to the browser through the debugging
// endpoint the headless mode prints, and reads detection where a user would: the popup's
// "On this page" line for that tab.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { tabIdOf } from './harness/browser';
import { wrap as wrapChromium } from './harness/chromium';
import { wrap as wrapFirefox } from './harness/firefox';
import type { TestPage } from './harness/page';
import { BROWSERS } from './harness/suite';
import { until } from './harness/until';

const ROOT = resolve(import.meta.dirname, '../..');
const POPUP = 'src/pages/popup/index.html';
/** The build is fresh (the suite builds first); this covers the demo server, the browser and the first install. */
const START_MS = 60_000;
/** Closing the browser and the server after Ctrl-C. */
const STOP_MS = 15_000;

/** Lines the process printed, and a wait for the first that matches. */
function output(child: ChildProcess) {
  const lines: string[] = [];
  const take = (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n'));
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  return {
    lines,
    line: (pattern: RegExp) =>
      until(async () => lines.map((l) => pattern.exec(l)).find((m) => m !== null) ?? null, (m) => m !== null, `a line like ${pattern}`, START_MS).then(
        (m) => m?.[1] ?? '',
      ),
  };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((done) => (child.exitCode !== null ? done(child.exitCode) : child.once('exit', (code) => done(code))));

/** Whether anything still listens on 127.0.0.1:port. */
const listening = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });

interface Attached {
  /** Opens a web page in the demo's browser. */
  open(url: string): Promise<TestPage>;
  openExtensionPage(path: string): Promise<TestPage>;
  /** The start page as the browser shows it. */
  startPageText(startUrl: string): Promise<string>;
  detach(): Promise<void>;
}

async function attach(name: string, endpoint: string): Promise<Attached> {
  if (name === 'chromium') {
    const browser = await chromium.connectOverCDP(endpoint);
    const context = browser.contexts()[0];
    if (!context) throw new Error('no browser context');
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const origin = `chrome-extension://${new URL(worker.url()).host}`;
    return {
      async open(url) {
        const page = await context.newPage();
        await page.goto(url);
        return wrapChromium(page);
      },
      async openExtensionPage(path) {
        const page = await context.newPage();
        await page.goto(`${origin}/${path}`);
        return wrapChromium(page);
      },
      async startPageText(startUrl) {
        const page = context.pages().find((p) => p.url() === startUrl);
        return (await page?.textContent('main')) ?? '';
      },
      detach: () => browser.close(), // over CDP: disconnects, the browser stays
    };
  }
  const browser = await puppeteer.connect({ browserWSEndpoint: endpoint, protocol: 'webDriverBiDi' });
  // The extension's origin, from the options page its first install opened (web-ext installs it
  // under a random internal UUID).
  const optionsUrl = await until(
    async () => (await browser.pages()).map((p) => p.url()).find((url) => url.startsWith('moz-extension://')),
    (url) => url !== undefined,
    'the options page of the first install',
  );
  const origin = `moz-extension://${new URL(optionsUrl ?? '').host}`;
  return {
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return wrapFirefox(page);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      page.goto(`${origin}/${path}`).catch(() => undefined); // never resolves (TOOLCHAIN.md)
      return wrapFirefox(page);
    },
    async startPageText(startUrl) {
      const pages = await browser.pages();
      const page = pages.find((p) => p.url() === startUrl);
      return (await page?.$eval('main', (el) => el.textContent ?? '')) ?? '';
    },
    detach: async () => browser.disconnect(),
  };
}

describe.each(BROWSERS)('npm start in %s', (name) => {
  it('opens the demo with the extension loaded, shows the start page, detects a shop sign-in, and stops on Ctrl-C', { timeout: 120_000 }, async () => {
    const child = spawn('node', ['scripts/start.mjs', '--headless', ...(name === 'firefox' ? ['--firefox'] : [])], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = output(child);
    let attached: Attached | undefined;
    try {
      const startUrl = await out.line(/^Latchkey demo: (https:\/\/start\.test:\d+\/)$/);
      const endpoint = await out.line(/^debugging: (\S+)$/);
      attached = await attach(name, endpoint);

      // The start page answered, over https, in the demo's browser: it lists the flows.
      const text = await until(() => attached?.startPageText(startUrl) ?? Promise.resolve(''), (t) => t.includes('Save a login'), 'the start page');
      for (const flow of ['Forget the password', 'account settings', 'Import a sample export', 'health queue', 'clickjacking']) expect(text).toContain(flow);

      // The extension is loaded and detects a demo shop's sign-in page (on its real-looking name).
      const port = new URL(startUrl).port;
      const shopUrl = `https://login.aliexpress.com:${port}/login.html`;
      await attached.open(shopUrl);
      const probe = await attached.openExtensionPage(POPUP);
      const tabId = await tabIdOf(probe, shopUrl);
      const popup = await attached.openExtensionPage(`${POPUP}?tab=${tabId}`);
      await popup.waitFor('[data-testid="page-summary"][data-page-class="login"]', { timeout: 20_000 });
      expect(await popup.text('[data-testid="page-summary"]')).toMatch(/sign-in|log ?in/i);
      await attached.detach();
      attached = undefined;

      // Ctrl-C: the process ends by itself, and with it the shops and the browser's endpoint.
      child.kill('SIGINT');
      expect(await exited(child)).toBe(0);
      expect(out.lines.join('\n')).toContain('stopping the browser and the demo shops');
      expect(await listening(Number(port))).toBe(false);
      const debugPort = Number(new URL(endpoint.replace(/^ws/, 'http')).port);
      expect(await listening(debugPort)).toBe(false);
    } finally {
      await attached?.detach().catch(() => undefined);
      // A failed check still stops the demo the way a user would, so no browser outlives the test.
      if (child.exitCode === null) {
        child.kill('SIGINT');
        await Promise.race([exited(child), new Promise((done) => setTimeout(done, STOP_MS))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    }
  });
});
