// Runs anywhere. Where the guide panel goes in the shop's window: never over what the user must
// click (the element the step points at, with its form), at the spot the user dragged it to when
// that spot is clear, else the first clear corner (bottom left, where it starts, then bottom right,
// then top left; the top right is Keep's prompt's).
// When no corner is clear (a 360 px wide phone window, a form as tall as the window), the panel
// takes the taller band of the window above or below the form, shortened to fit; when even that is
// too short, it shrinks to a one-line pill. Pure: the guide page calls it with what its host says
// about the window (guide/content/pointer.ts) and sends the box back (inpage/content/frame-box.ts).
import * as z from 'zod/mini';

export interface Rect { x: number; y: number; w: number; h: number }

/** The user's own spot: distances from the window's nearest corner, so a resized window keeps it. */
export const Place = z.object({ right: z.boolean(), bottom: z.boolean(), dx: z.number(), dy: z.number() });
export type Place = z.infer<typeof Place>;

export interface PlaceInput {
  vw: number;
  vh: number;
  /** The size the panel wants (its content, or the pill's). */
  want: { w: number; h: number };
  /** What to keep clear of, in window coordinates; null when the step points at nothing. */
  target: Rect | null;
  saved: Place | null;
}

export interface Placed extends Rect {
  /** Too little room for the panel: show the pill. */
  squeezed: boolean;
}

export const MARGIN = 8;
/** Space kept between the panel and the form it must not cover. */
export const GAP = 12;
/** Below this the panel shows only its pill. */
export const MIN_PANEL_HEIGHT = 120;
export const PILL = { w: 260, h: 44 };

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

const clampTo = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

export function fromPlace(place: Place, w: number, h: number, vw: number, vh: number): Rect {
  const x = place.right ? vw - w - place.dx : place.dx;
  const y = place.bottom ? vh - h - place.dy : place.dy;
  return { x: clampTo(x, 0, vw - w), y: clampTo(y, 0, vh - h), w, h };
}

export function toPlace(r: Rect, vw: number, vh: number): Place {
  const right = r.x + r.w / 2 > vw / 2;
  const bottom = r.y + r.h / 2 > vh / 2;
  return { right, bottom, dx: Math.round(right ? vw - r.x - r.w : r.x), dy: Math.round(bottom ? vh - r.y - r.h : r.y) };
}

export function placePanel({ vw, vh, want, target, saved }: PlaceInput): Placed {
  const w = Math.min(want.w, vw - 2 * MARGIN);
  const h = Math.min(want.h, vh - 2 * MARGIN);
  const corner = (right: boolean, bottom: boolean): Place => ({ right, bottom, dx: MARGIN, dy: MARGIN });
  // Not the top right unless the user put it there: Keep's prompt shows there, and a panel over it
  // would hide the save the guide leads to.
  const spots = [saved, corner(false, true), corner(true, true), corner(false, false)]
    .flatMap((p) => (p ? [fromPlace(p, w, h, vw, vh)] : []));
  const first = spots[0] as Rect;
  if (!target) return { ...first, squeezed: false };
  const keep = { x: target.x - GAP, y: target.y - GAP, w: target.w + 2 * GAP, h: target.h + 2 * GAP };
  const clear = spots.find((s) => overlap(s, keep) === 0);
  if (clear) return { ...clear, squeezed: false };
  // No clear corner: the taller band above or below the form, at the user's (or the first) left edge.
  const above = keep.y - MARGIN;
  const below = vh - MARGIN - (keep.y + keep.h);
  const room = Math.max(above, below);
  if (room >= Math.min(h, MIN_PANEL_HEIGHT)) {
    const hh = Math.min(h, room);
    return { x: first.x, y: below >= above ? vh - MARGIN - hh : MARGIN, w, h: hh, squeezed: false };
  }
  // Not even that: the pill, where it covers least.
  const pw = Math.min(PILL.w, vw - 2 * MARGIN);
  const pills = spots.map((s) => fromPlace(toPlace(s, vw, vh), pw, PILL.h, vw, vh));
  const least = pills.reduce((a, b) => (overlap(b, keep) < overlap(a, keep) ? b : a));
  return { ...least, squeezed: true };
}
