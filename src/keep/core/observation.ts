// Runs anywhere. What happened in a tab after a submit, as evidence for "did it work?"
// (outcome.ts). The content script reports what it sees in the page (`keep/observe`); the
// background adds what it learns itself: a new document's hello, its detection report, and (where
// the permission exists) the HTTP status of the form's request.
import * as z from 'zod/mini';
import { FormClass, PageSignalKind } from '../../detect/core/model';

/** Sent by a content script. The background stamps the time on receipt. Strict, like a submission. */
export const PageObservation = z.union([
  /** The submitted form, or its password field, was removed or hidden without a navigation (SPA). */
  z.strictObject({ kind: z.literal('form-gone'), formKey: z.string().check(z.maxLength(200)) }),
  /**
   * After a submit, the page shows a credential form again (the same one, re-rendered, or the
   * next step) in the same document: its class, whether its fields are empty, and the signals
   * around it (an error or a success message).
   */
  z.strictObject({
    kind: z.literal('form-shown'),
    formKey: z.string().check(z.maxLength(200)),
    formClass: FormClass,
    cleared: z.boolean(),
    signals: z.array(PageSignalKind).check(z.maxLength(10)),
  }),
  /** A new document loaded; its HTTP status when the page can tell (Navigation Timing). */
  z.strictObject({ kind: z.literal('load'), status: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(999))) }),
]);
export type PageObservation = z.infer<typeof PageObservation>;

/** Evidence as kept with a capture. */
export const Observation = z.union([
  z.object({ kind: z.literal('form-gone'), at: z.number() }),
  z.object({ kind: z.literal('form-shown'), at: z.number(), formClass: FormClass, cleared: z.boolean(), signals: z.array(PageSignalKind) }),
  /** The tab's top frame said hello from a new document (background, from `content/hello`). */
  z.object({ kind: z.literal('navigated'), at: z.number() }),
  z.object({ kind: z.literal('load'), at: z.number(), status: z.nullable(z.number()) }),
  /** The new document's detection report (background, from `page/report` after a navigation). */
  z.object({ kind: z.literal('page'), at: z.number(), pageClass: FormClass, signals: z.array(PageSignalKind) }),
  /** HTTP status of the form's own request (webRequest, where available). */
  z.object({ kind: z.literal('request'), at: z.number(), status: z.number() }),
]);
export type Observation = z.infer<typeof Observation>;
