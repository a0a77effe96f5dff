// `keep/submit` as a content script sends it, for tests that speak of the submission the background
// should read: the page with one form whose fields carry the submission's values, each field named
// by its autocomplete token. Checked against the classifier here, so a test that submits a
// change-password form sends a page the background reads as one.
import { classifyPage } from '../../../src/detect/core/classify';
import type { FieldSnapshot, FormSnapshot } from '../../../src/detect/core/snapshot-types';
import type { CapturedValue, Submission } from '../../../src/keep/core/capture';
import type { SubmitRequest } from '../../../src/keep/core/submit-request';

const HEADINGS: Record<Submission['formClass'], string> = {
  login: 'Sign in', signup: 'Create your account', 'change-password': 'Change password', 'forgot-password': 'Forgot your password?',
  'verification-code': 'Enter the code we sent you', 'set-new-password': 'Set a new password',
};

const field = (type: string, autocomplete: string, label: string, value: CapturedValue | null): FieldSnapshot => ({
  tag: 'input', type, name: autocomplete, id: autocomplete, autocomplete: [autocomplete], placeholder: '', ariaLabel: '', label, className: '',
  maxLength: -1, minLength: -1, inputMode: '', pattern: '', valueLength: value?.value.length ?? 0, visible: true, readOnly: false, disabled: false,
});

export function submitOf(url: string, submission: Submission): SubmitRequest {
  const { formKey, formClass, username, currentPassword, newPassword, confirmPassword } = submission;
  const step = formClass === 'login' && !currentPassword;
  const fields: [FieldSnapshot, CapturedValue | null][] = [];
  if (username || formClass === 'login' || formClass === 'forgot-password') fields.push([field('email', formClass === 'forgot-password' ? 'email' : 'username', 'Email', username), username]);
  if (currentPassword || (formClass === 'login' && !step) || formClass === 'change-password') fields.push([field('password', 'current-password', 'Password', currentPassword), currentPassword]);
  if (newPassword || formClass === 'change-password' || formClass === 'set-new-password' || formClass === 'signup') fields.push([field('password', 'new-password', 'New password', newPassword), newPassword]);
  if (confirmPassword) fields.push([field('password', 'new-password', 'Confirm new password', confirmPassword), confirmPassword]);
  const heading = HEADINGS[formClass];
  const form: FormSnapshot = {
    key: formKey, host: 'document', isFormElement: true, visible: true, area: 60_000, order: 0, top: 100, id: formKey, name: '', className: '', action: '',
    fields: fields.map(([f]) => f), buttons: [step ? 'Next' : heading], headings: [heading], links: [], text: heading, truncated: false,
    ...(newPassword && confirmPassword ? { passwordsEqual: newPassword.value === confirmPassword.value } : {}),
  };
  const snapshot = { url, title: '', headings: [], forms: [form], links: [], messages: [], captchaHints: [] };
  const classified = classifyPage(snapshot).forms[0]?.class;
  if (URL.canParse(url) && classified !== formClass) throw new Error(`the sample ${formClass} form classifies as ${classified}`);
  return { snapshot, forms: [{ formKey, values: fields.map(([, v]) => v) }] };
}
