// Runs in: our pages; pure (no browser API), so it is unit tested as a table of reports. Turns
// the browser's reports about a piece of UI ("fully visible now" or not) into the one fact a
// decisive click needs: visible without a break from MIN_VISIBLE_MS before the click until now.
// Any report of "not visible" starts the look again from the next "visible"; so does a change
// of our own layout (a control that moved is a new thing to look at).
import { MIN_VISIBLE_MS } from '../../../shared/protocol/frame-channel';

export interface VisibilityClock {
  /** The browser's report, with its time (performance.now()'s timeline). */
  report(visible: boolean, at: number): void;
  /** Our own layout changed at `at`: what is in view now is looked at from then on. */
  restart(at: number): void;
  /** When a click will count, if the UI stays in view; null while it is not in view. */
  armedAt(): number | null;
  /** Whether a click at `clickAt` counts: in view without a break since MIN_VISIBLE_MS before it, and still. */
  allows(clickAt: number): boolean;
}

export function visibilityClock(minMs = MIN_VISIBLE_MS): VisibilityClock {
  let visible = false;
  let since: number | null = null;
  return {
    report(now, at) {
      if (!now) since = null;
      else if (!visible || since === null) since = at;
      visible = now;
    },
    restart(at) {
      if (visible) since = Math.max(since ?? at, at);
    },
    armedAt: () => (since === null ? null : since + minMs),
    allows: (clickAt) => visible && since !== null && since + minMs <= clickAt,
  };
}
