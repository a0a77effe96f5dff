// Runs in: the guide page, framed in the shop's page. Keeps the frame where the user can read it
// and nothing they must click is under it (core/guide/placement.ts), from what the host tells about
// the window (content/guide/pointer.ts): on every change of the window, of the pointed form, of the
// panel's own height, and while the user drags it by its grip (or moves it with the arrow keys).
// A drop is remembered for the site (guide/place).
import { useEffect, useState } from 'preact/hooks';
import { PILL, placePanel, toPlace, type Place, type Rect } from '../../core/guide/placement';
import type { HostView, ParentLink } from '../prompt/parent-link';

const WIDTH = 360;
const MAX_HEIGHT = 480;
/** How far an arrow key moves the panel. */
export const KEY_STEP = 24;

export interface Placement {
  /** Too little room: the page shows the pill instead of the panel. */
  squeezed: boolean;
  /** The grip's handlers (Grip.tsx). */
  moveBy(dx: number, dy: number, done: boolean): void;
  startDrag(): void;
}

export function usePlacement(link: ParentLink | null, pill: boolean, saved: Place | null, save: (place: Place) => void): Placement {
  const [view, setView] = useState<HostView | null>(null);
  const [height, setHeight] = useState(200);
  // The user's own spot: set on drop, before the background's copy comes back.
  const [own, setOwn] = useState<Place | null>(null);
  const [dragged, setDragged] = useState<{ from: Rect; at: Rect } | null>(null);

  useEffect(() => link?.onView(setView), [link]);
  useEffect(() => {
    const main = document.querySelector('main');
    if (!link || !main) return;
    const observer = new ResizeObserver(() => setHeight(Math.ceil(main.getBoundingClientRect().height)));
    observer.observe(main);
    return () => observer.disconnect();
  });

  const spot = own ?? saved;
  const want = pill ? PILL : { w: WIDTH, h: Math.min(height, MAX_HEIGHT) };
  const placed = view ? placePanel({ vw: view.vw, vh: view.vh, want, target: view.target, saved: spot }) : null;
  const box = dragged?.at ?? placed;
  const key = box && `${box.x},${box.y},${box.w},${box.h}`;
  useEffect(() => {
    if (!link) return;
    // Before the host has said anything about the window, it keeps the frame in its corner.
    if (box) link.place(box);
    else link.size(height);
  }, [link, key, box === null ? height : 0]);

  return {
    squeezed: placed?.squeezed === true && !pill,
    startDrag: () => placed && setDragged({ from: placed, at: placed }),
    moveBy(dx, dy, done) {
      const from = dragged?.from ?? placed;
      if (!from || !view) return;
      const at = {
        ...from,
        x: Math.min(Math.max(from.x + dx, 0), view.vw - from.w),
        y: Math.min(Math.max(from.y + dy, 0), view.vh - from.h),
      };
      if (!done) return setDragged({ from, at });
      setDragged(null);
      const place = toPlace(at, view.vw, view.vh);
      setOwn(place);
      save(place);
    },
  };
}
