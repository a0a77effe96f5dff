// Firefox ESR driven by puppeteer-core over WebDriver BiDi, dist/firefox installed as a
// temporary add-on (re-installed after a restart; its storage stays in the profile).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Keyboard, type KeyInput, type Page } from 'puppeteer-core';
import type { ExtensionBrowser, LaunchOptions } from './browser';
import { sendAsContentFirefox } from './content-world';
import { bidiConnection, evaluateInFirefoxChrome } from './firefox-chrome';
import type { TestPage } from './page';
import { FIREFOX_SITE_PREFS, trustInFirefoxProfile } from './site-trust';
import { LAUNCH_WAIT_MS, until, withinDeadline } from './until';
import { profiled } from './profile';

export const EXECUTABLE = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'latchkey@latchkey.dev';
// A fixed internal UUID, so tests know the moz-extension:// origin in advance.
const UUID = '6c7f2a38-2b8e-4f7e-9a51-1d9e8c4b7a10';

/** The error and its causes, as one string (puppeteer wraps the BiDi error in a timeout error). */
function errorChain(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) parts.push(String(e));
  return parts.join(' <- ');
}

/**
 * What BiDi says while a moz-extension tab is still moving into the extension's process (its
 * <browser> element is swapped): a script call finds no document ("right-hand side of 'in'
 * should be an object, got null"), a viewport change no browser ("browser is null").
 */
const SWAPPING_IN = ["right-hand side of 'in'", 'browser is null'];

/** Runs a page call, trying again while the tab is swapping in its document; `run` gets the milliseconds left. */
async function ridingOutEarlyDocument<T>(timeoutMs: number, run: (left: number) => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await run(Math.max(1, deadline - Date.now()));
    } catch (error) {
      const chain = errorChain(error);
      if (!SWAPPING_IN.some((sign) => chain.includes(sign)) || Date.now() > deadline) throw error;
      await new Promise((done) => setTimeout(done, 50));
    }
  }
}

/**
 * page.goto, for a navigation that Firefox calls aborted while it goes on. Firefox's remote agent
 * fails browsingContext.navigate with NS_BINDING_ABORTED when a load it watches stops with that
 * status as the new navigation starts, and that load need not be the new one: a CI run lost a
 * keep-flows test so, going from a page that had just loaded to a plain page, with nothing in the
 * page or the extension navigating (puppeteer#12929, playwright#20749 describe the same report).
 * So the step waits for its positive outcome, the tab showing the URL with its document loaded, and
 * fails naming where the tab is (the wait's last value) when it does not get there: a navigation
 * really cut off by another still fails. A goto to a URL that redirects cannot be told apart from
 * one cut off, and fails too.
 */
async function gotoLanded(page: Page, url: string): Promise<void> {
  try {
    await page.goto(url);
    return;
  } catch (error) {
    if (!errorChain(error).includes('NS_BINDING_ABORTED')) throw error;
  }
  // Polled with plain reads, each allowed to fail: the tab may be between documents.
  const target = new URL(url).href;
  await until(
    () => page.evaluate(() => ({ href: location.href, state: document.readyState })).catch(() => null),
    (now) => now?.href === target && now.state === 'complete',
    `the tab to show ${url} loaded, after Firefox reported its navigation aborted`,
  );
}

/** What puppeteer says when a step's element is not in the document (yet). */
const MISSING = ['No element found for selector', 'failed to find element matching selector'];

/**
 * Playwright, which drives Chromium, waits for a step's element before it reads or acts on it;
 * puppeteer fails at once. So a Firefox step on an element not rendered yet (a section whose code
 * is fetched after the page is ready) waits for it as the same step in Chromium does, instead of
 * failing in Firefox only, and only when the machine is loaded. It costs nothing when the element
 * is there: the step is tried first.
 */
async function whenPresent<T>(selector: string, waitFor: (selector: string) => Promise<unknown>, act: () => Promise<T>): Promise<T> {
  try {
    return await act();
  } catch (error) {
    if (!MISSING.some((sign) => errorChain(error).includes(sign))) throw error;
    await waitFor(selector);
    return act();
  }
}

