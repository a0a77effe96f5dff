// Runs anywhere. The private line between our framed page (the in-page prompt or guide) and the
// content script hosting it: a MessagePort handed to the frame with a nonce only the frame's URL
// carries (inpage/content/frame-host.ts, inpage/ui/parent-link.ts). Nobody else can post on the
// port, so the shapes are types, not schemas (and zod stays out of the content script's budget).
import type { PointAt } from '../../guide/core/recipes/point-at-schema';

/**
 * How long a decisive control must have been fully visible, unobstructed and in the same place,
 * without a break, up to and including the click. Long enough that a page cannot uncover or move
 * our UI under a click already on its way (a click takes ~100 ms from mousedown; the browser's
 * visibility answer comes at most every VISIBILITY_DELAY_MS), short enough that a user who reads
 * and then clicks never notices.
 */
export const MIN_VISIBLE_MS = 500;

export type FromFrame =
  | { t: 'size'; height: number }
  /** Asked after a click, before it decides: has our frame stayed put since `sinceMs` ago? */
  | { t: 'check'; id: number; sinceMs: number }
  | { t: 'close' }
  /** The guide: outline the first of these on the page (guide/content/pointer.ts); none hides it. */
  | { t: 'point'; at: readonly PointAt[] }
  /** The guide: where it puts itself in the window (guide/core/placement.ts); the host keeps it inside. */
  | { t: 'place'; x: number; y: number; w: number; h: number };

/** A box in the shop's window, in CSS pixels from its top left. */
export interface ViewBox { x: number; y: number; w: number; h: number }

export type ToFrame =
  | { t: 'verdict'; id: number; ok: boolean }
  /** The shop's window size and the box the guide must keep clear of (the element pointed at). */
  | { t: 'view'; vw: number; vh: number; target: ViewBox | null };
