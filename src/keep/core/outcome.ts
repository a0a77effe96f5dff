// Runs anywhere. "Did it work?" decided before any prompt (DESIGN.md job 3), from what happened
// after the submit. Prompting after a failed login is the bug users report most (Firefox,
// fenix #8115), so `failure` wins over `success` and anything ambiguous stays `unknown`.
import type { FormClass } from '../../detect/core/model';
import type { CaptureClass } from './capture';
import type { Observation } from './observation';

export type Outcome = 'success' | 'failure' | 'unknown';

export interface OutcomeDecision {
  outcome: Outcome;
  /** The rule that decided, for debugging and test messages. */
  reason: string;
}

/**
 * After a navigation, the new page's report normally follows within a second. Past this, a page
 * that never reported (no content script there, or a download) counts as having moved on.
 */
export const REPORT_GRACE_MS = 5_000;

const isHttpError = (status: number | null) => status !== null && status >= 400;

// Forms that come back after a successful submit look like themselves only for change and reset
// pages (Chrome: a change form that comes back with empty fields and a success message worked).
const CHANGES: readonly CaptureClass[] = ['change-password', 'set-new-password'];

/** How the form seen after the submit reads for a submit of class `submitted`. */
function judgeForm(submitted: CaptureClass, shown: FormClass, signals: readonly string[], cleared: boolean, newDocument: boolean): OutcomeDecision | null {
  const same = shown === submitted;
  if (signals.includes('error-message') && (same || shown === 'login')) return { outcome: 'failure', reason: 'error message by the form' };
  if (signals.includes('success-message') && CHANGES.includes(submitted) && (!same || cleared)) {
    return { outcome: 'success', reason: 'success message after a change' };
  }
  if (!same) return { outcome: 'success', reason: `moved on to ${shown}` };
  // The same login or sign-up form on a fresh page: the site sent the user back (Chrome's rule).
  if (newDocument && (submitted === 'login' || submitted === 'signup')) return { outcome: 'failure', reason: 'same form after reload' };
  return null;
}

// A navigation and the new page's own evidence can carry the same millisecond (the background
// times each message as it comes): the navigation comes first, or it would reset the new page's
// load status it precedes.
const navigationFirst = (o: Observation) => (o.kind === 'navigated' ? 0 : 1);

export function decideOutcome(submitted: CaptureClass, capturedAt: number, observations: readonly Observation[], now: number): OutcomeDecision {
  const after = observations.filter((o) => o.at >= capturedAt).sort((a, b) => a.at - b.at || navigationFirst(a) - navigationFirst(b));
  for (const o of after) {
    if ((o.kind === 'request' || o.kind === 'load') && isHttpError(o.status)) return { outcome: 'failure', reason: `HTTP ${o.status}` };
  }
  let navigatedAt: number | null = null;
  let loaded = false;
  let verdict: OutcomeDecision | null = null;
  // The latest decisive evidence wins: a form that vanished and came back with an error failed.
  for (const o of after) {
    if (o.kind === 'navigated') {
      navigatedAt = o.at;
      loaded = false;
      verdict = null;
    } else if (o.kind === 'load') {
      loaded = true;
    } else if (o.kind === 'form-gone') {
      verdict = { outcome: 'success', reason: 'form gone' };
    } else if (o.kind === 'page' && navigatedAt !== null) {
      verdict = judgeForm(submitted, o.pageClass, o.signals, true, true) ?? verdict;
    } else if (o.kind === 'form-shown') {
      verdict = judgeForm(submitted, o.formClass, o.signals, o.cleared, false) ?? verdict;
    }
  }
  // The new page's HTTP status (a 401 dressed as an account page) comes from its content script
  // just after its report: success waits for it, for the grace period at most.
  if (verdict?.outcome === 'success' && navigatedAt !== null && !loaded && now - navigatedAt < REPORT_GRACE_MS) {
    return { outcome: 'unknown', reason: 'waiting for the new page\'s status' };
  }
  if (verdict) return verdict;
  if (navigatedAt !== null && now - navigatedAt >= REPORT_GRACE_MS) return { outcome: 'success', reason: 'navigated, no form reported' };
  return { outcome: 'unknown', reason: navigatedAt === null ? 'no evidence yet' : 'waiting for the next page' };
}
