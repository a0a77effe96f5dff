// Runs anywhere. What a content script sends on a submit (`keep/submit`): the page as the submit
// found it and the values of the forms it may have come from, in ONE message sent in the submit's
// own event. The background classifies the snapshot and picks the form and its values by role
// (`pickSubmission`): a page that navigates right after a submit cannot lose it to a round trip,
// and the classes are those of the form exactly as it was submitted (filled), never an answer for
// another state of it.
import * as z from 'zod/mini';
import { FieldRole, type FormReport } from '../../detect/core/model';
import { DEFAULT_LIMITS } from '../../detect/core/limits';
import { PageSnapshot } from '../../detect/core/snapshot-schema';
import { CapturedValue, type CaptureClass, type Submission } from './capture';

/** The forms a submit may name: the one holding its target, then the one typed in last (submitted-form.ts). */
export const MAX_SUBMIT_CANDIDATES = 2;

export const SubmittedForm = z.strictObject({
  /** FormSnapshot.key of one of the snapshot's forms. */
  formKey: z.string().check(z.maxLength(DEFAULT_LIMITS.maxText)),
  /** Per field of that form, in the snapshot's order: the value that may be captured, or null. */
  values: z.array(z.nullable(CapturedValue)).check(z.maxLength(DEFAULT_LIMITS.maxFieldsPerForm)),
});
export type SubmittedForm = z.infer<typeof SubmittedForm>;

export const SubmitRequest = z.strictObject({
  snapshot: PageSnapshot,
  /** Most likely first; the first that is a credential form is the submitted one. */
  forms: z.array(SubmittedForm).check(z.minLength(1), z.maxLength(MAX_SUBMIT_CANDIDATES)),
});
export type SubmitRequest = z.infer<typeof SubmitRequest>;

/**
 * The reply: whether a capture was kept, and the submitted form's key and field roles (null when
 * nothing was sent): the content script follows what becomes of that form (follow.ts).
 */
export const SubmitReply = z.object({
  kept: z.boolean(),
  form: z.nullable(z.object({ key: z.string(), fields: z.array(z.object({ index: z.number(), role: FieldRole })) })),
});
export type SubmitReply = z.infer<typeof SubmitReply>;

const USERNAME: readonly FieldRole[] = ['username', 'email', 'phone'];

/**
 * The submitted form among `forms` (the snapshot's, classified) and its values by role, or null
 * when none of the candidates is a credential form. `submission` is null when the form has
 * nothing to send: a code form's only value is the code, which is never kept (value-filters.ts).
 */
export function pickSubmission(classified: readonly FormReport[], forms: readonly SubmittedForm[]): { form: FormReport; submission: Submission | null } | null {
  for (const { formKey, values } of forms) {
    const form = classified.find((f) => f.key === formKey);
    if (!form || form.class === 'none') continue;
    return { form, submission: submissionOf(form, form.class, values) };
  }
  return null;
}

function submissionOf(form: FormReport, formClass: CaptureClass, values: SubmittedForm['values']): Submission | null {
  if (formClass === 'verification-code') return null;
  const valueOf = (roles: readonly FieldRole[]): CapturedValue | null => {
    for (const { index, role } of form.fields) {
      const value = roles.includes(role) ? values[index] : null;
      if (value) return value;
    }
    return null;
  };
  const submission: Submission = {
    formKey: form.key,
    formClass,
    username: valueOf(USERNAME),
    currentPassword: valueOf(['current-password']),
    newPassword: valueOf(['new-password']),
    confirmPassword: valueOf(['confirm-password']),
  };
  const { username, currentPassword, newPassword, confirmPassword } = submission;
  return username || currentPassword || newPassword || confirmPassword ? submission : null;
}