/**
 * A field filled as a user would: cleared as select-all and delete would, with an input event (so
 * a page that controls the box, Preact or React, follows and does not put the old text back
 * before the typing starts), then real key presses.
 */
async function clearAndType(target: Page | Frame, selector: string, value: string): Promise<void> {
  await target.$eval(selector, (el) => {
    (el as HTMLInputElement).value = '';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await target.type(selector, value);
}

/** A tab's BiDi browsing context id (puppeteer keeps it on the main frame, out of its public types). */
const contextId = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;

/** How long Firefox has to make a new tab, and how many times it is asked (openBeside()). */
const NEW_TAB_MS = 10_000;
const NEW_TAB_ATTEMPTS = 3;
/**
 * What BiDi's browsingContext.create says when a window closed under it: the new tab had no
 * browsing context yet ("WeakMap key null", about 1 in 8 new tabs made while our review window
 * closed itself), or its context was discarded ("no such frame"); and no answer in NEW_TAB_MS.
 */
const WINDOW_CLOSING = ['WeakMap key null', 'no such frame', 'no new tab in'];

/** Every page's viewport: puppeteer's own default, said here because openBeside() sets it too. */
const VIEWPORT = { width: 800, height: 600 };

/** How long a frame that BiDi calls about:blank has to say where it is before it counts as not yet there (frame()). */
const FRAME_ANSWER_MS = 3_000;

/** The profile's download folder (prefs below): a download is a new finished file there. */
const downloadsOf = (profileDir: string) => join(profileDir, 'downloads');

async function downloaded(folder: string, trigger: () => Promise<void>): Promise<{ name: string; text: string }> {
  mkdirSync(folder, { recursive: true });
  const before = new Set(readdirSync(folder));
  await trigger();
  // Firefox writes `<name>.part` and renames it when done; the empty placeholder it creates at
  // the final name first is why the size must also hold still.
  const fresh = () => readdirSync(folder).filter((f) => !before.has(f) && !f.endsWith('.part'));
  const seen = new Map<string, number>();
  const name = await until(
    async () => {
      if (readdirSync(folder).some((f) => f.endsWith('.part'))) return undefined;
      for (const f of fresh()) {
        const size = statSync(join(folder, f)).size;
        if (size > 0 && seen.get(f) === size) return f;
        seen.set(f, size);
      }
      return undefined;
    },
    (found) => found !== undefined,
    'a finished download',
  );
  const path = join(folder, name ?? '');
  const text = readFileSync(path, 'utf8');
  rmSync(path);
  return { name: name ?? '', text };
}

/** "Shift+F10" as puppeteer needs it: modifiers held down around the key (its press takes one key). */
async function pressChord(keyboard: Keyboard, chord: string): Promise<void> {
  const keys = chord.split('+') as KeyInput[];
  const key = keys.pop();
  if (!key) return;
  for (const modifier of keys) await keyboard.down(modifier);
  // Puppeteer's WebDriver BiDi keyboard knows the space bar by its character only.
  await keyboard.press(key === 'Space' ? (' ' as KeyInput) : key);
  for (const modifier of keys.reverse()) await keyboard.up(modifier);
}

export const wrap = (page: Page, downloads = ''): TestPage => profiled(wrapRaw(page, downloads));

function wrapRaw(page: Page, downloads = ''): TestPage {
  const lines: string[] = [];
  page.on('console', (message) => void lines.push(message.text()));
  const appeared = (selector: string) => ridingOutEarlyDocument(10_000, (left) => page.waitForSelector(selector, { timeout: left }));
  const on = <T>(selector: string, act: () => Promise<T>) => whenPresent(selector, appeared, act);
  return {
    goto: (url) => gotoLanded(page, url),
    waitFor: (selector, options) =>
      ridingOutEarlyDocument(options?.timeout ?? 10_000, (left) =>
        page.waitForSelector(selector, { timeout: left, hidden: options?.hidden ?? false }).then(() => undefined),
      ),
    text: (selector) => on(selector, () => page.$eval(selector, (el) => el.textContent ?? '')),
    attr: (selector, name) => on(selector, () => page.$eval(selector, (el, n) => el.getAttribute(n), name)),
    click: (selector) => on(selector, () => page.click(selector)),
    clickAt: (x, y) => page.mouse.click(x, y),
    screenshot: async (clip) => Buffer.from(await page.screenshot({ clip })),
    resize: (width, height) => ridingOutEarlyDocument(10_000, () => page.setViewport({ width, height })),
    fill: (selector, value) => on(selector, () => clearAndType(page, selector, value)),
    type: (selector, text) => on(selector, () => page.type(selector, text)),
    select: (selector, value) => on(selector, async () => void (await page.select(selector, value))),
    // Puppeteer types page functions over `FlattenHandle<A>`; our arguments are plain JSON.
    evaluate: (fn, arg) => ridingOutEarlyDocument(10_000, () => page.evaluate(fn as (a: unknown) => unknown, arg as unknown)) as never,
    evaluateScript: (source) => ridingOutEarlyDocument(10_000, () => page.evaluate(source)),
    press: (key) => pressChord(page.keyboard, key),
    typeKeys: (text) => page.keyboard.type(text),
    // Puppeteer emulates media features over CDP only, which Firefox's BiDi session does not have.
    colorScheme: async () => false,
    reload: async () => void (await page.reload()),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    consoleLines: () => lines,
    sendAsContent: (message) => sendAsContentFirefox(page, GECKO_ID, message),
    // Firefox gives every install its own origin, and the same one for every page of it.
    framedUrl: async (path) => `moz-extension://${UUID}/${path}`,
    async setFiles(selector, paths) {
      const input = (await page.waitForSelector(selector)) as ElementHandle<HTMLInputElement> | null;
      if (!input) throw new Error(`no file input ${selector}`);
      await input.uploadFile(...paths);
    },
    async pressForFiles(key, paths) {
      // Firefox ESR's WebDriver BiDi does not report the picker a key opens on a file input, so
      // what the keyboard must do is checked (the focus is on a file input, and the key is one that
      // opens its picker), and the files are then given to that input as the picker would.
      if (key !== 'Space' && key !== 'Enter') throw new Error(`${key} opens no file picker`);
      const focused = await page.evaluateHandle(() => document.activeElement);
      const input = focused.asElement() as ElementHandle<HTMLInputElement> | null;
      if (!input || !(await input.evaluate((el) => el instanceof HTMLInputElement && el.type === 'file' && !el.disabled))) {
        throw new Error('The focused element is not a file input: the keyboard cannot open a picker here');
      }
      await input.uploadFile(...paths);
    },
    download: (trigger) => downloaded(downloads, trigger),
    async drag(from, to, pressed) {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await pressed?.();
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await page.mouse.up();
    },
    async frame(urlPart) {
      // BiDi reports moz-extension:// documents as about:blank: ask each frame where it is. A frame
      // between documents (our framed page loads in the extension's process) may never answer
      // that evaluation: such a frame is not the one asked for yet, and a caller polling with
      // until() asks again, instead of waiting on it forever.
      let frame: Frame | undefined;
      for (const f of page.frames()) {
        if (f.detached) continue;
        const asked = () => withinDeadline(Promise.resolve().then(() => f.evaluate(() => location.href)), Date.now() + FRAME_ANSWER_MS, () => 'no answer');
        const href = f.url().includes(urlPart) ? f.url() : await asked().catch(() => '');
        if (href.includes(urlPart)) frame = f;
      }
      if (!frame) return null;
      const on = <T>(selector: string, act: () => Promise<T>) => whenPresent(selector, (s) => frame.waitForSelector(s, { timeout: 10_000 }), act);
      return {
        waitFor: (selector, options) =>
          frame.waitForSelector(selector, { timeout: options?.timeout ?? 10_000, hidden: options?.hidden ?? false }).then(() => undefined),
        text: (selector) => on(selector, () => frame.$eval(selector, (el) => el.textContent ?? '')),
        click: (selector) => on(selector, () => frame.click(selector)),
        async box(selector) {
          const box = await (await frame.waitForSelector(selector))?.boundingBox();
          if (!box) throw new Error(`${selector} is not laid out`);
          return box;
        },
        url: () => frame.evaluate(() => location.href),
        fill: (selector, value) => on(selector, () => clearAndType(frame, selector, value)),
        evaluate: (fn, arg) => frame.evaluate(fn as (a: unknown) => unknown, arg as unknown) as never,
        evaluateScript: (source) => frame.evaluate(source),
      };
    },
  };
}

/** Starts Firefox once on `profileDir` with no extension and quits (harness/profile-template.ts). */
export async function warmFirefoxProfile(profileDir: string): Promise<void> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: EXECUTABLE, headless: true, userDataDir: profileDir, args: ['--remote-allow-system-access'] });
  await browser.close();
}

