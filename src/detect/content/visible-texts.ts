// Runs in: content script, only while a guide follows the tab (features/guide.ts turns it on).
// The texts a person reads on the page: its status messages first (toasts included: the root
// scan's alert/status/live elements and message-like classes), then headings and blocks of text
// in reading order, leaving out links, buttons, menus and footers. Core reads what they say
// (core/recipes/says); this only collects, within a budget.
import { boundedText } from './bounded-text';
import type { RootScan } from './root-scan';
import type { VisibilityCheck } from './visibility';

const MAX_TEXTS = 30;
const MAX_CHARS = 200;
const MAX_NODES = 3000;
const SKIP = 'a,button,select,option,nav,footer,script,style,noscript,template,[aria-hidden=true]';

export function visibleTexts(doc: Document, scan: RootScan, visible: VisibilityCheck): string[] {
  const out = new Set<string>();
  const add = (el: Element | null) => {
    if (el && out.size < MAX_TEXTS && visible(el).visible) out.add(boundedText(el, MAX_CHARS, 40));
  };
  scan.messages.forEach(add);
  const walker = doc.createTreeWalker(doc.body ?? doc, 4 /* NodeFilter.SHOW_TEXT */);
  const seen = new Set<Element>();
  for (let n = walker.nextNode(), i = 0; n && i < MAX_NODES && out.size < MAX_TEXTS; n = walker.nextNode(), i++) {
    const at = n.parentElement;
    if (!at || (n.nodeValue ?? '').trim().length < 3 || at.closest(SKIP)) continue;
    // The nearest block around the words: a sentence split over <b> and <span> reads as one.
    const block = at.closest('p,li,h1,h2,h3,h4,h5,h6,dd,td,label,div') ?? at;
    if (!seen.has(block)) add(block);
    seen.add(block);
  }
  out.delete('');
  return [...out];
}
