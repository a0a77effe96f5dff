// Runs anywhere. Commands the background sends to a tab's content script (the other direction of
// the protocol). Only the background (or a page of ours) can reach a content script this way, and
// the content script still checks the sender and parses the command.
import * as z from 'zod/mini';

export const FillReason = z.enum([
  'filled',
  'locked', // the vault is locked
  'no-page', // Latchkey has not seen this tab's page (no content script there)
  'not-matching', // the entry does not belong on this page (site, subdomain in exact mode, port)
  'insecure-page', // an https entry on an http page
  'page-changed', // the tab moved to another origin since the background looked
  'frame-refused', // not the top frame, or a sandboxed document
  'no-login-form', // no visible login field to fill
  'unreachable', // the content script did not answer
]);
export type FillReason = z.infer<typeof FillReason>;

export const FillCommand = z.object({
  /**
   * `fill-generated`: a password we generated, for the page's new-password fields; the content
   * script answers a GeneratedFillOutcome (keep/core/generated-fill.ts) and Keep saves it at once.
   * (An enum, not an optional flag: zod's optional would add 1.6 KB to the content script.)
   */
  kind: z.enum(['fill', 'fill-generated']),
  username: z.string(),
  password: z.string(),
  /** The page URL the background matched the entry against; the content script re-checks it. */
  pageUrl: z.string(),
});
export type FillCommand = z.infer<typeof FillCommand>;

export const FillOutcome = z.object({ filled: z.boolean(), reason: FillReason });
export type FillOutcome = z.infer<typeof FillOutcome>;

/**
 * Keep: the tab has a save/update offer for the site its top frame shows; the content
 * script hosts the in-page prompt, which asks the background for the offer itself (the command
 * carries nothing: no username, no password, so a forged one could only open an empty prompt).
 */
export const PromptCommand = z.object({ kind: z.literal('keep-prompt') });
export type PromptCommand = z.infer<typeof PromptCommand>;

/**
 * The guide: the page the tab shows belongs to a guided site; the content script hosts
 * the guide page, which asks the background for the guide itself (nothing rides on the command).
 */
export const GuideCommand = z.object({ kind: z.literal('guide-panel') });
export type GuideCommand = z.infer<typeof GuideCommand>;
