// Runs anywhere. What a content script reports when a credential form is submitted (DESIGN.md,
// job 3 "Keep"), and the capture the background keeps from it. The submission crosses the
// message boundary from a web page's content script, so it carries no URL, origin, tab or time:
// the background takes those from the MessageSender and its own clock (STYLE.md: check who is
// speaking).
import * as z from 'zod/mini';

/** The detected class of the submitted form (detect/core/model.ts FormClass without `none`). */
export const CaptureClass = z.enum([
  'login',
  'signup',
  'change-password',
  'forgot-password',
  'verification-code',
  'set-new-password',
]);
export type CaptureClass = z.infer<typeof CaptureClass>;

/**
 * How a value got into its field. Only values the user typed or we put there are captured at all
 * (a value a page script wrote is not the user's); `generated` is a password we generated and
 * filled, which is saved even if the prompt is lost.
 */
export const ValueSource = z.enum(['typed', 'filled', 'generated']);
export type ValueSource = z.infer<typeof ValueSource>;

export const CapturedValue = z.object({
  value: z.string().check(z.maxLength(4096)),
  source: ValueSource,
});
export type CapturedValue = z.infer<typeof CapturedValue>;

/**
 * Sent by the content script on submit (`keep/submit`). Absent fields are null. Strict: a field
 * this schema does not name (a URL, a tab) is a claim, and the message is refused.
 */
export const Submission = z.strictObject({
  /** FormReport.key of the submitted form, so later observations can name it. */
  formKey: z.string().check(z.maxLength(200)),
  formClass: CaptureClass,
  /** Username, email or phone as typed (the account identifier). */
  username: z.nullable(CapturedValue),
  currentPassword: z.nullable(CapturedValue),
  newPassword: z.nullable(CapturedValue),
  confirmPassword: z.nullable(CapturedValue),
});
export type Submission = z.infer<typeof Submission>;

/** A submission as the background keeps it: cleaned values plus sender-derived facts. */
export const Capture = z.object({
  id: z.string(),
  tabId: z.number(),
  /** The sender's document URL and origin (never the page's claim). */
  url: z.string(),
  origin: z.string(),
  /** The sender's document id, where the browser gives one that names the sender's own (DocumentRef). */
  documentId: z.optional(z.string()),
  formKey: z.string(),
  formClass: CaptureClass,
  username: z.nullable(z.string()),
  currentPassword: z.nullable(z.string()),
  newPassword: z.nullable(z.string()),
  /** The new password was one we generated and filled. */
  generated: z.boolean(),
  /** Background clock, epoch milliseconds. */
  at: z.number(),
});
export type Capture = z.infer<typeof Capture>;

/** The password a successful submit proves or sets: the new one when there is one. */
export const submittedPassword = (capture: Capture): string | null => capture.newPassword ?? capture.currentPassword;
