// Runs in: content script. Page-level raw material for signals: links, status/alert messages,
// captcha hints (widget iframes, class names, slider texts) and h1s. Core decides what they mean.
import type { PageSnapshot } from '../core/snapshot-types';
import { boundedText, collapse } from './bounded-text';
import { SNAPSHOT_BOUNDS, type SnapshotLimits } from '../core/limits';
import type { RootScan } from './root-scan';
import type { VisibilityCheck } from './visibility';

const MAX_MESSAGES = 12;

type PageTexts = Pick<PageSnapshot, 'links' | 'messages' | 'captchaHints' | 'headings'>;

// Anchors are small: textContent is cheaper than a tree walk per link.
function quickLink(a: Element): PageSnapshot['links'][number] {
  return { text: collapse((a.textContent ?? '').slice(0, 200), 80), href: (a.getAttribute('href') ?? '').slice(0, 120) };
}

export function pageTexts(doc: Document, scan: RootScan, limits: SnapshotLimits, visible: VisibilityCheck): PageTexts {
  const anchors = doc.getElementsByTagName('a');
  const links: PageSnapshot['links'] = [];
  for (let i = 0; i < anchors.length && links.length < limits.maxLinks; i++) {
    const a = anchors[i];
    if (a && a.hasAttribute('href')) links.push(quickLink(a));
  }
  const messages: string[] = [];
  for (const el of scan.messages) {
    if (messages.length >= MAX_MESSAGES) break;
    if (el.querySelector('input,form') || !visible(el).visible) continue;
    const t = boundedText(el, 120, 20);
    if (t) messages.push(t);
  }
  const captchaHints = scan.frames.map((f) => (f.getAttribute('src') ?? '').slice(0, 120)).filter(Boolean);
  for (const el of scan.captchas.slice(0, 5)) {
    captchaHints.push(`${el.id} ${el.getAttribute('class') ?? ''} ${boundedText(el, 60, 10)}`.slice(0, 120));
  }
  const headings = scan.h1.slice(0, SNAPSHOT_BOUNDS.maxItems).map((h) => boundedText(h, 80, 20));
  return { links, messages, captchaHints: captchaHints.slice(0, SNAPSHOT_BOUNDS.maxItems), headings };
}
