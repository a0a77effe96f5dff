// Runs in: content script. The values of a submitted form, by role, as `keep/submit` carries them
// (keep/core/capture.ts): only visible fields, only values typed by the user or filled by us;
// anything else is null. The background filters the values again (keep/core/clean.ts).
import type { CapturedValue, Submission } from '../core/capture';
import type { FieldRole } from '../../detect/core/model';
import type { FieldElement } from '../../detect/content/field-snapshot';
import type { VisibilityCheck } from '../../detect/content/visibility';
import type { Provenance } from './provenance';
import type { SubmittedForm } from './submitted-form';

const USERNAME: readonly FieldRole[] = ['username', 'email', 'phone'];

/** A field's value that may be captured (visible, typed by the user or filled by us), or null. */
export type ReadField = (el: FieldElement) => CapturedValue | null;

/** Reads each field as it is now. */
export function liveFields(provenance: Pick<Provenance, 'sourceOf'>, visible: VisibilityCheck): ReadField {
  return (el) => {
    if (!(el instanceof HTMLInputElement) || el.value === '' || !visible(el).visible) return null;
    const source = provenance.sourceOf(el);
    return source ? { value: el.value, source } : null;
  };
}

/**
 * Reads `fields` now and answers those readings later: a page may clear or hide its fields right
 * after a submit, before the form's classification comes back from the background. Other fields
 * are read when asked.
 */
export function frozenFields(fields: Iterable<FieldElement>, read: ReadField): ReadField {
  const frozen = new Map<FieldElement, CapturedValue | null>();
  for (const el of fields) frozen.set(el, read(el));
  return (el) => (frozen.has(el) ? (frozen.get(el) ?? null) : read(el));
}

export function submissionOf(form: SubmittedForm, read: ReadField): Submission | null {
  // A code form's only value is the code: it must never leave the page (value-filters.ts).
  if (form.formClass === 'verification-code' || form.formClass === 'none') return null;
  const valueOf = (roles: readonly FieldRole[]): CapturedValue | null => {
    for (const { el, role } of form.fields) {
      if (!roles.includes(role)) continue;
      const value = read(el);
      if (value) return value;
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
