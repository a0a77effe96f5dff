// What the Keep, guide and settings E2E files all do on a fixture site: sign in by typing, wait
// for the in-page prompt, decide on its offer, list the tab's offers, wait for a tab's detection
// report.
import type { OfferView } from '../../../src/keep/core/offer-view';
import { sendFrom, tabIdOf, type ExtensionBrowser } from './browser';
import type { TestFrame, TestPage } from './page';
import { until } from './until';

const PROMPT = 'src/keep/ui/prompt/index.html';
export const REVIEW = 'src/pages/review/index.html';

/** What tests do on a surface where the user decides: the in-page prompt frame, or our review window. */
export type DecisionSurface = Pick<TestFrame, 'waitFor' | 'text' | 'click' | 'fill' | 'evaluate'>;

/** Types the credentials into the fixture's `#email` and `#password` and clicks its submit button. */
export async function login(page: TestPage, email: string, password: string): Promise<void> {
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.click('button[type="submit"]');
}

/**
 * The tab showing `url`, once its content script listens for a submit. tabIdOf waits for the
 * hello only, and the content script starts its features after the hello's answer, Keep's
 * capture last: a login typed in between is never seen, so its offer never comes (an
 * attack-locked run under CI load lost one so), and a check that nothing was offered passes for
 * the wrong reason. The page's first report is sent in the same task as the capture starts,
 * after the hello's answer: once the tab has that document's report, the capture listens.
 */
export async function capturingTab(probe: TestPage, url: string): Promise<number> {
  const tabId = await tabIdOf(probe, url);
  await until(() => sendFrom(probe, 'tab/state', { tabId }), (r) => r.ok && r.value.hello?.url === url && r.value.report !== null, `the first report of ${url}`);
  return tabId;
}

/**
 * Goes to `url` in `page`, tab `tabId`, and waits as capturingTab does, for the new document:
 * when the tab showed `url` already, the old document's hello and report would pass that wait.
 */
export async function gotoCapturing(probe: TestPage, page: TestPage, tabId: number, url: string): Promise<void> {
  const before = await sendFrom(probe, 'tab/state', { tabId });
  const since = before.ok ? (before.value.hello?.at ?? 0) : 0;
  await page.goto(url);
  await until(
    () => sendFrom(probe, 'tab/state', { tabId }),
    (r) => r.ok && r.value.hello?.url === url && r.value.hello.at > since && r.value.report !== null,
    `the first report of ${url} once loaded again`,
  );
}

/** The prompt frame in `page`, once it has shown its offer. */
export async function promptIn(page: TestPage): Promise<TestFrame> {
  // The tab the user is looking at: Chromium says nothing in a background tab is seen.
  await page.bringToFront();
  // 30 s: the first prompt page a fresh browser loads took over 15 s with five agents' tests running.
  const frame = await until(() => page.frame(PROMPT), (f) => f !== null, 'the in-page prompt frame', 30_000);
  if (!frame) throw new Error('no prompt');
  // Armed: the prompt ignores clicks in its first moments on screen (aimed at the page).
  await frame.waitFor('[data-testid="prompt"][data-armed="true"]', { timeout: 30_000 });
  return frame;
}

/**
 * Where the user decides on the tab's offer. Chromium tells the prompt whether it is seen
 * (IntersectionObserver v2), so the in-page prompt decides; Firefox does not, so the prompt only
 * has "Review in Latchkey", which opens our review window, where the decision buttons are.
 */
export async function decisionSurface(browser: ExtensionBrowser, page: TestPage): Promise<DecisionSurface> {
  const prompt = await promptIn(page);
  if (browser.name === 'chromium') return prompt;
  return reviewFrom(browser, prompt, '[data-testid="prompt"][data-armed="true"]');
}

/** Clicks the in-page card's "Review in Latchkey" and answers our window once `ready` shows there. */
export async function reviewFrom(browser: ExtensionBrowser, card: TestFrame, ready: string, path = REVIEW): Promise<TestPage> {
  let review: TestPage | undefined;
  // A card that moves (the guide's panel keeps clear of what it points at) must be seen again
  // before a click on it counts, and a click in that moment is refused without a sign: the user
  // then clicks again once it is armed again, and so does this, at most twice more.
  for (let attempt = 1; !review; attempt++) {
    await card.waitFor('[data-armed="true"] [data-testid="decide-review"]', { timeout: 30_000 });
    await card.click('[data-testid="decide-review"]');
    review = await browser.openedPage(path).catch((error: unknown) => {
      if (attempt >= 3) throw error;
      return undefined;
    });
  }
  await review.waitFor(ready, { timeout: 30_000 });
  return review;
}

/** The offers waiting for `tabId`, as our pages see them. */
export async function offersIn(probe: TestPage, tabId: number): Promise<OfferView[]> {
  const listed = await sendFrom(probe, 'keep/offers', { tabId });
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.value.offers;
}

/**
 * The offers for `tabId` once Keep has decided every submit it received there (none still being
 * judged): the positive signal that "nothing offered" is Keep's answer, not a moment too early.
 * Call it after the page the submit led to has shown, so the submit has reached the background.
 */
export async function decidedOffersIn(probe: TestPage, tabId: number): Promise<OfferView[]> {
  const listed = await until(
    () => sendFrom(probe, 'keep/offers', { tabId }),
    (reply) => !reply.ok || reply.value.judging === 0,
    `every submit in tab ${tabId} decided`,
  );
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.value.offers;
}

/** The tab showing `url`, once its detection report of `pageClass` has reached the background. */
export async function reportedTab(probe: TestPage, url: string, pageClass: string): Promise<number> {
  const tabId = await tabIdOf(probe, url);
  await until(
    async () => {
      const state = await sendFrom(probe, 'tab/state', { tabId });
      return state.ok ? (state.value.report?.pageClass ?? null) : null;
    },
    (found) => found === pageClass,
    `a ${pageClass} report from ${url}`,
  );
  return tabId;
}
