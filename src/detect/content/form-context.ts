// Runs in: content script. What surrounds a form: its buttons, the headings in or just above it,
// the links in and near it ("Forgot password?", "Create account") and its text. Users read these
// to know what a form is for, and so does the classifier. One bounded walk per container instead
// of a query per kind: a form-less group's container can be a large part of the page.
import type { LinkSnapshot } from '../core/snapshot-types';
import { boundedText, collapse } from './bounded-text';

const TEXT_MAX = 80;
const MAX_BUTTONS = 6;
const MAX_LINKS = 10;
const MAX_HEADINGS = 4;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'SVG']);
const BUTTON_INPUTS = new Set(['submit', 'button', 'image']);

export interface ContainerScan {
  buttons: string[];
  headings: string[];
  links: LinkSnapshot[];
  text: string;
}

function buttonText(el: Element): string {
  const t = el.tagName === 'INPUT' ? el.getAttribute('value') ?? el.getAttribute('alt') ?? '' : boundedText(el, TEXT_MAX, 20);
  return collapse(t || el.getAttribute('aria-label') || el.getAttribute('title') || el.id || '', TEXT_MAX);
}

export function linkSnapshot(a: Element): LinkSnapshot {
  return { text: boundedText(a, TEXT_MAX, 10), href: (a.getAttribute('href') ?? '').slice(0, 120) };
}

function isHeading(el: Element): boolean {
  return /^(H[1-6]|LEGEND)$/.test(el.tagName) || el.getAttribute('role') === 'heading';
}

function isButton(el: Element): boolean {
  if (el.tagName === 'BUTTON' || el.getAttribute('role') === 'button') return true;
  return el.tagName === 'INPUT' && BUTTON_INPUTS.has((el.getAttribute('type') ?? '').toLowerCase());
}

/** Walks at most `maxNodes` nodes under `root`, collecting buttons, headings, links and text. */
export function scanContainer(root: Element, maxNodes: number, maxText: number): ContainerScan {
  const out: ContainerScan = { buttons: [], headings: [], links: [], text: '' };
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let text = '';
  for (let n = walker.nextNode(), seen = 0; n && seen < maxNodes; seen++) {
    if (n.nodeType === 3) {
      if (text.length < maxText && n.nodeValue?.trim()) text += ` ${n.nodeValue}`;
      n = walker.nextNode();
      continue;
    }
    const el = n as Element;
    if (SKIP.has(el.tagName.toUpperCase())) { n = walker.nextSibling() ?? nextOutside(walker); continue; }
    if (isButton(el) && out.buttons.length < MAX_BUTTONS) out.buttons.push(buttonText(el));
    else if (isHeading(el) && out.headings.length < MAX_HEADINGS) out.headings.push(boundedText(el, TEXT_MAX, 20));
    else if (el.tagName === 'A' && el.hasAttribute('href') && out.links.length < MAX_LINKS) out.links.push(linkSnapshot(el));
    n = walker.nextNode();
  }
  out.text = collapse(text, maxText);
  out.buttons = out.buttons.filter(Boolean);
  out.headings = out.headings.filter(Boolean);
  return out;
}

function nextOutside(walker: TreeWalker): Node | null {
  while (walker.parentNode()) { const s = walker.nextSibling(); if (s) return s; }
  return null;
}

/** Headings in the few previous siblings of the container and of its ancestors (titles above a form). */
export function headingsAbove(container: Element): string[] {
  const out: string[] = [];
  for (let node: Element | null = container, depth = 0; node && depth < 4 && out.length < 2; node = node.parentElement, depth++) {
    let prev = node.previousElementSibling;
    for (let i = 0; prev && i < 3 && out.length < 2; prev = prev.previousElementSibling, i++) {
      // Another form or field above ends this form's area.
      if (/^(FORM|INPUT|SELECT|TEXTAREA)$/.test(prev.tagName)) break;
      if (isHeading(prev)) out.push(boundedText(prev, TEXT_MAX, 20));
      else out.push(...scanContainer(prev, 40, 0).headings.slice(0, 1));
    }
    if (node.tagName === 'BODY') break;
  }
  const title = container.getAttribute('aria-label') ?? container.getAttribute('title');
  if (title) out.push(collapse(title, TEXT_MAX));
  return out.filter(Boolean);
}

/** Links just around the container (a "Forgot password?" link often sits below the form). */
export function linksAround(container: Element): LinkSnapshot[] {
  const parent = container.parentElement;
  if (!parent || parent.tagName === 'BODY') return [];
  return scanContainer(parent, 120, 0).links;
}
