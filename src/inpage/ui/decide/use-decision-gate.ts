// Runs in: our pages that take decisive clicks (save, update, revert, never, fill a generated
// password, start a guide). DESIGN.md rule 4: a decisive click counts only if it is the user's
// own (isTrusted) and the UI it lands on was fully visible, unobstructed and in place, without a
// break, for MIN_VISIBLE_MS up to the click's press (press-time.ts) and until the click.
// - Framed in a page, where the browser reports visibility (Chromium): its answer from inside
//   our frame (visibility-gate.ts), then the host's word that the frame did not move.
// - Framed in a page, where it does not (Firefox): nothing decides in the page. The card invites
//   to our own window (`review/open`), a surface no page can draw on, and decides there.
// - In our own window: the window's visibility, so a click that lands as it opens does not count.
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { MIN_VISIBLE_MS } from '../../../shared/protocol/frame-channel';
import type { ParentLink } from '../parent-link';
import { watchPresses } from './press-time';
import { visibilityClock } from './visibility-clock';
import { browserReportsVisibility, watchShown, watchVisibility, type VisibilityWatch } from './visibility-gate';

/** Where our UI is: framed in a website's page (with its host's channel), or in our own window. */
export type Place = { kind: 'framed'; link: ParentLink } | { kind: 'window' };

export interface DecisionGate {
  /** Whether clicks here may decide at all; false: the in-page UI only invites to our window. */
  decides: boolean;
  /** For a decisive click: resolves true only when it counts (waits for the browser's answer). */
  confirm(event: Event): Promise<boolean>;
  /** For a click that only dismisses or invites: the user's own, on UI in view long enough. */
  allows(event: Event): boolean;
}

/**
 * `at`: where our frame sits in the page, when the frame moves itself (the guide panel): a frame
 * that moved is a new thing to look at, though nothing inside it changed.
 */
export function useDecisionGate(ref: RefObject<Element>, place: Place, shown: boolean, at: string | null = null): DecisionGate {
  const measured = place.kind === 'framed' && browserReportsVisibility();
  const decides = place.kind === 'window' || measured;
  const clock = useMemo(() => visibilityClock(), []);
  const presses = useMemo(() => watchPresses(document), []);
  useEffect(() => presses.stop, [presses]);
  const watch = useRef<VisibilityWatch | null>(null);
  const relayout = useRef(() => undefined as void);
  const where = useRef(at);
  where.current = at;
  // After every render, before the next frame: a control that moved or changed its words is a
  // new thing to look at (a locked card's "Not now" becomes "Save" where it stood on unlock).
  useLayoutEffect(() => relayout.current());

  useEffect(() => {
    const target = ref.current;
    if (!shown || !target) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The target says when a click on it counts (data-armed, which tests wait for), set here and
    // not by a render: a render would show a stale "armed" until after its layout was checked.
    const rearm = () => {
      clearTimeout(timer);
      const at = clock.armedAt();
      const wait = at === null ? null : at - performance.now();
      if (wait !== null && wait <= 0) target.setAttribute('data-armed', 'true');
      else target.removeAttribute('data-armed');
      if (wait !== null && wait > 0) timer = setTimeout(rearm, wait + 1);
    };
    watch.current = measured ? watchVisibility(target, clock, rearm) : watchShown(document, clock, rearm);
    let last = '';
    relayout.current = () => {
      const r = target.getBoundingClientRect();
      const key = `${r.left},${r.top},${r.width},${r.height},${where.current},${target.textContent}`;
      if (key === last) return;
      last = key;
      clock.restart(performance.now());
      rearm();
    };
    relayout.current();
    // Also what no render of ours causes: the window resized, a font loaded.
    const layout = new ResizeObserver(() => relayout.current());
    layout.observe(target);
    return () => {
      clearTimeout(timer);
      layout.disconnect();
      relayout.current = () => undefined;
      watch.current?.stop();
      watch.current = null;
    };
  }, [shown]);

  return {
    decides,
    async confirm(event) {
      if (!decides || !event.isTrusted || !watch.current) return false;
      const clickAt = presses.pressedAt(event);
      await watch.current.settle();
      if (!clock.allows(clickAt)) return false;
      return place.kind === 'window' || place.link.check(performance.now() - clickAt + MIN_VISIBLE_MS);
    },
    allows: (event) => event.isTrusted && clock.allows(presses.pressedAt(event)),
  };
}
