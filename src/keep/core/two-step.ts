// Runs anywhere. Two-step logins (email page, then password page, as Google and many shops do):
// the username typed on step one joins the password typed on step two, when both were typed on
// the same site within a few minutes (identity.ts keeps step one).
import type { Capture } from './capture';
import { recall, type Identity } from './identity';

/** True for step one: a login form submitted with a username and no password yet. */
export const isLoginStepOne = (capture: Capture): boolean =>
  capture.formClass === 'login' && capture.username !== null && capture.currentPassword === null && capture.newPassword === null;

/** The capture with step one's username when it has none of its own. */
export function withStepOne(capture: Capture, identities: readonly Identity[], now: number): Capture {
  if (capture.formClass !== 'login' || capture.username !== null) return capture;
  const step = recall(identities, 'login-step', capture.url, now);
  return step ? { ...capture, username: step.username } : capture;
}