async function launchBrowser(options: LaunchOptions): Promise<Browser> {
  if (options.sites) trustInFirefoxProfile(options.profileDir, options.sites);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLE,
    headless: true,
    userDataDir: options.profileDir,
    args: ['--remote-allow-system-access'],
    defaultViewport: VIEWPORT,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      ...FIREFOX_SITE_PREFS,
      // Firefox's own test switch: clipboard reads without the paste prompt a user would click,
      // so clipboard tests can check what a copy put there and that the clear removed it.
      'dom.events.testing.asyncClipboard': true,
      // Downloads go to the profile's own folder without asking (harness download()).
      'browser.download.folderList': 2,
      'browser.download.dir': downloadsOf(options.profileDir),
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  await browser.installExtension(options.extensionDir);
  return browser;
}

/**
 * A new tab beside `home`, in front. Puppeteer's newPage asks BiDi for a foreground tab in the most
 * recent window, and Firefox then waits, without a time limit, for the tab that window showed to
 * turn hidden. When that window is one of our popups (the review, the guide) closing after a
 * decision, the wait never ends: a test hung 60 s in `browser.open` that way in CI. So the tab is
 * made in the background beside `home` (BiDi then waits only for the new tab's blank document)
 * and brought to front by showTab(), which waits on nothing else.
 * While a window is closing, Firefox may still fail to make the tab (WINDOW_CLOSING); it is then
 * asked again, a few times.
 */
