// Runs in: content script. Reads what decides whether a person can see an element, from the
// browser's own answers: checkVisibility(), computed styles up the composed tree, layout boxes and
// a hit test at a field's centre. The decision is detect/core/visibility.ts. There is no fallback
// without layout: a page can always have one, and unit tests in a DOM emulator pass their own
// check where the detector takes one (SnapshotOptions.visibility).
import { colorAlpha, decideVisibility, MIN_SIDE_PX, type Rect, type VisibilityFacts } from '../core/visibility';
import { isOwnUiHost } from '../../shared/platform/content-own-ui';

export interface Box {
  visible: boolean;
  area: number;
  top: number;
}

export type VisibilityCheck = (el: Element) => Box;

/** What an element passes on to its descendants, and what it is itself subject to. */
interface Ancestry {
  opacity: number;
  /** Where its descendants may show (viewport coordinates): its ancestors' and its own overflow. */
  inner: Rect;
  /** Where it may show itself: its ancestors' overflow clipping. */
  outer: Rect;
  /** It or an ancestor has a clip or clip-path (a shape only the hit test measures). */
  clip: boolean;
  fixed: boolean;
  ariaHidden: boolean;
}

const EVERYWHERE: Rect = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
const FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const HIDING_OVERFLOW = new Set(['hidden', 'clip']);
const SCROLLING_OVERFLOW = new Set(['auto', 'scroll']);
type Range = [number, number];

const intersect = (a: Rect, b: Rect): Rect => ({
  left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom),
});
const rectOf = (r: DOMRect): Rect => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/** filter: opacity(x) multiplies like opacity (other filters leave the element readable). */
function filterOpacity(filter: string): number {
  let product = 1;
  for (const match of filter.matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) product *= (match[2] ? parseFloat(match[1] ?? '1') / 100 : parseFloat(match[1] ?? '1'));
  return Number.isFinite(product) ? product : 1;
}

/**
 * Where an element lets its descendants show along one axis. Hiding its overflow cuts them to its
 * box. A scroll container the user can see lets them show anywhere (scrolling brings them into
 * view; the hit test at a field's centre still finds one scrolled away), and one the user cannot
 * see shows nothing of them.
 */
function axis(overflow: string, [from, to]: Range, [start, end]: Range): Range {
  if (HIDING_OVERFLOW.has(overflow)) return [Math.max(from, start), Math.min(to, end)];
  if (!SCROLLING_OVERFLOW.has(overflow)) return [from, to];
  return Math.min(to, end) - Math.max(from, start) >= MIN_SIDE_PX ? [-Infinity, Infinity] : [start, start];
}

/** clip (on an absolutely positioned element) or clip-path: a shape we leave the hit test to measure. */
const clips = (style: CSSStyleDeclaration, position: string) =>
  (style.clipPath !== '' && style.clipPath !== 'none') || ((position === 'absolute' || position === 'fixed') && style.clip.startsWith('rect('));

/** Where an element that hides or scrolls its overflow lets its descendants show. */
function innerOf(el: Element, parent: Rect, overflowX: string, overflowY: string): Rect {
  const box = rectOf(el.getBoundingClientRect());
  const [left, right] = axis(overflowX, [parent.left, parent.right], [box.left, box.right]);
  const [top, bottom] = axis(overflowY, [parent.top, parent.bottom], [box.top, box.bottom]);
  return { left, top, right, bottom };
}

/** The element above this one in the composed tree (a slot's, a shadow root's host), or null at the top. */
function composedParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return 'host' in root ? (root as ShadowRoot).host : null;
}

/**
 * The check a person's eyes would make. Within one task (a snapshot of the page) each ancestor is read once;
 * the next task reads afresh, so a check kept for later (following a submitted form) sees the page
 * as it is then.
 */
