// Runs in: content script. Is the in-page prompt really what the user sees and clicks? Checked
// before the prompt acts on a click (DESIGN.md rule 4; "DOM-based extension clickjacking", 2025:
// pages made password-manager UI transparent or covered it, then steered the user's click). A page
// cannot read or script the prompt's frame, but it can style our host, html and body, and put its
// own elements (or its own popover) on top.
const MIN_OPACITY = 0.9;

function styledAway(el: Element, win: Window): string | null {
  const style = win.getComputedStyle(el);
  // Short reasons: this runs in every page, and the reason only has to say which rule refused.
  if (Number(style.opacity) < MIN_OPACITY) return 'opacity';
  if (style.filter !== 'none' && style.filter !== '') return 'filter';
  if (style.visibility !== 'visible') return 'visibility';
  if (el.nodeName !== 'BODY' && el.nodeName !== 'HTML' && (style.clipPath !== 'none' || (style.mask || 'none') !== 'none')) return 'clip';
  return null;
}

/** Why the prompt may not act now, or null when it is shown as we drew it and nothing covers it. */
export function coveredBecause(host: HTMLElement, expected: { width: number; height: number }): string | null {
  const doc = host.ownerDocument;
  const win = doc.defaultView;
  if (!win || !host.isConnected || !host.matches(':popover-open')) return 'not shown';
  for (const el of [host, doc.documentElement, doc.body]) {
    const why = el && styledAway(el, win);
    if (why) return why;
  }
  const box = host.getBoundingClientRect();
  // Shrunk, scaled or pushed out of the viewport.
  if (box.width < expected.width * 0.9 || box.height < expected.height * 0.9) return 'resized';
  if (box.left < 0 || box.top < 0 || box.right > win.innerWidth || box.bottom > win.innerHeight) return 'off screen';
  // The page's own top-layer elements (a popover or modal shown after ours is drawn above it, and
  // with pointer-events: none it would not show up in elementsFromPoint below).
  for (const other of doc.querySelectorAll(':popover-open,:modal,:fullscreen')) {
    const r = other.getBoundingClientRect();
    if (other !== host && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top) return 'top layer';
  }
  // Every sampled point must hit the prompt first: the page's own top-layer popover or an element
  // with pointer-events: none drawn over it would come first (or be skipped: check both ways).
  for (const [fx, fy] of [[0.5, 0.5], [0.1, 0.1], [0.9, 0.1], [0.1, 0.9], [0.9, 0.9]] as const) {
    const x = box.left + box.width * fx;
    const y = box.top + box.height * fy;
    if (doc.elementsFromPoint(x, y)[0] !== host) return 'covered';
  }
  return null;
}
