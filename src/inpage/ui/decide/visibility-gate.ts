// Runs in: our framed pages. Asks the browser whether a piece of our UI is seen: Chromium's
// IntersectionObserver v2 (`trackVisibility`) reports `isVisible` only while nothing is drawn
// over the target and no ancestor, across every frame up to the top, changes how it looks
// (opacity, filters, transforms other than translation, blend modes, masks, clipping). Asked from
// inside our own frame, it judges the frame as the page really renders it, which the page can
// neither fake nor reach. Browsers without it (Firefox) give no such answer: see
// browserReportsVisibility.
import type { VisibilityClock } from './visibility-clock';

/** The slowest the browser may refresh its visibility answer; v2 requires at least 100 ms. */
export const VISIBILITY_DELAY_MS = 100;
// After a click, wait for the browser's next answer before believing the last one: a change just
// before the click is reported within one delay, plus a frame and the parent's message to us.
const SETTLE_MS = VISIBILITY_DELAY_MS * 2;
// The whole target, not a part of it: a cover over the title alone still changes what a click means.
const FULLY = 0.99;

interface V2Init extends IntersectionObserverInit { trackVisibility: boolean; delay: number }
interface V2Entry extends IntersectionObserverEntry { isVisible: boolean }

/** Feature detection (never the user agent): does this browser report what is really visible? */
export function browserReportsVisibility(): boolean {
  return typeof IntersectionObserverEntry === 'function' && 'isVisible' in IntersectionObserverEntry.prototype;
}

export interface VisibilityWatch {
  /** Waits until any report about the moment just past has arrived. */
  settle(): Promise<void>;
  stop(): void;
}

const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

export function watchVisibility(target: Element, clock: VisibilityClock, onReport: () => void): VisibilityWatch {
  const take = (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries as V2Entry[]) clock.report(entry.isVisible && entry.intersectionRatio >= FULLY, entry.time);
    if (entries.length > 0) onReport();
  };
  const init: V2Init = { trackVisibility: true, delay: VISIBILITY_DELAY_MS, threshold: [FULLY, 1] };
  const observer = new IntersectionObserver(take, init);
  observer.observe(target);
  return {
    async settle() {
      await new Promise((done) => setTimeout(done, SETTLE_MS));
      await nextFrame();
      take(observer.takeRecords());
    },
    stop: () => observer.disconnect(),
  };
}

/**
 * The page's visibility alone. In our own windows (review, guide) that is the whole answer:
 * nothing of any website is drawn there, and the clock keeps a click that lands as the window
 * appears (the second click of a double click aimed at the page) from counting. In the in-page
 * UI of a browser without v2 it only arms the buttons that invite or dismiss: nothing there decides.
 */
export function watchShown(doc: Document, clock: VisibilityClock, onReport: () => void): VisibilityWatch {
  const report = () => {
    clock.report(doc.visibilityState === 'visible', performance.now());
    onReport();
  };
  report();
  doc.addEventListener('visibilitychange', report);
  return { settle: async () => undefined, stop: () => doc.removeEventListener('visibilitychange', report) };
}
