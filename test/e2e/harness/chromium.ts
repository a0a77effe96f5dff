// Chromium (Debian's binary) driven by playwright-core with dist/chrome loaded unpacked.
import { readFileSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { ExtensionBrowser, LaunchOptions } from './browser';
import { evaluateAsContentChromium, sendAsContentChromium } from './content-world';
import { pressForFilesChromium } from './file-picker-chromium';
import type { TestPage } from './page';
import { chromiumSiteArgs } from './site-trust';
import { LAUNCH_WAIT_MS, until } from './until';
import { profiled } from './profile';

export const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

interface ConsoleEvent { args: { value?: unknown; description?: string }[] }

/** Console lines from every world of the page: playwright's own event skips content scripts' isolated world. */
async function collectConsole(page: Page, lines: string[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.consoleAPICalled', (event: ConsoleEvent) => {
    lines.push(event.args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' '));
  });
  await cdp.send('Runtime.enable');
}

export const wrap = (page: Page, lines: string[] = []): TestPage => profiled(wrapRaw(page, lines));

function wrapRaw(page: Page, lines: string[] = []): TestPage {
  return {
    goto: async (url) => void (await page.goto(url)),
    waitFor: async (selector, options) =>
      void (await page.waitForSelector(selector, { timeout: options?.timeout ?? 10_000, state: options?.hidden ? 'hidden' : 'attached' })),
    text: async (selector) => (await page.textContent(selector)) ?? '',
    attr: (selector, name) => page.getAttribute(selector, name),
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    async screenshot(clip) {
      // caret 'initial': no style injected into every frame for the capture. And two frames after
      // it: a click sent right after a capture was seen routed to the page rather than to an
      // out-of-process frame in it (the compositor's hit-test data lags the capture).
      const png = await page.screenshot({ clip, caret: 'initial' });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      return png;
    },
    resize: (width, height) => page.setViewportSize({ width, height }),
    async fill(selector, value) {
      // Real keys, as a user types (page.fill inserts text with no key events, which Keep rightly
      // does not count as the user's: keep/core/user-value.ts). Cleared first as Firefox's is,
      // through a locator: it waits for the element, as every other step here does.
      await page.locator(selector).evaluate((el) => {
        (el as HTMLInputElement).value = '';
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.locator(selector).pressSequentially(value);
    },
    type: (selector, text) => page.locator(selector).pressSequentially(text),
    select: async (selector, value) => void (await page.selectOption(selector, value)),
    // Playwright types page functions over `Unboxed<A>`; our arguments are plain JSON.
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg as unknown) as never,
    evaluateScript: (source) => page.evaluate(source),
    press: (key) => page.keyboard.press(key),
    typeKeys: (text) => page.keyboard.type(text),
    colorScheme: async (scheme) => {
      await page.emulateMedia({ colorScheme: scheme });
      return true;
    },
    reload: async () => void (await page.reload()),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    consoleLines: () => lines,
    sendAsContent: (message) => sendAsContentChromium(page, message),
    framedUrl: async (path) => String(await evaluateAsContentChromium(page, `chrome.runtime.getURL(${JSON.stringify(path)})`)),
    setFiles: (selector, paths) => page.setInputFiles(selector, [...paths]),
    async drag(from, to, pressed) {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await pressed?.();
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await page.mouse.up();
    },
    pressForFiles: (key, paths) => pressForFilesChromium(page, key, paths),
    async download(trigger) {
      // A persistent context accepts downloads into a temporary folder playwright deletes later.
      const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
      return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
    },
    async frame(urlPart) {
      const frame = page.frames().find((f) => f.url().includes(urlPart));
      if (!frame) return null;
      return {
        waitFor: async (selector, options) =>
          void (await frame.waitForSelector(selector, { timeout: options?.timeout ?? 10_000, state: options?.hidden ? 'hidden' : 'attached' })),
        text: async (selector) => (await frame.textContent(selector)) ?? '',
        click: (selector) => frame.click(selector),
        async box(selector) {
          const box = await frame.locator(selector).boundingBox();
          if (!box) throw new Error(`${selector} is not laid out`);
          return box;
        },
        url: async () => frame.url(),
        fill: (selector, value) => frame.fill(selector, value),
        evaluate: (fn, arg) => frame.evaluate(fn as (a: unknown) => unknown, arg as unknown) as never,
        evaluateScript: (source) => frame.evaluate(source),
      };
    },
  };
}

/** The switches for the browser itself, with or without the extension. */
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Chromium's command line for the extension and the fixture sites (`npm start` uses it too). */
export function chromiumArgs(options: LaunchOptions): string[] {
  return [
    `--disable-extensions-except=${options.extensionDir}`,
    `--load-extension=${options.extensionDir}`,
    ...chromiumSiteArgs(options.sites),
    ...BROWSER_ARGS,
  ];
}

/** Starts Chromium once on `profileDir` with no extension and quits (harness/profile-template.ts). */
export async function warmChromiumProfile(profileDir: string): Promise<void> {
  const context = await chromium.launchPersistentContext(profileDir, { executablePath: EXECUTABLE, headless: true, args: BROWSER_ARGS });
  await context.close();
}

export interface ContextOptions {
  headless?: boolean;
  /** More command-line switches (`npm start` adds a debugging port when headless). */
  args?: readonly string[];
  /** False when the caller stops the browser on Ctrl-C itself, after its own clean-up order. */
  handleSignals?: boolean;
}

/** A persistent Chromium context with the extension loaded (benchmarks use it directly for CDP; `npm start` headed). */
export async function launchContext(options: LaunchOptions, { headless = true, args = [], handleSignals = true }: ContextOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(options.profileDir, {
    executablePath: EXECUTABLE,
    headless,
    args: [...chromiumArgs(options), ...args],
    // A window a person uses: no "controlled by automated test software" bar, no default viewport.
    ...(headless ? {} : { ignoreDefaultArgs: ['--enable-automation'], viewport: null }),
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
  });
}

export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

export async function launchChromium(options: LaunchOptions): Promise<ExtensionBrowser> {
  let context = await launchContext(options);
  let id = await extensionId(context);
  const origin = () => `chrome-extension://${id}`;
  // A fresh profile means a first install, which opens the options page: wait for it and close
  // it, so tests start from a known set of tabs (and the first-run behaviour is checked here).
  const firstRun = await until(
    async () => context.pages().find((page) => page.url().startsWith(`${origin()}/src/pages/options/`)),
    (page) => page !== undefined,
    'the options page that a first install opens',
    LAUNCH_WAIT_MS,
  );
  await firstRun?.close();

  return {
    name: 'chromium',
    get extensionOrigin() {
      return origin();
    },
    async open(url) {
      const page = await context.newPage();
      const lines: string[] = [];
      await collectConsole(page, lines); // before loading, so early lines are kept
      await page.goto(url);
      return wrap(page, lines);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${origin()}/${path}`);
      return wrap(page);
    },
    async openedPage(urlPart) {
      const urls = await until(async () => context.pages().map((p) => p.url()), (all) => all.some((u) => u.includes(urlPart)), `a page of ours at ${urlPart}`);
      // The newest one: an earlier window for the same page may still be closing.
      const page = context.pages()[urls.findLastIndex((u) => u.includes(urlPart))];
      if (!page) throw new Error(`no page at ${urlPart}`);
      return wrap(page);
    },
    async adoptTab(url) {
      const page = await until(async () => context.pages().find((p) => p.url() === url), (found) => found !== undefined, `a tab at ${url}`);
      if (!page) throw new Error(`no tab at ${url}`);
      return wrap(page);
    },
    async stopWorker() {
      // Closing the worker's target is how Chrome's own docs test service-worker termination.
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
      const workers = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(origin()));
      for (const worker of workers) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
      await cdp.detach();
      return workers.length > 0;
    },
    async workerRunning() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
      await cdp.detach();
      return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(origin()));
    },
    async answerPermissionPrompts(origins) {
      // chrome://extensions' own API, as the extension's "Site access" toggles use it: an origin
      // allowed there is granted at once when the extension asks for it, without the prompt.
      const page = await context.newPage();
      await page.goto('chrome://extensions');
      await page.evaluate(
        async ([extension, wanted]) => {
          const api = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome;
          for (const origin of wanted) await api.developerPrivate.addHostPermission(extension, origin);
        },
        [id, [...origins]] as const,
      );
      await page.close();
    },
    async evaluateInBackground(_from, fn, arg) {
      const call = `(${fn.toString()})(globalThis, ${JSON.stringify(arg)})`;
      // A worker stopped a moment ago may still be listed: the live one is the last that answers.
      for (const worker of context.serviceWorkers().filter((w) => w.url().startsWith(origin())).reverse()) {
        try {
          return (await worker.evaluate(call)) as never;
        } catch {
          // closed: try the next, then wait for a new one
        }
      }
      const started = await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(origin()) });
      return (await started.evaluate(call)) as never;
    },
    async closeEveryWindow() {
      for (const page of context.pages()) await page.close();
      return true;
    },
    async backgroundSession() {
      const worker = context.serviceWorkers().find((w) => w.url().startsWith(origin())) ?? (await context.waitForEvent('serviceworker'));
      return worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get(null));
    },
    async grantClipboard() {
      // CDP refuses extension origins as "opaque"; a context-wide grant covers them.
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      return true;
    },
    async restart() {
      await context.close();
      context = await launchContext(options);
      id = await extensionId(context);
    },
    close: () => context.close(),
  };
}
