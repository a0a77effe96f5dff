// Runs anywhere. A content script's submission becomes a capture only after every value passed
// the filters (value-filters.ts): what is refused is dropped here, once, so nothing later can
// offer to save it.
import type { Capture, CapturedValue, Submission } from './capture';
import { refusePassword, refuseUsername } from './value-filters';

/** What the background knows about the submission from the sender and its own clock. */
export interface SubmissionFacts {
  id: string;
  tabId: number;
  url: string;
  origin: string;
  documentId?: string;
  at: number;
}

// A field that held something other than the user's password (a mask, a code, a card number):
// the whole submission is suspect, its username alone is not a first login step.
const refusedNonEmpty = (field: CapturedValue | null) => field !== null && field.value !== '' && refusePassword(field.value) !== null;

const password = (field: CapturedValue | null) => (field && refusePassword(field.value) === null ? field.value : null);
const username = (field: CapturedValue | null) => (field && refuseUsername(field.value) === null ? field.value.trim() : null);

/** The capture to keep, or null when nothing in the submission may be kept. */
export function cleanSubmission(submission: Submission, facts: SubmissionFacts): Capture | null {
  const { formClass } = submission;
  // A code form carries nothing worth keeping, and its code must never reach the vault.
  if (formClass === 'verification-code') return null;
  const user = username(submission.username);
  // A forgot-password step is kept only for the identity typed on it (the later reset page has none).
  if (formClass === 'forgot-password') {
    return user === null ? null : { ...facts, formKey: submission.formKey, formClass, username: user, currentPassword: null, newPassword: null, generated: false };
  }
  if ([submission.currentPassword, submission.newPassword, submission.confirmPassword].some(refusedNonEmpty)) return null;
  const current = password(submission.currentPassword);
  let next = password(submission.newPassword);
  // New and confirm that differ: the site will refuse the form, and keeping either risks a typo.
  if (next !== null && submission.confirmPassword && submission.confirmPassword.value !== submission.newPassword?.value) return null;
  // A confirm field alone (some sign-up forms label both fields "new") still names the password.
  if (next === null && submission.newPassword === null) next = password(submission.confirmPassword);
  if (next !== null && next === current) next = null;
  if (user === null && current === null && next === null) return null;
  return {
    ...facts,
    formKey: submission.formKey,
    formClass,
    username: user,
    currentPassword: current,
    newPassword: next,
    generated: next !== null && submission.newPassword?.source === 'generated',
  };
}
