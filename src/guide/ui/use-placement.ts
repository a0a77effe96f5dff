// Runs in: the guide page, framed in the shop's page. Keeps the frame where the user can read it
// and nothing they must click is under it (guide/core/placement.ts), from what the host tells about
// the window (guide/content/pointer.ts): on every change of the window, of the pointed form and of
// the panel's own height. Dragged by its grip, the frame first grows to the whole window (see
// through but for the panel), so the pointer never leaves it and every position is read in the
// window's own coordinates (a frame that moves under the pointer reads positions that lag behind
// it, and loses the pointer when it is quick), then shrinks back around the panel where it was
// dropped. The arrow keys move it a step at once. A drop is remembered for the site (guide/place).
import { useEffect, useState } from 'preact/hooks';
import { PILL, placePanel, toPlace, type Place, type Rect } from '../core/placement';
import type { HostView, ParentLink } from '../../inpage/ui/parent-link';

const WIDTH = 360;
const MAX_HEIGHT = 480;
/** How far an arrow key moves the panel. */
export const KEY_STEP = 24;

export interface Placement {
  /** Too little room: the page shows the pill instead of the panel. */
  squeezed: boolean;
  /** While dragged: where the panel is drawn inside the window-sized frame. */
  dragged: Rect | null;
  /** The pointer went down on the grip at this point of the panel. */
  grab(x: number, y: number): void;
  /** The pointer is at this point of the frame (the whole window while dragging). */
  dragTo(x: number, y: number): void;
  drop(): void;
  nudge(dx: number, dy: number): void;
  /** Where the frame is now, as a key that changes whenever it moves (a decision gate starts its look again). */
  at: string | null;
}

export function usePlacement(link: ParentLink | null, pill: boolean, saved: Place | null, save: (place: Place) => void): Placement {
  const [view, setView] = useState<HostView | null>(null);
  const [height, setHeight] = useState(200);
  // The user's own spot: set on a drop, before the background's copy comes back.
  const [own, setOwn] = useState<Place | null>(null);
  const [drag, setDrag] = useState<{ gx: number; gy: number; at: Rect } | null>(null);

  useEffect(() => link?.onView(setView), [link]);
  useEffect(() => {
    const main = document.querySelector('main');
    if (!link || !main) return;
    const observer = new ResizeObserver(() => setHeight(Math.ceil(main.getBoundingClientRect().height)));
    observer.observe(main);
    return () => observer.disconnect();
  });

  const want = pill ? PILL : { w: WIDTH, h: Math.min(height, MAX_HEIGHT) };
  const placed = view ? placePanel({ vw: view.vw, vh: view.vh, want, target: view.target, saved: own ?? saved }) : null;
  const box = drag && view ? { x: 0, y: 0, w: view.vw, h: view.vh } : placed;
  const key = box && `${box.x},${box.y},${box.w},${box.h}`;
  useEffect(() => {
    if (!link) return;
    // Before the host has said anything about the window, it keeps the frame in its corner.
    if (box) link.place(box);
    else link.size(height);
  }, [link, key, box === null ? height : 0]);

  const keep = (at: Rect) => {
    if (!view) return;
    const place = toPlace(at, view.vw, view.vh);
    setOwn(place);
    save(place);
  };
  const within = (at: Rect): Rect => view
    ? { ...at, x: Math.min(Math.max(at.x, 0), view.vw - at.w), y: Math.min(Math.max(at.y, 0), view.vh - at.h) }
    : at;

  return {
    squeezed: placed?.squeezed === true && !pill,
    at: key,
    dragged: drag?.at ?? null,
    grab: (x, y) => placed && setDrag({ gx: x, gy: y, at: placed }),
    dragTo(x, y) {
      // Until the frame has grown to the window, positions are still the panel's own.
      if (!drag || !view || window.innerWidth < view.vw - 1) return;
      setDrag({ ...drag, at: within({ ...drag.at, x: x - drag.gx, y: y - drag.gy }) });
    },
    drop() {
      if (!drag) return;
      keep(drag.at);
      setDrag(null);
    },
    nudge(dx, dy) {
      if (placed) keep(within({ ...placed, x: placed.x + dx, y: placed.y + dy }));
    },
  };
}
