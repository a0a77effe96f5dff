// Runs in: content script. The values of a submitted form, by role, as `keep/submit` carries them
// (keep/core/capture.ts): only visible fields, only values typed by the user or filled by us;
// anything else is null. The background filters the values again (keep/core/clean.ts).
import type { CapturedValue, Submission } from '../core/capture';
import type { FieldRole } from '../../detect/core/model';
import type { VisibilityCheck } from '../../detect/content/visibility';
import type { Provenance } from './provenance';
import type { SubmittedForm } from './submitted-form';

const USERNAME: readonly FieldRole[] = ['username', 'email', 'phone'];

export function submissionOf(form: SubmittedForm, provenance: Provenance, visible: VisibilityCheck): Submission | null {
  // A code form's only value is the code: it must never leave the page (value-filters.ts).
  if (form.formClass === 'verification-code' || form.formClass === 'none') return null;
  const valueOf = (roles: readonly FieldRole[]): CapturedValue | null => {
    for (const { el, role } of form.fields) {
      if (!roles.includes(role) || !(el instanceof HTMLInputElement) || el.value === '' || !visible(el).visible) continue;
      const source = provenance.sourceOf(el);
      if (source) return { value: el.value, source };
    }
    return null;
  };
  const submission: Submission = {
    formKey: form.key,
    formClass: form.formClass,
    username: valueOf(USERNAME),
    currentPassword: valueOf(['current-password']),
    newPassword: valueOf(['new-password']),
    confirmPassword: valueOf(['confirm-password']),
  };
  const { username, currentPassword, newPassword, confirmPassword } = submission;
  return username || currentPassword || newPassword || confirmPassword ? submission : null;
}