async function openBeside(browser: Browser, home: Page): Promise<Page> {
  // Puppeteer's newPage takes no reference tab; its user context passes one on to BiDi's
  // browsingContext.create (puppeteer-core is pinned in package-lock.json).
  const { userContext } = browser.defaultBrowserContext() as unknown as {
    userContext: { createBrowsingContext(type: 'tab', options: { referenceContext: string; background: boolean }): Promise<{ id: string }> };
  };
  for (let attempt = 1; ; attempt++) {
    const created = userContext.createBrowsingContext('tab', { referenceContext: contextId(home), background: true });
    created.catch(() => undefined); // a late failure after the deadline below is not unhandled
    try {
      const context = await withinDeadline(created, Date.now() + NEW_TAB_MS, () => `no new tab in ${NEW_TAB_MS} ms`);
      const page = (await browser.pages()).find((p) => contextId(p) === context.id);
      if (!page) throw new Error(`the new tab ${context.id} is not among the pages`);
      await showTab(page);
      // As newPage does with the launch's default viewport; once shown: a background tab takes
      // about a second to answer a resize.
      await page.setViewport(VIEWPORT);
      return page;
    } catch (error) {
      const chain = errorChain(error);
      if (!WINDOW_CLOSING.some((sign) => chain.includes(sign))) throw error;
      if (attempt >= NEW_TAB_ATTEMPTS) throw new Error(`no new tab after ${attempt} attempts: ${chain}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

/**
 * Selects the page's tab in its window and focuses the window, in the browser's chrome scope, then
 * waits for the page to say it is visible. BiDi's own activate first waits for the tab the window
 * showed before to turn hidden, which a closing tab or window never does.
 */
async function showTab(page: Page): Promise<void> {
  // The tab is found by a name its document gives its browsing context for the moment.
  const mark = `latchkey-harness-${Math.random().toString(36).slice(2)}`;
  await page.evaluate((name) => void (window.name = name), mark);
  await evaluateInFirefoxChrome(
    page.browser(),
    `(() => {
      for (const win of Services.wm.getEnumerator('navigator:browser')) {
        const tab = win.gBrowser.tabs.find((t) => t.linkedBrowser.browsingContext?.name === ${JSON.stringify(mark)});
        if (tab) { win.gBrowser.selectedTab = tab; win.focus(); return; }
      }
      throw new Error('no tab is named ${mark}');
    })()`,
  );
  await page.evaluate(() => void (window.name = ''), null);
  await until(() => page.evaluate(() => document.visibilityState), (state) => state === 'visible', 'the tab to show');
}

/**
 * A first (temporary) install opens the options page in a new tab: wait for it and close it, so
 * tests start from the profile's one tab, which is returned. Found and closed in Firefox's own tab
 * list, not through WebDriver: in CI, Firefox once had that tab open at #/welcome for 60 s while
 * Puppeteer's pages() never listed it (why is not known; the tab changes process as it loads).
 * Puppeteer also reports moz-extension tabs as about:blank, so it could not tell the tab by its
 * URL anyway. It does not learn of a tab closed that way either, so the tab left is found by
 * BiDi's own list of tabs, not by Puppeteer's count.
 */
async function closeFirstInstallTab(browser: Browser, origin: string): Promise<Page> {
  const closed = await until(
    () =>
      evaluateInFirefoxChrome(
        browser,
        `(() => {
          const tabs = [...Services.wm.getEnumerator('navigator:browser')].flatMap((w) => w.gBrowser.tabs.map((tab) => ({ w, tab })));
          const options = tabs.find(({ tab }) => tab.linkedBrowser?.currentURI.spec.startsWith(${JSON.stringify(`${origin}/`)}));
          if (options) options.w.gBrowser.removeTab(options.tab, { animate: false, skipPermitUnload: true });
          // What the extension was doing, for the message when the tab never comes.
          const e = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)})?.extension;
          return JSON.stringify({ closed: Boolean(options), background: e ? e.backgroundState : 'not installed', tabs: tabs.map(({ tab }) => tab.linkedBrowser?.currentURI.spec ?? 'closing') });
        })()`,
      ).then((json) => JSON.parse(String(json)) as { closed: boolean }),
    (state) => state.closed,
    'the options page that a first install opens',
    LAUNCH_WAIT_MS,
  );
  const connection = bidiConnection(browser);
  const home = await until(
    async () => {
      const { contexts } = (await connection.send('browsingContext.getTree', { maxDepth: 0 })).result as { contexts: { context: string }[] };
      const live = new Set(contexts.map((c) => c.context));
      const pages = (await browser.pages()).filter((p) => live.has(contextId(p)));
      return { tabs: live.size, page: pages.length === 1 ? pages[0] : undefined };
    },
    (found) => found.tabs === 1 && found.page !== undefined,
    `the profile's first tab alone, after ${JSON.stringify(closed)}`,
  );
  if (!home.page) throw new Error("the profile's first tab is not among Puppeteer's pages");
  return home.page;
}

