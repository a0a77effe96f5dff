// Runs anywhere. The private line between our framed page (the in-page prompt or guide) and the
// content script hosting it: a MessagePort handed to the frame with a nonce only the frame's URL
// carries (inpage/content/frame-host.ts, inpage/ui/parent-link.ts). Nobody else should be able to
// post on the port, but each end still checks every message against the declared union
// (frame-channel-schema.ts) before acting on it: a port is a boundary like any other, and a
// message of the wrong shape (a stale page after an update, a bug on the other end) must be
// dropped, not half-read. The guards are hand-written, as the content script's others are
// (content-guards.ts), so zod stays out of the content script's budget.
import { isPointAt } from '../../guide/core/recipes/point-at-guard';
import { arrayGuard, nullableGuard, objectGuard, unionGuard, type Guard } from './guard';
import type { FromFrame, ToFrame, ViewBox } from './frame-channel-schema';

export type { FromFrame, ToFrame, ViewBox } from './frame-channel-schema';

/**
 * How long a decisive control must have been fully visible, unobstructed and in the same place,
 * without a break, up to and including the click. Long enough that a page cannot uncover or move
 * our UI under a click already on its way (a click takes ~100 ms from mousedown; the browser's
 * visibility answer comes at most every VISIBILITY_DELAY_MS), short enough that a user who reads
 * and then clicks never notices.
 */
export const MIN_VISIBLE_MS = 500;

const box = { x: 'number', y: 'number', w: 'number', h: 'number' } as const;

/** What the host (the content script) accepts from the frame. */
export const readFromFrame: Guard<FromFrame> = unionGuard<FromFrame>('t', {
  size: objectGuard({ t: ['size'], height: 'number' }),
  check: objectGuard({ t: ['check'], id: 'number', sinceMs: 'number' }),
  close: objectGuard({ t: ['close'] }),
  point: objectGuard({ t: ['point'], at: arrayGuard(isPointAt) }),
  place: objectGuard({ t: ['place'], ...box }),
});

const isViewBox: Guard<ViewBox> = objectGuard(box);

/** What the frame accepts from its host. */
export const readToFrame: Guard<ToFrame> = unionGuard<ToFrame>('t', {
  verdict: objectGuard({ t: ['verdict'], id: 'number', ok: 'boolean' }),
  view: objectGuard({ t: ['view'], vw: 'number', vh: 'number', target: nullableGuard(isViewBox) }),
});
