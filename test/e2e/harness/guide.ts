// What the guide's E2E files share: the panel framed in a page at a step, the panel's box and the
// boxes of page elements (window coordinates), and a record of every step each flow reached in
// each browser (artifacts/guide-steps/, one JSON line per step), read back into a pass table.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionBrowser } from './browser';
import { reviewFrom, type DecisionSurface } from './flows';
import type { TestFrame, TestPage } from './page';
import { until } from './until';

export const GUIDE_PAGE = 'src/guide/ui/index.html';
export const GUIDE_WINDOW = 'src/guide/ui/window.html';

/**
 * Where "Use a strong password" may be clicked, once it counts: the panel in Chromium (which tells
 * the panel it is seen), the guide's own window in Firefox (which cannot).
 */
export async function generatorFor(browser: ExtensionBrowser, panel: TestFrame, tabId: number): Promise<DecisionSurface> {
  const armed = '[data-testid="guide-new-password"][data-armed="true"]';
  const surface = browser.name === 'chromium' ? panel : await reviewFrom(browser, panel, armed, `${GUIDE_WINDOW}?tab=${tabId}`);
  await surface.waitFor(armed, { timeout: 30_000 });
  return surface;
}
/** Starts a guide from the popup for the tab, as the user does: "Forgot password?" or "Change it". */
export async function startGuideFromPopup(browser: ExtensionBrowser, tabId: number, flow: 'recover' | 'change'): Promise<void> {
  const popup = await browser.openExtensionPage(`src/pages/popup/index.html?tab=${tabId}`);
  const button = `[data-testid="guide-${flow === 'recover' ? 'forgot' : 'change'}"]`;
  await popup.waitFor(button, { timeout: 20_000 });
  await popup.click(button);
  await popup.waitFor('[data-testid="guide-start"]:not([data-guide="none"])');
  await popup.close();
}

const STEPS_DIR = 'artifacts/guide-steps';

export interface Box { x: number; y: number; w: number; h: number }

/**
 * The panel framed in `page`, once it shows `step` (and, unless said otherwise, once the page shows
 * that step too). After a submit the frame found first may belong to the page being left (its
 * browsing context then closes under the wait): look again.
 */
export async function panelAt(page: TestPage, step: string, options: { onPage?: boolean; timeout?: number } = {}): Promise<TestFrame> {
  const onPage = options.onPage ?? true;
  const deadline = Date.now() + (options.timeout ?? 25_000);
  const selector = `[data-testid="guide"][data-step="${step}"]${onPage ? '[data-on-page="true"]' : ''}`;
  for (;;) {
    const frame = await until(() => page.frame(GUIDE_PAGE), (f) => f !== null, 'the in-page guide frame', 15_000);
    if (!frame) throw new Error('no guide frame');
    try {
      await frame.waitFor(selector, { timeout: 3_000 });
      return frame;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

/** The framed panel's box in the page's window (our host element: the page sees its box, not inside it). */
export const panelBox = (page: TestPage): Promise<Box | null> =>
  page.evaluate(() => {
    const host = [...document.documentElement.children].find((e) => e.tagName === 'DIV' && e.hasAttribute('popover'));
    const r = host?.getBoundingClientRect();
    return r ? { x: r.left, y: r.top, w: r.width, h: r.height } : null;
  }, null);

/**
 * The panel's box once two reads a moment apart agree. The frame tells the host its height after
 * it has laid out its step, and a bottom-anchored panel moves up as it grows: a drag that starts
 * from a box read before that misses the grip.
 */
export async function steadyPanelBox(page: TestPage, check: (box: Box) => boolean, what: string): Promise<Box> {
  const same = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
  const steady = await until(
    async () => {
      const first = await panelBox(page);
      await new Promise((done) => setTimeout(done, STEADY_GAP_MS));
      const second = await panelBox(page);
      return first && second && same(first, second) && check(second) ? second : null;
    },
    (box) => box !== null,
    what,
  );
  return steady as Box;
}
/** Two placements of the panel are at least a frame apart; this is several. */
const STEADY_GAP_MS = 150;

/**
 * Clicks `selector` in the framed panel once the frame is where that element will stay: the panel's
 * box steady (`check` says which shape: open or folded), with the whole element inside it. A fold
 * or an unfold re-renders the panel at once and the host places the frame a message later, so a
 * click aimed from the new content's first render could land where the frame no longer is.
 */
export async function clickInPlacedPanel(page: TestPage, panel: TestFrame, selector: string, check: (box: Box) => boolean, what: string): Promise<void> {
  await until(
    async () => {
      const placed = await steadyPanelBox(page, check, what);
      const target = await panel.box(selector);
      return target.x >= placed.x - 1 && target.y >= placed.y - 1
        && target.x + target.width <= placed.x + placed.w + 1 && target.y + target.height <= placed.y + placed.h + 1;
    },
    (inside) => inside,
    `${selector} inside ${what}`,
  );
  await panel.click(selector);
}

export const boxOf = (page: TestPage, selector: string): Promise<Box | null> =>
  page.evaluate((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return r ? { x: r.left, y: r.top, w: r.width, h: r.height } : null;
  }, selector);

export const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Whether a click at the centre of `selector` would reach that element (nothing of ours on top). */
export const clickable = (page: TestPage, selector: string): Promise<boolean> =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const r = el?.getBoundingClientRect();
    if (!el || !r) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit === el || el.contains(hit);
  }, selector);

/** Notes that `flow` reached `step` in `browser` (the report's pass table reads these). */
export function reached(browser: string, flow: string, step: string): void {
  mkdirSync(STEPS_DIR, { recursive: true });
  appendFileSync(join(STEPS_DIR, `${browser}.jsonl`), `${JSON.stringify({ flow, step, at: new Date().toISOString() })}\n`);
}
