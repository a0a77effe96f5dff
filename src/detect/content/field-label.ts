// Runs in: content script. The human label of a field: <label for>, a wrapping <label>,
// aria-labelledby, else a short text just before the field (Chrome's form parser also reads
// preceding text when a site uses plain divs as labels). <label for> texts are indexed once per
// root: one query per root instead of one per field.
import { boundedText, collapse } from './bounded-text';

const MAX = 80;

export type LabelIndex = Map<string, string>;

export function indexLabels(root: Document | ShadowRoot): LabelIndex {
  const out: LabelIndex = new Map();
  const labels = root.querySelectorAll('label[for]');
  for (let i = 0; i < labels.length && i < 500; i++) {
    const l = labels[i];
    const id = l?.getAttribute('for');
    if (l && id && !out.has(id)) out.set(id, boundedText(l, MAX, 20));
  }
  return out;
}

function byIds(el: Element, ids: string): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  return ids.split(/\s+/).slice(0, 3).map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ');
}

function precedingText(el: Element): string {
  for (let node: Element | null = el, depth = 0; node && depth < 2; node = node.parentElement, depth++) {
    const prev = node.previousElementSibling;
    if (prev && prev.childElementCount < 5 && !/^(INPUT|SELECT|TEXTAREA)$/.test(prev.tagName)) {
      const t = boundedText(prev, MAX, 20);
      if (t && t.length <= 60) return t;
    }
  }
  return '';
}

export function fieldLabel(el: Element, labels: LabelIndex): string {
  const forId = el.id ? labels.get(el.id) : undefined;
  if (forId) return forId;
  const by = el.getAttribute('aria-labelledby');
  if (by) return collapse(byIds(el, by), MAX);
  const wrap = el.closest('label');
  if (wrap) return boundedText(wrap, MAX, 20);
  return precedingText(el);
}
