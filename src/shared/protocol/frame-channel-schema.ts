// Runs anywhere. The messages of the frame channel (frame-channel.ts) as one declared union each
// way: the types both ends use come from here, and the guards both ends check with are held to
// these schemas by a unit test. Only types leave this file for the content script, whose budget
// has no room for zod.
import * as z from 'zod/mini';
import { PointAt } from '../../guide/core/recipes/point-at-schema';

const Box = { x: z.number(), y: z.number(), w: z.number(), h: z.number() };

export const FromFrame = z.discriminatedUnion('t', [
  z.object({ t: z.literal('size'), height: z.number() }),
  /** Asked after a click, before it decides: has our frame stayed put since `sinceMs` ago? */
  z.object({ t: z.literal('check'), id: z.number(), sinceMs: z.number() }),
  z.object({ t: z.literal('close') }),
  /** The guide: outline the first of these on the page (guide/content/pointer.ts); none hides it. */
  z.object({ t: z.literal('point'), at: z.array(PointAt) }),
  /** The guide: where it puts itself in the window (guide/core/placement.ts); the host keeps it inside. */
  z.object({ t: z.literal('place'), ...Box }),
]);
export type FromFrame = z.infer<typeof FromFrame>;

/** A box in the shop's window, in CSS pixels from its top left. */
export const ViewBox = z.object(Box);
export type ViewBox = z.infer<typeof ViewBox>;

export const ToFrame = z.discriminatedUnion('t', [
  z.object({ t: z.literal('verdict'), id: z.number(), ok: z.boolean() }),
  /** The shop's window size and the box the guide must keep clear of (the element pointed at). */
  z.object({ t: z.literal('view'), vw: z.number(), vh: z.number(), target: z.nullable(ViewBox) }),
]);
export type ToFrame = z.infer<typeof ToFrame>;
