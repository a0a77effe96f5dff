// One interface over both browsers with the built extension loaded, plus helpers every E2E
// test uses: open extension pages, talk to the background as an extension page would.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MessageType, RequestOf, ResponseOf } from '../../../src/shared/protocol/messages';
import type { Reply } from '../../../src/shared/protocol/reply';
import { NOT_READY, READY, type TestPage, whenReady } from './page';
import { newProfile } from './profile-template';
import type { SiteTrust } from './site-trust';
import { until } from './until';
import { timed } from './profile';

/** The slice of the extension API (`browser` in Firefox, `chrome` in Chromium) the helpers use. */
interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
}
declare const browser: ExtensionApi | undefined;
declare const chrome: ExtensionApi;

export type BrowserName = 'chromium' | 'firefox';

export interface LaunchOptions {
  extensionDir: string;
  profileDir: string;
  /** The fixture server the browser reaches and trusts; without it, only extension pages work. */
  sites?: SiteTrust;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  readonly extensionOrigin: string;
  open(url: string): Promise<TestPage>;
  /** Starts loading an extension page; wait for READY (or a selector) before using it. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** A window or tab the extension opened itself, once one shows a page whose URL contains `urlPart`. */
  openedPage(urlPart: string): Promise<TestPage>;
  /** A web page the extension opened in a tab of its own (tabs.create), found by its URL; waits for it. */
  adoptTab(url: string): Promise<TestPage>;
  /**
   * Stops the extension's background: Chromium's service worker, Firefox's event page (suspended
   * as Firefox suspends an idle one); false when none was running.
   */
  stopWorker(): Promise<boolean>;
  /** Whether the extension's background (service worker, event page) runs now. */
  workerRunning(): Promise<boolean>;
  /**
   * Runs `fn` in the extension's running background, its global object as `scope`, for a test
   * that must watch or stop it mid-task: Chromium's service worker, over CDP; Firefox's event
   * page, through `from`, one of our pages (runtime.getBackgroundPage: the background window of
   * the same process). There `fn` runs in `from`'s realm, so `from` must stay open while anything
   * `fn` installed in the background is in use. `fn` is sent as source: it closes over nothing.
   */
  evaluateInBackground<A, R>(from: TestPage, fn: (scope: typeof globalThis, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Closes every page, so the browser is left with no window (Chromium keeps running for the
   * harness); false where closing the last window would end the browser (Firefox on Linux).
   */
  closeEveryWindow(): Promise<boolean>;
  /** storage.session as the extension's background reads it, with no page open (Chromium's service worker); null where not reachable. */
  backgroundSession(): Promise<Record<string, unknown> | null>;
  /** Lets pages read the clipboard without asking (Chromium); false where tests cannot read it. */
  grantClipboard(): Promise<boolean>;
  /**
   * The user's "Allow" to the browser's prompt when the extension asks for these optional host
   * permissions, given in advance: headless browsers show the prompt where no test can answer it.
   * The extension still has to ask (permissions.request, from a click) to get them.
   */
  answerPermissionPrompts(origins: readonly string[]): Promise<void>;
  /** Closes and relaunches the browser on the same profile. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export const DIST = {
  chromium: resolve(import.meta.dirname, '../../../dist/chrome'),
  firefox: resolve(import.meta.dirname, '../../../dist/firefox'),
} as const;

/** A browser this harness started, with what closes it and removes its profile. */
export type LaunchedBrowser = ExtensionBrowser & { dispose(): Promise<void> };

/** `sites` is required so a second browser in a test cannot silently miss the fixture sites' certificate; `null` for no sites. */
export async function launch(name: BrowserName, sites: SiteTrust | null): Promise<LaunchedBrowser> {
  const profileDir = newProfile(name);
  const options: LaunchOptions = { extensionDir: DIST[name], profileDir, sites: sites ?? undefined };
  const { launchChromium } = await import('./chromium');
  const { launchFirefox } = await import('./firefox');
  const browser = await timed(`launch ${name}`, () => (name === 'chromium' ? launchChromium(options) : launchFirefox(options)));
  // Timed for E2E_PROFILE (harness/profile.ts); the same calls otherwise.
  for (const key of ['open', 'openExtensionPage', 'openedPage', 'adoptTab', 'restart', 'stopWorker'] as const) {
    const raw = browser[key].bind(browser) as (arg: string) => Promise<unknown>;
    (browser as unknown as Record<string, unknown>)[key] = (arg: string) => timed(`browser.${key} ${String(arg ?? '').slice(0, 60)}`, () => raw(arg));
  }
  return Object.assign(browser, {
    async dispose() {
      await timed(`close ${name}`, () => browser.close().catch(() => undefined));
      rmSync(profileDir, { recursive: true, force: true });
    },
  });
}

/** Sends a protocol message from an extension page, exactly as the popup would. */
export async function sendFrom<T extends MessageType>(page: TestPage, type: T, payload: RequestOf<T>): Promise<Reply<ResponseOf<T>>> {
  return timed(`send ${type}`, () => whenReady(page, () => page.evaluate(
    async ([t, p, ready, notReady]) => {
      if (!document.querySelector(ready)) return notReady;
      const api = typeof browser === 'undefined' ? chrome : browser;
      return api.runtime.sendMessage({ type: t, payload: p });
    },
    [type, payload, READY, NOT_READY] as const,
  ) as Promise<Reply<ResponseOf<T>> | typeof NOT_READY>));
}

/**
 * The id of the tab whose top frame said hello from `url`, read from what the background keeps
 * in storage.session (extension pages may read it; content scripts may not). Waits for it.
 */
export async function tabIdOf(page: TestPage, url: string): Promise<number> {
  await page.waitFor(READY);
  const id = await until(
    () =>
      page.evaluate(async (target) => {
        const api = typeof browser === 'undefined' ? chrome : browser;
        const all = await api.storage.session.get(null);
        for (const [key, item] of Object.entries(all)) {
          const hello = (item as { data?: { hello?: { url?: string } } }).data?.hello;
          if (key.startsWith('tab:') && hello?.url === target) return Number(key.slice(4));
        }
        return -1;
      }, url),
    (found) => found >= 0,
    `a content-script hello from ${url}`,
  );
  return id;
}
