// Runs anywhere. Commands the background sends to a tab's content script (the other direction of
// the protocol), in one table with the reply each expects. Only the background (or a page of
// ours) can reach a content script this way, and the content script still checks the sender and
// the command (with the guards of content-guards.ts, typed against this table).
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
   * script answers a GeneratedFillOutcome (below) and Keep saves it at once.
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
 * What the content script answers a `fill-generated` command with: the fill's outcome and the
 * username the user typed (or we filled) in the same form, to save the generated password under.
 */
export const GeneratedFillOutcome = z.object({
  filled: z.boolean(),
  reason: FillReason,
  username: z.nullable(z.string().check(z.maxLength(1024))),
});
export type GeneratedFillOutcome = z.infer<typeof GeneratedFillOutcome>;

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

/**
 * Every command a tab's top frame answers, by kind, with its reply schema (null: the content
 * script answers nothing; the background does not wait for it).
 */
export const TAB_COMMANDS = {
  fill: { request: FillCommand, reply: FillOutcome },
  'fill-generated': { request: FillCommand, reply: GeneratedFillOutcome },
  'keep-prompt': { request: PromptCommand, reply: null },
  'guide-panel': { request: GuideCommand, reply: null },
} as const;

export type TabCommandKind = keyof typeof TAB_COMMANDS;
/** A command of kind K (the fill commands share one schema, each with its own kind). */
export type TabCommandOf<K extends TabCommandKind> = Omit<z.infer<(typeof TAB_COMMANDS)[K]['request']>, 'kind'> & { kind: K };
/** Any command of the table. */
export type TabCommand = { [K in TabCommandKind]: TabCommandOf<K> }[TabCommandKind];
export type TabReplyOf<K extends TabCommandKind> = (typeof TAB_COMMANDS)[K]['reply'] extends z.ZodMiniType<infer R> ? R : void;
