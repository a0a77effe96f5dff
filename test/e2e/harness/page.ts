// The few page operations E2E tests need, over both drivers (playwright-core for Chromium,
// puppeteer-core over WebDriver BiDi for Firefox), so one test body runs in both browsers.
// A step that names an element (text, attr, click, fill, type, select) waits for it to be in the
// document, in both drivers, as Playwright does (foundation.e2e.ts checks it).
export interface TestPage {
  goto(url: string): Promise<void>;
  waitFor(selector: string, options?: { timeout?: number; hidden?: boolean }): Promise<void>;
  text(selector: string): Promise<string>;
  attr(selector: string, name: string): Promise<string | null>;
  click(selector: string): Promise<void>;
  /** A real mouse click (trusted) at a point of the page's viewport, whatever is drawn there. */
  clickAt(x: number, y: number): Promise<void>;
  /** The pixels of a part of the viewport as the browser composited them (frames included), as PNG. */
  screenshot(clip: Box): Promise<Buffer>;
  /** Resizes the page's viewport (as a page may resize its own popup window). */
  resize(width: number, height: number): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  /** Real key presses into the field, after what it holds (fill clears it first). */
  type(selector: string, text: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Runs a script's source text in the page (a library such as axe-core, which CSP keeps out of script tags). */
  evaluateScript(source: string): Promise<unknown>;
  /** Presses a key or a chord ("ArrowDown", "Shift+Tab", "Shift+F10") as real keyboard input to the focused element. */
  press(key: string): Promise<void>;
  /** Types text as real keyboard input into the focused element. */
  typeKeys(text: string): Promise<void>;
  /** Emulates `prefers-color-scheme`; false where the driver cannot (Firefox over BiDi). */
  colorScheme(scheme: 'light' | 'dark'): Promise<boolean>;
  reload(): Promise<void>;
  /** Makes this the active tab, as the page a user is looking at (the browser reports a background tab as not seen). */
  bringToFront(): Promise<void>;
  /** Console lines the page (and the content script in it) printed since it was opened. */
  consoleLines(): readonly string[];
  /**
   * A child frame whose URL contains `urlPart` (our in-page prompt lives in a closed shadow root,
   * out of reach of selectors from the page), or null while there is none.
   */
  frame(urlPart: string): Promise<TestFrame | null>;
  /**
   * The address our content script frames the extension page `path` at in this page: in Chrome
   * the per-session dynamic URL (use_dynamic_url), which a website cannot guess but may learn.
   */
  framedUrl(path: string): Promise<string>;
  /** Sends a protocol message from the extension's content script in this page (harness/content-world.ts). */
  sendAsContent(message: { type: string; payload: unknown }): Promise<unknown>;
  /** Puts local files into an `<input type="file">` as the user's file picker would (real driver upload). */
  setFiles(selector: string, paths: readonly string[]): Promise<void>;
  /**
   * Real mouse input: presses at `from`, moves in steps to `to`, releases (window coordinates).
   * `pressed`, when given, is awaited with the button down before the first move: the driver
   * moves within a millisecond, a hand never does, so a page that answers the press (a panel
   * that grows its frame) is given the time a hand would.
   */
  drag(from: { x: number; y: number }, to: { x: number; y: number }, pressed?: () => Promise<unknown>): Promise<void>;
  /**
   * Presses `key` on the focused element and answers the file picker that key opens with these
   * files, as a keyboard user would in the picker. Fails when the key opens no picker.
   */
  pressForFiles(key: string, paths: readonly string[]): Promise<void>;
  /** Runs `trigger` and answers the file the page downloaded (saved by the browser, then read). */
  download(trigger: () => Promise<void>): Promise<{ name: string; text: string }>;
  close(): Promise<void>;
}

/** The operations tests need inside a frame; clicks are real input (trusted events). */
export interface TestFrame {
  waitFor(selector: string, options?: { timeout?: number; hidden?: boolean }): Promise<void>;
  text(selector: string): Promise<string>;
  click(selector: string): Promise<void>;
  /** Where an element of the frame is, in the top page's viewport (for TestPage.clickAt). */
  box(selector: string): Promise<Box>;
  /** The frame's address as the browser has it (for extension pages: their real origin). */
  url(): Promise<string>;
  fill(selector: string, value: string): Promise<void>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluateScript(source: string): Promise<unknown>;
}

export interface Box { x: number; y: number; width: number; height: number }

/** Waits for an extension page to say it has loaded its state (see src/shared/components/ready.ts). */
export const READY = 'html[data-ready="true"]';

/** What a page function given READY (see whenReady) answers while the page has not said it is ready. */
export const NOT_READY = 'latchkey-e2e:not-ready';
/** A page that lost READY again this many times in a row is loading over and over: say so. */
const READY_ATTEMPTS = 3;

/**
 * One page call on an extension page once it is ready, in one round trip where it already is:
 * `call`'s page function answers NOT_READY while `document.querySelector(READY)` finds nothing, and
 * only then is READY waited for and the call made again. Waiting for READY before every call
 * doubled the round trips of the harness's busiest helpers (a message, a storage read).
 */
export async function whenReady<R>(page: TestPage, call: () => Promise<R | typeof NOT_READY>): Promise<R> {
  for (let attempt = 0; attempt < READY_ATTEMPTS; attempt++) {
    const result = await call();
    if (result !== NOT_READY) return result as R;
    await page.waitFor(READY);
  }
  throw new Error(`the page lost ${READY} ${READY_ATTEMPTS} times after showing it: it keeps loading again`);
}
