// A hostile shop against the in-page Keep prompt, in both browsers, with real clicks (the
// drivers' mouse input is trusted, like a user's). DESIGN.md rule 4: no decisive click while the
// prompt is not fully visible, unobstructed and in place. The page's tricks live in its own script
// (test/fixtures/sites/evil.test/attacks.js).
// - Chromium tells our frame what is really visible (IntersectionObserver v2). The oracle is the
//   screen itself: a trick that changes how the prompt looks must get a refusal, never a save; a
//   trick that cannot change it (our host's pinned styles, the top layer) leaves a prompt the
//   user really sees, and their click on it saves.
// - Firefox cannot tell: whatever the page does, the in-page card has no decisive button, and
//   the decision is taken in our review window, which the page cannot draw on.
import { beforeAll, describe, expect, it } from 'vitest';
import { sendFrom, tabIdOf } from './harness/browser';
import { promptIn, reportedTab, REVIEW } from './harness/flows';
import type { Box, TestFrame, TestPage } from './harness/page';
import { BROWSERS, useSuite } from './harness/suite';
import { until } from './harness/until';
import { SAMPLE_MS as PLACEMENT_SAMPLE_MS } from '../../src/inpage/content/placement';
import { MIN_VISIBLE_MS } from '../../src/shared/protocol/frame-channel';

const POPUP = 'src/pages/popup/index.html';
const ACCEPT = '[data-testid="prompt-accept"]';

type Outcome =
  /** The browser said the prompt was not seen as drawn: the frame refuses and says so. */
  | 'refused'
  /** The trick could not change the prompt: the user's click on what they see saves. */
  | 'saved'
  /** The click never reached our frame: the page got it. */
  | 'page';

/**
 * `chromium`: what a click does there. `aim`: where the page's decoy draws the user's click,
 * relative to Save as we drew it. `inert`: the page makes our card unreachable by any click (in
 * Firefox the toolbar popup decides instead of the card's window).
 */
const TRICKS: readonly { trick: string; chromium: Outcome; aim?: readonly [number, number]; inert?: boolean }[] = [
  // The four attacks that once saved through the old cover check.
  { trick: 'pseudo-element', chromium: 'refused' },
  { trick: 'shadow-popover', chromium: 'refused' },
  { trick: 'blend-host', chromium: 'saved' },
  { trick: 'blur-uncover', chromium: 'refused' },
  // More of the same classes: something drawn over us, effects on us or the page, our host moved.
  { trick: 'backdrop', chromium: 'refused' },
  { trick: 'blend-over', chromium: 'refused' },
  { trick: 'dialog', chromium: 'page', inert: true },
  { trick: 'opacity-page', chromium: 'saved' },
  { trick: 'filter-page', chromium: 'saved' },
  { trick: 'opacity-host', chromium: 'saved' },
  { trick: 'filter-host', chromium: 'saved' },
  { trick: 'scale-host', chromium: 'saved' },
  { trick: 'clip-host', chromium: 'saved' },
  // The decoy sits where the page's style sheet would slide our Save: our host does not move.
  { trick: 'translate-host', chromium: 'page', aim: [-300, 200] },
];

interface Shown { page: TestPage; prompt: TestFrame; tabId: number; user: string }

