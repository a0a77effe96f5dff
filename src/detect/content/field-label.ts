// Runs in: content script. The human label of a field: <label for>, a wrapping <label>,
// aria-labelledby, else a short text just before the field (Chrome's form parser also reads
// preceding text when a site uses plain divs as labels). <label for> elements are indexed once per
// root, at the first field with an id: one query per root instead of one per field; a label's text
// is read only when a field asks for it (a page's filters and footers can hold hundreds).
import { boundedText, collapse } from './bounded-text';

const MAX = 80;
const MAX_LABELS = 500;

/** The text of the first <label for=id> among the root's first labels; undefined when none. */
export type LabelIndex = (id: string) => string | undefined;

export function indexLabels(root: Document | ShadowRoot): LabelIndex {
  let byId: Map<string, Element> | undefined;
  const texts = new Map<Element, string>();
  return (id) => {
    if (!byId) {
      byId = new Map();
      const labels = root.querySelectorAll('label[for]');
      for (let i = 0; i < labels.length && i < MAX_LABELS; i++) {
        const l = labels[i];
        const forId = l?.getAttribute('for');
        if (l && forId && !byId.has(forId)) byId.set(forId, l);
      }
    }
    const label = byId.get(id);
    if (!label) return undefined;
    let text = texts.get(label);
    if (text === undefined) { text = boundedText(label, MAX, 20); texts.set(label, text); }
    return text;
  };
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
  const forId = el.id ? labels(el.id) : undefined;
  if (forId) return forId;
  const by = el.getAttribute('aria-labelledby');
  if (by) return collapse(byIds(el, by), MAX);
  const wrap = el.closest('label');
  if (wrap) return boundedText(wrap, MAX, 20);
  return precedingText(el);
}
