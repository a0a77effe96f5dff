// Runs in: content script. The human label of a field: <label for>, a wrapping <label>,
// aria-labelledby, else a short text just before the field (Chrome's form parser also reads
// preceding text when a site uses plain divs as labels).
import { boundedText, collapse } from './bounded-text';

const MAX = 80;

function byIds(el: Element, ids: string): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  return ids.split(/\s+/).map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ');
}

function precedingText(el: Element): string {
  for (let node: Element | null = el, depth = 0; node && depth < 2; node = node.parentElement, depth++) {
    const prev = node.previousElementSibling;
    if (prev && !prev.querySelector('input,select,textarea')) {
      const t = boundedText(prev, MAX, 20);
      if (t && t.length <= 60) return t;
    }
  }
  return '';
}

export function fieldLabel(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): string {
  const labels = el.labels;
  if (labels && labels.length > 0) return collapse(Array.from(labels, (l) => l.textContent ?? '').join(' '), MAX);
  const by = el.getAttribute('aria-labelledby');
  if (by) return collapse(byIds(el, by), MAX);
  const wrap = el.closest('label');
  if (wrap) return collapse(wrap.textContent ?? '', MAX);
  return precedingText(el);
}
