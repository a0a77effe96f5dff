// Runs anywhere. What the background asks Chrome's offscreen document, and its answer: the third
// conversation of the protocol, beside messages.ts (to the background) and commands.ts (to a tab).
import * as z from 'zod/mini';

export const OffscreenRequest = z.object({ offscreen: z.enum(['clear-clipboard']) });
export type OffscreenRequest = z.infer<typeof OffscreenRequest>;
export type OffscreenKind = OffscreenRequest['offscreen'];

/** Whether the request was carried out. */
export const OffscreenReply = z.boolean();
