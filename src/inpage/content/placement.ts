// Runs in: content script. Where our framed UI is on the screen, and since when. The browser's
// visibility answer (IntersectionObserver v2, asked from inside the frame) says whether the frame
// is seen whole and unobstructed, not whether it just moved: a page that resizes its own popup
// window, or anything else that shifts the viewport, could slide a visible prompt under a click
// aimed at the page. So the host notes every change of the frame's box and of the viewport, and
// a decisive click counts only if nothing moved during the look before it.
// Sampled on a timer (a page can stop our event listeners with stopImmediatePropagation, never
// our timers) as often as the browser refreshes its visibility answer, and once more on demand.
export const SAMPLE_MS = 100;

export interface Placement {
  /** Milliseconds the frame has stayed in the same place, sampled now. */
  stillFor(): number;
  stop(): void;
}

export function watchPlacement(el: Element, win: Window): Placement {
  let last = '';
  let since = performance.now();
  const sample = () => {
    const r = el.getBoundingClientRect();
    const v = win.visualViewport;
    const key = [r.left, r.top, r.width, r.height, win.innerWidth, win.innerHeight, v?.offsetLeft, v?.offsetTop, v?.scale].join();
    if (key !== last) {
      last = key;
      since = performance.now();
    }
  };
  sample();
  const timer = setInterval(sample, SAMPLE_MS);
  return {
    stillFor() {
      sample();
      return performance.now() - since;
    },
    stop: () => clearInterval(timer),
  };
}
