// Chromium (Debian's binary) driven by playwright-core with dist/chrome loaded unpacked.
import { readFileSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { ExtensionBrowser, LaunchOptions } from './browser';
import { sendAsContentChromium } from './content-world';
import { FIXTURE_HOSTS } from './hosts';
import type { TestPage } from './page';
import { until } from './until';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

interface ConsoleEvent { args: { value?: unknown; description?: string }[] }

/** Console lines from every world of the page: playwright's own event skips content scripts' isolated world. */
async function collectConsole(page: Page, lines: string[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.consoleAPICalled', (event: ConsoleEvent) => {
    lines.push(event.args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' '));
  });
  await cdp.send('Runtime.enable');
}

function wrap(page: Page, lines: string[] = []): TestPage {
  return {
    goto: async (url) => void (await page.goto(url)),
    waitFor: async (selector, options) =>
      void (await page.waitForSelector(selector, { timeout: options?.timeout ?? 10_000, state: options?.hidden ? 'hidden' : 'attached' })),
    text: async (selector) => (await page.textContent(selector)) ?? '',
    attr: (selector, name) => page.getAttribute(selector, name),
    click: (selector) => page.click(selector),
    fill: (selector, value) => page.fill(selector, value),
    select: async (selector, value) => void (await page.selectOption(selector, value)),
    // Playwright types page functions over `Unboxed<A>`; our arguments are plain JSON.
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg as unknown) as never,
    reload: async () => void (await page.reload()),
    close: () => page.close(),
    consoleLines: () => lines,
    sendAsContent: (message) => sendAsContentChromium(page, message),
    setFiles: (selector, paths) => page.setInputFiles(selector, [...paths]),
    viewport: (width, height) => page.setViewportSize({ width, height }),
    async drag(from, to) {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await page.mouse.up();
    },
    press: (key) => page.keyboard.press(key),
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
        fill: (selector, value) => frame.fill(selector, value),
        evaluate: (fn, arg) => frame.evaluate(fn as (a: unknown) => unknown, arg as unknown) as never,
      };
    },
  };
}

/** A persistent Chromium context with the extension loaded (benchmarks use it directly for CDP). */
export async function launchContext(options: LaunchOptions): Promise<BrowserContext> {
  return chromium.launchPersistentContext(options.profileDir, {
    executablePath: EXECUTABLE,
    headless: true,
    args: [
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      `--host-resolver-rules=${FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`,
      // Fixture sites are plain http on made-up hosts: no HTTPS upgrade attempts.
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
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
    async () => context.pages().find((page) => page.url().startsWith(`${origin()}/src/ui/options/`)),
    (page) => page !== undefined,
    'the options page that a first install opens',
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
