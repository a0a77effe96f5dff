import { describe, expect, it } from 'vitest';
import type { FormClass } from '../../../src/detect/core/model';
import type { CaptureClass } from '../../../src/keep/core/capture';
import type { Observation } from '../../../src/keep/core/observation';
import { decideOutcome, REPORT_GRACE_MS } from '../../../src/keep/core/outcome';
import { T0 } from './fixtures';

const at = (ms: number) => T0 + ms;
const navigated: Observation = { kind: 'navigated', at: at(100) };
/** The new document's own status report (keep/content/capture-feature.ts), 200 OK. */
const loaded: Observation = { kind: 'load', at: at(250), status: 200 };
const page = (pageClass: FormClass, signals: ('error-message' | 'success-message')[] = []): Observation =>
  ({ kind: 'page', at: at(200), pageClass, signals });
const shown = (formClass: CaptureClass, cleared: boolean, signals: ('error-message' | 'success-message')[] = [], ms = 300): Observation =>
  ({ kind: 'form-shown', at: at(ms), formClass, cleared, signals });

describe('decideOutcome', () => {
  it.each<[string, CaptureClass, Observation[], string]>([
    ['nothing seen yet', 'login', [], 'unknown'],
    ['navigated, next page not reported yet', 'login', [navigated], 'unknown'],
    ['navigated to a page without a login form', 'login', [navigated, page('none'), loaded], 'success'],
    ['the new page\'s status noted in the same millisecond as, and before, its navigation', 'login',
      [{ kind: 'load', at: at(100), status: 200 }, navigated, { kind: 'page', at: at(100), pageClass: 'none', signals: [] }], 'success'],
    ['the login form gone in an SPA', 'login', [{ kind: 'form-gone', at: at(50) }], 'success'],
    ['the same login form back after a reload', 'login', [navigated, page('login')], 'failure'],
    ['the same login form back with an error', 'login', [navigated, page('login', ['error-message'])], 'failure'],
    ['an HTTP 401 page', 'login', [navigated, { kind: 'load', at: at(150), status: 401 }, page('none')], 'failure'],
    ['the form request answered 403', 'login', [{ kind: 'request', at: at(20), status: 403 }, { kind: 'form-gone', at: at(50) }], 'failure'],
    ['an SPA error message by the form', 'login', [shown('login', false, ['error-message'])], 'failure'],
    ['the form gone, then back with an error', 'login', [{ kind: 'form-gone', at: at(50) }, shown('login', false, ['error-message'])], 'failure'],
    ['the SPA login form shown again without a message', 'login', [shown('login', false)], 'unknown'],
    ['a change form back cleared with a success message', 'change-password', [shown('change-password', true, ['success-message'])], 'success'],
    ['a change form back, not cleared, with a success message', 'change-password', [shown('change-password', false, ['success-message'])], 'unknown'],
    ['a change form back cleared, no message', 'change-password', [shown('change-password', true)], 'unknown'],
    ['a change form back with an error', 'change-password', [shown('change-password', false, ['error-message'])], 'failure'],
    ['a reset page, then the sign-in page', 'set-new-password', [navigated, page('login'), loaded], 'success'],
    ['a reset page reloaded with an error', 'set-new-password', [navigated, page('set-new-password', ['error-message'])], 'failure'],
    ['a reset page that says it worked', 'set-new-password', [navigated, page('set-new-password', ['success-message']), loaded], 'success'],
    ['sign-up moved on to the account page', 'signup', [navigated, page('none'), loaded], 'success'],
    ['the login step moved on to the password step', 'login', [shown('login', true, [], 300)], 'unknown'],
  ])('%s: %s -> %s', (_name, submitted, observations, expected) => {
    expect(decideOutcome(submitted, T0, observations, at(1000)).outcome).toBe(expected);
  });

  it('counts a navigation with no report as success once the grace has passed', () => {
    expect(decideOutcome('login', T0, [navigated], at(100 + REPORT_GRACE_MS - 1)).outcome).toBe('unknown');
    expect(decideOutcome('login', T0, [navigated], at(100 + REPORT_GRACE_MS))).toEqual({ outcome: 'success', reason: 'navigated, no form reported' });
  });

  it('waits for the new page\'s own status before a success: its report can overtake a 401', () => {
    expect(decideOutcome('login', T0, [navigated, page('none')], at(1000))).toEqual({ outcome: 'unknown', reason: "waiting for the new page's status" });
    expect(decideOutcome('login', T0, [navigated, page('none'), { kind: 'load', at: at(300), status: 401 }], at(1000)).outcome).toBe('failure');
    // A page whose status never comes (no content script there) still counts once the grace has passed.
    expect(decideOutcome('login', T0, [navigated, page('none')], at(100 + REPORT_GRACE_MS)).outcome).toBe('success');
  });

  it('ignores evidence from before the submit', () => {
    expect(decideOutcome('login', T0, [{ kind: 'load', at: T0 - 1, status: 500 }, { kind: 'form-gone', at: at(10) }], at(20)).outcome).toBe('success');
  });

  it('lets an HTTP error win over later success evidence', () => {
    expect(decideOutcome('login', T0, [{ kind: 'load', at: at(10), status: 500 }, { kind: 'form-gone', at: at(20) }], at(30)).outcome).toBe('failure');
  });

  it('says why', () => {
    expect(decideOutcome('login', T0, [navigated, page('login', ['error-message'])], at(1000)).reason).toBe('error message by the form');
  });
});
