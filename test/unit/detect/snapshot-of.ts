// A content script's report of a page of a given class, for the background's tests: the snapshot
// the content script would send for such a page (`page/report`), which the background classifies.
// Each is checked against the classifier here, so a test that asks for a login page gets one.
import { classifyPage } from '../../../src/detect/core/classify';
import type { ReportRequest } from '../../../src/detect/core/messages';
import type { FieldSnapshot, FormSnapshot, LinkSnapshot, PageSnapshot } from '../../../src/detect/core/snapshot-types';

const field = (type: string, autocomplete: string, label: string): FieldSnapshot => ({
  tag: 'input', type, name: autocomplete, id: autocomplete, autocomplete: [autocomplete], placeholder: '', ariaLabel: '', label, className: '',
  maxLength: -1, minLength: -1, inputMode: '', pattern: '', valueLength: 0, visible: true, readOnly: false, disabled: false,
});

const FIELDS: Record<string, { fields: FieldSnapshot[]; heading: string; button: string }> = {
  login: { fields: [field('email', 'username', 'Email'), field('password', 'current-password', 'Password')], heading: 'Sign in', button: 'Sign in' },
  'forgot-password': { fields: [field('email', 'email', 'Email')], heading: 'Forgot your password?', button: 'Send reset link' },
  'set-new-password': { fields: [field('password', 'new-password', 'New password'), field('password', 'new-password', 'Confirm new password')], heading: 'Set a new password', button: 'Save password' },
  'verification-code': { fields: [field('text', 'one-time-code', 'Verification code')], heading: 'Enter the code we sent you', button: 'Verify' },
};

const SIGNALS: Record<string, Partial<Pick<PageSnapshot, 'links' | 'messages' | 'captchaHints'>>> = {
  'error-message': { messages: ['Incorrect password. Please try again.'] },
  'success-message': { messages: ['Your password has been changed.'] },
  'forgot-password-link': { links: [{ text: 'Forgot password?', href: '/forgot' }] },
  'change-password-link': { links: [{ text: 'Change password', href: '/account/password' }] },
  captcha: { captchaHints: ['https://www.google.com/recaptcha/api2/anchor'] },
};

function form(pageClass: string, links: LinkSnapshot[]): FormSnapshot[] {
  const shape = FIELDS[pageClass];
  if (pageClass === 'none') return [];
  if (!shape) throw new Error(`no sample page of class ${pageClass}`);
  return [{
    key: 'document:0:form:f', host: 'document', isFormElement: true, visible: true, area: 60_000, order: 0, top: 100, id: 'f', name: '', className: '', action: '',
    fields: shape.fields, buttons: [shape.button], headings: [shape.heading], links: pageClass === 'login' ? links : [], text: shape.heading, truncated: false,
  }];
}

/** The snapshot of a page at `url` of `pageClass` with these signals (and visible texts, for a guided page). */
export function snapshotOf(url: string, pageClass: string, signals: readonly string[] = [], texts?: string[]): PageSnapshot {
  const extra = Object.assign({ links: [], messages: [], captchaHints: [] }, ...signals.map((s) => SIGNALS[s] ?? {})) as Pick<PageSnapshot, 'links' | 'messages' | 'captchaHints'>;
  const snapshot: PageSnapshot = { url, title: '', headings: [], forms: form(pageClass, extra.links), ...extra, ...(texts ? { texts } : {}) };
  // Only when the URL parses: a test may send a report of no page, which the background refuses first.
  if (URL.canParse(url)) {
    const classified = classifyPage(snapshot);
    const kinds = [...new Set(classified.signals.map((s) => s.kind))].sort();
    if (classified.pageClass !== pageClass || JSON.stringify(kinds) !== JSON.stringify([...signals].sort())) {
      throw new Error(`the sample ${pageClass} page ${JSON.stringify(signals)} classifies as ${classified.pageClass} ${JSON.stringify(kinds)}`);
    }
  }
  return snapshot;
}

let seq = 0;

/** `page/report` as a content script sends it: numbered in the order taken. */
export function reportOf(url: string, pageClass: string, signals: readonly string[] = [], texts?: string[]): ReportRequest {
  return { seq: ++seq, snapshot: snapshotOf(url, pageClass, signals, texts), ms: 1 };
}
