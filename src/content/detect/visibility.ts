// Runs in: content script. Is an element something the user can see? In a real browser: the
// checkVisibility() API (display, visibility, content-visibility, opacity) plus a non-trivial box
// on the page (Chrome's form parser also skips non-"focusable" fields; Bitwarden skips fields
// hidden by size or offscreen). Without layout (happy-dom in unit tests) every box is 0x0, so size
// says nothing: fall back to the hidden attribute, aria-hidden and inline display/visibility styles.
export interface Box {
  visible: boolean;
  area: number;
  top: number;
}

export type VisibilityCheck = (el: Element) => Box;

const HIDDEN_ANCESTOR = '[hidden],[aria-hidden="true"],[style*="display: none"],[style*="display:none"],[style*="visibility: hidden"]';

export function hasLayout(doc: Document): boolean {
  const root = doc.documentElement;
  return !!root && root.getBoundingClientRect().width > 0;
}

function layoutBox(el: Element, win: Window): Box {
  const r = el.getBoundingClientRect();
  const top = r.top + win.scrollY;
  const left = r.left + win.scrollX;
  const area = r.width * r.height;
  // 1px honeypots and boxes pushed far off the page are hidden on purpose.
  if (r.width < 2 || r.height < 2 || top + r.height < 0 || left + r.width < 0) return { visible: false, area: 0, top };
  // checkVisibility is missing in older browsers (Chrome < 105, Firefox < 106).
  const shown = typeof el.checkVisibility === 'function'
    ? el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
    : win.getComputedStyle(el).visibility !== 'hidden';
  if (!shown || el.closest('[aria-hidden="true"]')) return { visible: false, area: 0, top };
  return { visible: true, area, top };
}

// Attributes and inline styles only: computed styles cost milliseconds per call in DOM emulators.
function attributeBox(el: Element): Box {
  return { visible: !el.closest(HIDDEN_ANCESTOR), area: 0, top: 0 };
}

/** Picks the accurate layout check in browsers and the attribute check where there is no layout. */
export function visibilityFor(doc: Document): VisibilityCheck {
  const win = doc.defaultView;
  if (!win) return () => ({ visible: true, area: 0, top: 0 });
  return hasLayout(doc) ? (el) => layoutBox(el, win) : attributeBox;
}