export async function launchFirefox(options: LaunchOptions): Promise<ExtensionBrowser> {
  let browser = await launchBrowser(options);
  const origin = `moz-extension://${UUID}`;
  // The profile's first tab, in its first window: never handed to a test, so never closed. New
  // tabs open beside it (openBeside()).
  let home: Page | undefined = await closeFirstInstallTab(browser, origin);
  const newTab = async (): Promise<Page> => {
    if (!home || home.isClosed()) home = (await browser.pages())[0];
    if (!home) throw new Error('Firefox has no tab left to open a new one beside');
    return openBeside(browser, home);
  };

  return {
    name: 'firefox',
    extensionOrigin: origin,
    async open(url) {
      const page = await newTab();
      const wrapped = wrap(page, downloadsOf(options.profileDir)); // listen before loading, so early console lines are kept
      await gotoLanded(page, url);
      return wrapped;
    },
    async openExtensionPage(path) {
      const page = await newTab();
      // page.goto never resolves for moz-extension:// pages (TOOLCHAIN.md): start it and let
      // the caller wait for the page's readiness marker instead.
      page.goto(`${origin}/${path}`).catch(() => undefined);
      return wrap(page, downloadsOf(options.profileDir));
    },
    async openedPage(urlPart) {
      // BiDi reports moz-extension:// documents as about:blank: ask each page where it is.
      const hrefOf = (p: Page) => (p.url().includes(urlPart) ? Promise.resolve(p.url()) : p.evaluate(() => location.href).catch(() => ''));
      let found: Page | undefined;
      await until(
        async () => {
          const pages = await browser.pages();
          const hrefs = await Promise.all(pages.map(hrefOf));
          // The newest one: an earlier window for the same page may still be closing.
          found = pages[hrefs.findLastIndex((href) => href.includes(urlPart))];
          return hrefs;
        },
        () => found !== undefined,
        `a page of ours at ${urlPart}`,
      );
      if (!found) throw new Error(`no page at ${urlPart}`);
      return wrap(found, downloadsOf(options.profileDir));
    },
    async adoptTab(url) {
      const page = await until(async () => (await browser.pages()).find((p) => p.url() === url), (found) => found !== undefined, `a tab at ${url}`);
      if (!page) throw new Error(`no tab at ${url}`);
      return wrap(page, downloadsOf(options.profileDir));
    },
    // Firefox suspends an idle event page on its own; this asks for that now, in the browser's
    // chrome scope (forced, as Firefox's own tests do, past what would keep it alive a moment
    // longer). The next event or message starts a new background. A background still starting,
    // or already suspending, is waited for until it has stopped: returning while it went on would
    // leave a test talking to the old background with its old memory (crash-safety.e2e.ts saw it).
    async stopWorker() {
      const stopped = await evaluateInFirefoxChrome(
        browser,
        `(async () => {
          const extension = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)})?.extension;
          if (!extension || extension.backgroundState === 'stopped') return false;
          const deadline = Date.now() + ${LAUNCH_WAIT_MS};
          while (extension.backgroundState !== 'stopped') {
            if (Date.now() > deadline) throw new Error('the background did not stop: ' + extension.backgroundState);
            if (extension.backgroundState === 'running') await extension.terminateBackground({ disableResetIdleForTest: true });
            else await new Promise((done) => setTimeout(done, 20));
          }
          return true;
        })()`,
      );
      return stopped === true;
    },
    workerRunning: async () =>
      (await evaluateInFirefoxChrome(browser, `WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)})?.extension?.backgroundState === 'running'`)) === true,
    // Firefox's own switch for this (its doorhanger cannot be clicked over WebDriver): optional
    // permission requests from a click are granted without the prompt. A request not made from a
    // click is still refused.
    async answerPermissionPrompts() {
      await evaluateInFirefoxChrome(browser, `Services.prefs.setBoolPref('extensions.webextOptionalPermissionPrompts', false)`);
    },
    async evaluateInBackground(from, fn, arg) {
      // Evaluated by WebDriver, which an extension page's CSP does not stop; `fn` itself runs in
      // `from`'s realm with the background window as its scope.
      return (await from.evaluateScript(`(async () => {
        const background = await (globalThis.browser ?? globalThis.chrome).runtime.getBackgroundPage();
        if (!background) throw new Error('no background page');
        return (${fn.toString()})(background, ${JSON.stringify(arg)});
      })()`)) as never;
    },
    // On Linux, Firefox quits with its last window.
    closeEveryWindow: async () => false,
    backgroundSession: async () => null,
    // Firefox asks the user before a page reads the clipboard.
    grantClipboard: async () => true, // the testing pref above
    async restart() {
      await browser.close();
      browser = await launchBrowser(options);
      home = undefined;
    },
    close: () => browser.close(),
  };
}