export function visibilityCheck(): VisibilityCheck {
  const known = new Map<Element, Ancestry>();

  // The page a person can scroll over, read once per task and window: nothing in a task resizes it.
  const pages = new Map<Window, { width: number; height: number }>();
  const pageOf = (win: Window, root: Element) => {
    let size = pages.get(win);
    if (!size) {
      size = { width: Math.max(root.scrollWidth, win.innerWidth), height: Math.max(root.scrollHeight, win.innerHeight) };
      pages.set(win, size);
    }
    return size;
  };
  const forget = () => { known.clear(); pages.clear(); };

  const ancestry = (el: Element, win: Window): Ancestry => {
    const cached = known.get(el);
    if (cached) return cached;
    if (known.size === 0) queueMicrotask(forget);
    const parentEl = composedParent(el);
    const parent = parentEl ? ancestry(parentEl, win) : { opacity: 1, inner: EVERYWHERE, outer: EVERYWHERE, clip: false, fixed: false, ariaHidden: false };
    const style = win.getComputedStyle(el);
    const overflowX = style.overflowX;
    const overflowY = style.overflowY;
    // Only an element that hides or scrolls its overflow cuts its descendants to its box: most
    // ancestors do neither, and their boxes are never read.
    const inner = overflowX === 'visible' && overflowY === 'visible' ? parent.inner : innerOf(el, parent.inner, overflowX, overflowY);
    const opacity = parseFloat(style.opacity);
    const filter = style.filter;
    const position = style.position;
    const own: Ancestry = {
      opacity: parent.opacity * (Number.isFinite(opacity) ? opacity : 1) * (filter === 'none' ? 1 : filterOpacity(filter)),
      inner,
      outer: parent.inner,
      clip: parent.clip || clips(style, position),
      fixed: parent.fixed || position === 'fixed',
      ariaHidden: parent.ariaHidden || el.getAttribute('aria-hidden') === 'true',
    };
    known.set(el, own);
    return own;
  };

  const hitTest = (el: Element, box: Rect, win: Window): VisibilityFacts['hit'] => {
    const x = (box.left + box.right) / 2;
    const y = (box.top + box.bottom) / 2;
    if (x < 0 || y < 0 || x >= win.innerWidth || y >= win.innerHeight) return 'untested';
    // The field's own root: a shadow root answers with its own elements, not its host. Our own UI
    // over the field is looked past: it hides nothing the page chose to hide.
    const root = el.getRootNode() as Document | ShadowRoot;
    // The topmost element alone is one hit test without the list of everything under the point;
    // the list is asked for only when the topmost is our own UI.
    const top = root.elementFromPoint(x, y);
    const hit = top && !isOwnUiHost(top) ? top : root.elementsFromPoint(x, y).find((found) => !isOwnUiHost(found));
    if (!hit) return 'untested';
    // Only the field or its own label: an ancestor found there means the field let the point fall
    // through (clipped away, or no longer under it), and anything else is drawn over it.
    const labels = (el as HTMLInputElement).labels ?? [];
    const ownLabel = Array.from(labels).some((label) => label.contains(hit));
    return hit === el || el.contains(hit) || ownLabel ? 'self' : 'covered';
  };

  return (el) => {
    // The element's own window: a same-origin frame's fields scroll and hit-test in their frame.
    const doc = el.ownerDocument;
    const win = doc.defaultView;
    if (!win) return { visible: false, area: 0, top: 0 };
    // checkVisibility is in Chrome 121 and Firefox 125 with these options.
    const rendered = el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
    // Not rendered is hidden whatever else is true, at its box's top; on a page not scrolled that
    // top is the same whether an ancestor is fixed or not, so its ancestors need not be read.
    if (!rendered && win.scrollX === 0 && win.scrollY === 0) return { visible: false, area: 0, top: el.getBoundingClientRect().top };
    const a = ancestry(el, win);
    const viewportBox = rectOf(el.getBoundingClientRect());
    const field = FIELDS.has(el.tagName);
    const style = field ? win.getComputedStyle(el) : null;
    const shift = a.fixed ? { x: 0, y: 0 } : { x: win.scrollX, y: win.scrollY };
    const toPage = (r: Rect): Rect => ({ left: r.left + shift.x, top: r.top + shift.y, right: r.right + shift.x, bottom: r.bottom + shift.y });
    const root = doc.documentElement;
    const facts: VisibilityFacts = {
      rendered,
      ariaHidden: a.ariaHidden,
      opacity: a.opacity,
      textAlpha: style ? Math.min(colorAlpha(style.color), colorAlpha(style.getPropertyValue('-webkit-text-fill-color') || style.color)) : null,
      box: toPage(viewportBox),
      clipped: toPage(intersect(viewportBox, a.outer)),
      clipShape: a.clip,
      fixed: a.fixed,
      page: a.fixed ? { width: win.innerWidth, height: win.innerHeight } : pageOf(win, root),
      hit: field ? 'self' : 'untested',
    };
    // The hit test is the last thing the decision reads, and only to hide: a field hidden with
    // its centre taken as its own is hidden whatever is drawn there, and needs no hit test.
    const unhit = decideVisibility(facts);
    const { visible, area, top } = unhit.visible && field ? decideVisibility({ ...facts, hit: hitTest(el, viewportBox, win) }) : unhit;
    return { visible, area, top };
  };
}
