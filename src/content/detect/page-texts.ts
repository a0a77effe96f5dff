// Runs in: content script. Page-level raw material for signals: links, status/alert messages
// and captcha hints (widget iframes and class names). Core decides what they mean.
import type { PageSnapshot } from '../../core/detect/snapshot-types';
import { boundedText } from './bounded-text';
import { linkSnapshot } from './form-context';
import type { SnapshotLimits } from './limits';
import type { VisibilityCheck } from './visibility';

const MESSAGES = '[role=alert],[role=status],[aria-live],[class*=error],[class*=success],[class*=alert],[class*=notice],[class*=message]';
const CAPTCHA = '[class*=captcha],[id*=captcha],[class*=geetest],[class*=slider],[id*=nc_],[class*=nc-container],[class*=turnstile]';
const MAX_MESSAGES = 12;

type PageTexts = Pick<PageSnapshot, 'links' | 'messages' | 'captchaHints' | 'headings'>;

export function pageTexts(doc: Document, limits: SnapshotLimits, visible: VisibilityCheck): PageTexts {
  const links = Array.from(doc.querySelectorAll('a[href]')).slice(0, limits.maxLinks).map(linkSnapshot);
  const messages: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(MESSAGES)).slice(0, MAX_MESSAGES * 3)) {
    if (messages.length >= MAX_MESSAGES) break;
    if (el.querySelector('input,form') || !visible(el).visible) continue;
    const t = boundedText(el, 120, 20);
    if (t) messages.push(t);
  }
  const captchaHints = Array.from(doc.querySelectorAll('iframe[src]'), (f) => (f.getAttribute('src') ?? '').slice(0, 120)).slice(0, 20);
  for (const el of Array.from(doc.querySelectorAll(CAPTCHA)).slice(0, 5)) {
    captchaHints.push(`${el.id} ${typeof el.className === 'string' ? el.className : ''} ${boundedText(el, 60, 10)}`.slice(0, 120));
  }
  const headings = Array.from(doc.querySelectorAll('h1')).slice(0, 2).map((h) => boundedText(h, 80, 20));
  return { links, messages, captchaHints, headings };
}
