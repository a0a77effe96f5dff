// Runs in: content script. Where our framed UI is on the screen, and since when. The browser's
// visibility answer (IntersectionObserver v2, asked from inside the frame) says whether the frame
// is seen whole and unobstructed, not whether it just moved: a page that resizes its own popup
// window, or anything else that shifts the viewport, could slide a visible prompt under a click
// aimed at the page. So the host notes every change of the frame's box and of the viewport, and
// a decisive click counts only if nothing moved during the look before it.
// Sampled on a timer (a page can stop our event listeners with stopImmediatePropagation, never
// our timers) as often as the browser refreshes its visibility answer, on the window's resize
// (sooner, when the page lets it through), and once more on demand.
// The look starts when the new place is drawn, not when script can first read it: layout runs
// ahead of the frame that paints it, by a frame normally and by much more on a busy machine, and
// the user sees only what was painted. A change counts from the next animation frame (the last
// step before paint), and until that frame the frame has stood still for no time at all.
export const SAMPLE_MS = 100;

export interface Placement {
  /** Milliseconds the frame has stood still where the user can see it, sampled now. */
  stillFor(): number;
  stop(): void;
}

type PlacementWindow = Pick<Window, 'innerWidth' | 'innerHeight' | 'visualViewport' | 'requestAnimationFrame' | 'addEventListener' | 'removeEventListener'>;

export function watchPlacement(el: Element, win: PlacementWindow, now: () => number = () => performance.now()): Placement {
  let last = '';
  let since = now();
  // Set while a change waits for the frame that paints it.
  let unpainted = false;
  let changes = 0;
  const sample = () => {
    const r = el.getBoundingClientRect();
    const v = win.visualViewport;
    const key = [r.left, r.top, r.width, r.height, win.innerWidth, win.innerHeight, v?.offsetLeft, v?.offsetTop, v?.scale].join();
    if (key === last) return;
    last = key;
    since = now();
    unpainted = true;
    const change = ++changes;
    win.requestAnimationFrame(() => {
      // A later change asked for its own frame; this one is not the frame that paints it.
      if (change !== changes) return;
      since = now();
      unpainted = false;
    });
  };
  sample();
  const timer = setInterval(sample, SAMPLE_MS);
  win.addEventListener('resize', sample);
  return {
    stillFor() {
      sample();
      return unpainted ? 0 : now() - since;
    },
    stop: () => {
      clearInterval(timer);
      win.removeEventListener('resize', sample);
    },
  };
}
