// Runs in: content script. What surrounds a form: its buttons, the headings in or just above it,
// and the links in and near it ("Forgot password?", "Create account"). Users read these to know
// what a form is for, and so does the classifier.
import type { LinkSnapshot } from '../../core/detect/snapshot-types';
import { boundedText, collapse } from './bounded-text';

const BUTTONS = 'button,input[type=submit],input[type=button],input[type=image],[role=button]';
const HEADINGS = 'h1,h2,h3,h4,h5,h6,legend,[role=heading]';
const TEXT_MAX = 80;
const MAX_BUTTONS = 6;
const MAX_LINKS = 10;

function buttonText(el: Element): string {
  const t = el.tagName === 'INPUT'
    ? el.getAttribute('value') ?? el.getAttribute('alt') ?? ''
    : boundedText(el, TEXT_MAX, 20);
  return collapse(t || el.getAttribute('aria-label') || el.getAttribute('title') || el.id || '', TEXT_MAX);
}

export function buttonTexts(container: Element): string[] {
  return Array.from(container.querySelectorAll(BUTTONS)).slice(0, MAX_BUTTONS).map(buttonText).filter(Boolean);
}

function headingsOf(el: Element): string[] {
  const own = /^H[1-6]$|^LEGEND$/.test(el.tagName) ? [el] : Array.from(el.querySelectorAll(HEADINGS)).slice(0, 2);
  return own.map((h) => boundedText(h, TEXT_MAX, 20)).filter(Boolean);
}

/** Headings inside the container, then in the few previous siblings of it and its ancestors. */
export function nearbyHeadings(container: Element): string[] {
  const out = headingsOf(container).slice(0, 2);
  for (let node: Element | null = container, depth = 0; node && depth < 4 && out.length < 3; node = node.parentElement, depth++) {
    let prev = node.previousElementSibling;
    for (let i = 0; prev && i < 3 && out.length < 3; prev = prev.previousElementSibling, i++) {
      if (prev.querySelector('input,form')) break;
      out.push(...headingsOf(prev));
    }
    if (node.tagName === 'BODY') break;
  }
  const title = container.getAttribute('aria-label') ?? container.getAttribute('title');
  if (title) out.push(collapse(title, TEXT_MAX));
  return out.slice(0, 4);
}

export function linkSnapshot(a: Element): LinkSnapshot {
  return { text: boundedText(a, TEXT_MAX, 10), href: (a.getAttribute('href') ?? '').slice(0, 120) };
}

/** Links inside the container and in its parent (links often sit just below a form). */
export function nearbyLinks(container: Element): LinkSnapshot[] {
  const scope = container.parentElement && container.parentElement.tagName !== 'BODY' ? container.parentElement : container;
  return Array.from(scope.querySelectorAll('a[href]')).slice(0, MAX_LINKS).map(linkSnapshot);
}