describe.each(BROWSERS)('clickjacking the prompt in %s', (name) => {
  const s = useSuite(name);
  let probe: TestPage;
  let users = 0;

  beforeAll(async () => {
    probe = await s.browser.openExtensionPage(POPUP);
    expect(await sendFrom(probe, 'vault/create', { password: 'a sturdy master passphrase' })).toMatchObject({ ok: true });
    // Each login lands on its own address, so each test finds its own tab.
    s.server.route('evil.test', 'POST', '/session', (_req, res, body) => {
      const user = new URLSearchParams(body).get('email') ?? '';
      res.writeHead(303, { location: `/account.html?user=${encodeURIComponent(user)}` }).end();
    });
  });

  const saved = async (user: string) => {
    const list = await sendFrom(probe, 'entries/list', { tabId: null, query: user, offset: 0, limit: 5 });
    if (!list.ok) throw new Error(list.error.message);
    return list.value.items.filter((e) => e.username === user);
  };

  /** A fresh login on the evil shop: its account page shows the prompt offering to save it. */
  async function promptOnEvil(): Promise<Shown> {
    const user = `eve${++users}@mail.test`;
    const url = `${s.server.origin('evil.test')}/login.html`;
    const page = await s.browser.open(url);
    // Its report, not only its hello: the content script starts watching submits after reporting.
    await reportedTab(probe, url, 'login');
    await page.fill('#email', user);
    await page.fill('#password', `Evil-Pass-${users}`);
    await page.click('button[type="submit"]');
    const prompt = await promptIn(page);
    return { page, prompt, user, tabId: await tabIdOf(probe, `${s.server.origin('evil.test')}/account.html?user=${encodeURIComponent(user)}`) };
  }

  const hostBox = (page: TestPage) =>
    page.evaluate(() => {
      const r = document.querySelector('html > div[popover]')?.getBoundingClientRect();
      return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    }, null);
  const centre = (b: Box) => [b.x + b.width / 2, b.y + b.height / 2] as const;
  const pageClicks = (page: TestPage) => page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks, null);

  /** Waits for the outcome, then checks the vault and the offer agree with it. */
  async function expectOutcome(shown: Shown, outcome: Outcome, clicksBefore: number) {
    const { page, prompt, user, tabId } = shown;
    if (outcome === 'refused') {
      // What the click did instead, named when it was not refused: saved, or the page's click.
      const did = await until(async () => {
        if (await prompt.evaluate(() => document.querySelector('[data-testid="decision-refused"]') !== null, null)) return 'refused';
        if ((await saved(user)).length > 0) return 'saved';
        return (await pageClicks(page)) > clicksBefore ? 'page' : null;
      }, (seen) => seen !== null, 'the click to be refused');
      expect(did).toBe('refused');
    }
    if (outcome === 'page') await until(() => pageClicks(page), (n) => n > clicksBefore, 'the click on the page');
    if (outcome === 'saved') await until(() => saved(user), (list) => list.length === 1, 'the entry saved by the click');
    if (outcome === 'saved') return;
    expect(await saved(user)).toEqual([]);
    const offers = await sendFrom(probe, 'keep/offers', { tabId });
    expect(offers.ok && offers.value.offers.find((o) => o.username === user)).toMatchObject({ kind: 'save', accepted: false });
  }

  it.runIf(name === 'chromium').each(TRICKS)('$trick: a click on the prompt decides only if the prompt looks as drawn ($chromium)', async ({ trick, chromium, aim = [0, 0] }) => {
    const shown = await promptOnEvil();
    const { page, prompt } = shown;
    const host = await hostBox(page);
    if (!host) throw new Error('no prompt host');
    const before = await page.screenshot(host);
    const [x, y] = centre(await prompt.box(ACCEPT));
    await page.evaluate((t) => (window as unknown as { attack(n: string): Promise<void> }).attack(t), trick);
    // The screen is the oracle: whatever the browser or our code think, this is what the user sees.
    const looksDrawn = (await page.screenshot(host)).equals(before);
    if (!looksDrawn) expect(chromium).not.toBe('saved');
    if (chromium === 'saved') expect(looksDrawn).toBe(true);
    const clicks = await pageClicks(page);
    await page.clickAt(x + aim[0], y + aim[1]);
    await expectOutcome(shown, chromium, clicks);
    if (trick === 'blur-uncover') {
      // The trick played out: the cover went at mousedown, before the click.
      expect(await page.evaluate(() => typeof (window as unknown as { uncoveredAt?: number }).uncoveredAt, null)).toBe('number');
    }
    await page.close();
  });

  it.runIf(name === 'chromium')('the prompt moved under the pointer: a click counts only once it has stood still for the whole look', async () => {
    const shown = await promptOnEvil();
    const { page, prompt } = shown;
    const save = await prompt.box(ACCEPT);
    const [width, height] = await page.evaluate(() => [innerWidth, innerHeight], null);
    // The user points at the page 200 px left of Save; the page's window narrows by 200 px (a
    // page may resize its own popup window), bringing our top-right prompt under the pointer, and
    // the click follows. The page notes when it resized and when the click took its focus (blur,
    // at mousedown), so the time the prompt stood still before the click is measured, not
    // assumed: a slow machine can stretch it past the look.
    await page.evaluate(() => {
      const w = window as unknown as { resizedAt: number; clickedAt: number };
      addEventListener('resize', () => void (w.resizedAt = performance.now()));
      addEventListener('blur', () => void (w.clickedAt = performance.now()));
    }, null);
    await page.resize(width - 200, height);
    await until(async () => (await prompt.box(ACCEPT)).x, (left) => Math.abs(left - (save.x - 200)) < 1, 'the prompt under the pointer');
    // Script reads the new layout before the screen shows it, and the browser sends a click where
    // the screen shows things: a click before the move is painted goes to the page (which, on a
    // busy machine, the test once saw). A screenshot waits for a frame drawn with the move.
    const moved = await hostBox(page);
    if (!moved) throw new Error('no prompt host');
    await page.screenshot(moved);
    const [x, y] = centre(await prompt.box(ACCEPT));
    await page.clickAt(x, y);
    const still = await until(
      () => page.evaluate(() => { const w = window as unknown as { resizedAt?: number; clickedAt?: number }; return w.clickedAt !== undefined && w.resizedAt !== undefined ? w.clickedAt - w.resizedAt : null; }, null),
      (ms) => ms !== null,
      'the click after the resize',
    );
    // The host samples where the prompt is every SAMPLE_MS (inpage/content/placement.ts): within
    // one sample of the look's end, either answer is right.
    if ((still ?? 0) < MIN_VISIBLE_MS) await expectOutcome(shown, 'refused', 0);
    else if ((still ?? 0) > MIN_VISIBLE_MS + PLACEMENT_SAMPLE_MS) await expectOutcome(shown, 'saved', 0);
    else await until(async () => (await saved(shown.user)).length === 1 || (await prompt.evaluate(() => document.querySelector('[data-testid="decision-refused"]') !== null, null)), (done) => done, 'the click decided either way');
    await page.close();
  });

  it.runIf(name === 'firefox').each(TRICKS)('$trick: no click in the page decides; our review window does', async ({ trick, inert }) => {
    const shown = await promptOnEvil();
    const { page, prompt, user, tabId } = shown;
    await page.evaluate((t) => (window as unknown as { attack(n: string): Promise<void> }).attack(t), trick);
    // Nothing in the card decides, whatever the page did to it.
    const buttons = await prompt.evaluate(() => [...document.querySelectorAll('button')].map((b) => b.dataset.testid), null);
    expect(buttons).toEqual(['decide-review', 'prompt-not-now']);
    // A real click at the card's button (through the page's covers) opens our window, which
    // the page cannot reach: there the user decides. A modal dialog of the page leaves the card
    // unreachable; the toolbar popup lists the offer just the same.
    let surface: TestPage;
    if (inert) {
      surface = await s.browser.openExtensionPage(`${POPUP}?tab=${tabId}`);
      await surface.waitFor('[data-testid="offer-accept"]');
      await surface.click('[data-testid="offer-accept"]');
    } else {
      const [x, y] = centre(await prompt.box('[data-testid="decide-review"]'));
      await page.clickAt(x, y);
      surface = await s.browser.openedPage(REVIEW);
      await surface.waitFor('[data-testid="prompt"][data-armed="true"]', { timeout: 30_000 });
      expect(await surface.text('h1')).toContain('evil.test');
      await surface.click(ACCEPT);
    }
    await until(() => saved(user), (list) => list.length === 1, 'the entry saved in our own window');
    if (inert) await surface.close();
    await page.close();
  });
});
