// Runs anywhere. The replies a content script can receive, kept apart from the full protocol
// table so the content script (loaded into every page) bundles only these few schemas.
import * as z from 'zod/mini';

export const Hello = z.object({
  tabId: z.number(),
  frameId: z.number(),
  /** Whether the background considers this frame the top frame of the tab. */
  top: z.boolean(),
  /** Whether a guide follows the page's site (the content script then reads the page's texts). */
  guided: z.boolean(),
});

export const Stored = z.object({ stored: z.boolean() });

/** Answer to a Keep capture or observation: whether it was kept, and nothing about the vault. */
export const Kept = z.object({ kept: z.boolean() });

/** Reply schema of every message a content script may send (checked against `from` in a unit test). */
export const contentReplies = {
  'content/hello': Hello,
  'page/report': Stored,
  'keep/submit': Kept,
  'keep/observe': Kept,
} as const;
