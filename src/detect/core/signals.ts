// Runs anywhere. Page signals from the texts the snapshot collected. Links are only signals when
// their own text says so (a "Forgot password?" link), messages when an alert/status element says
// so, and captcha hints come from widget iframes and class names (reCAPTCHA, hCaptcha, GeeTest,
// AliExpress's "slide to verify" bar).
import { matches, normalize } from './keyword-match';
import { SIGNAL_WORDS } from './keywords';
import type { PageSignal } from './model';
import type { PageSnapshot } from './snapshot-types';

const MAX_TEXT = 80;

function signal(kind: PageSignal['kind'], text: string): PageSignal {
  return { kind, text: text.trim().slice(0, MAX_TEXT) };
}

export function pageSignals(page: PageSnapshot): PageSignal[] {
  const out: PageSignal[] = [];
  const links = [...page.links, ...page.forms.flatMap((f) => f.links)];
  // Up to 150 page links plus each form's: normalize each once for both questions.
  const worded = links.map((l) => normalize(`${l.text} ${l.href}`));
  const forgot = links[worded.findIndex((w) => matches(SIGNAL_WORDS['forgot-password-link'], w))];
  if (forgot) out.push(signal('forgot-password-link', forgot.text || forgot.href));
  const change = links[worded.findIndex((w) => matches(SIGNAL_WORDS['change-password-link'], w))];
  if (change) out.push(signal('change-password-link', change.text || change.href));
  const captcha = page.captchaHints.find((h) => matches(SIGNAL_WORDS.captcha, normalize(h)));
  if (captcha) out.push(signal('captcha', captcha));
  const success = page.messages.find((m) => matches(SIGNAL_WORDS['success-message'], normalize(m)));
  if (success) out.push(signal('success-message', success));
  const error = page.messages.find((m) => m !== success && matches(SIGNAL_WORDS['error-message'], normalize(m)));
  if (error) out.push(signal('error-message', error));
  return out;
}
