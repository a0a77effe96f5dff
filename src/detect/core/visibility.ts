// Runs anywhere. Can a person see this element? DESIGN.md rule 3: nothing is filled into, or
// captured from, a field the user cannot see. The content script reads the facts from the page
// with the browser's own answers (checkVisibility, computed styles, layout boxes, hit testing:
// detect/content/visibility.ts); the decision is this pure function of them, so it is table-tested
// without a browser.
//
// The classes of hiding, each with the browser's own measure rather than a list of tricks:
// - not rendered: display, visibility, content-visibility, opacity 0 (checkVisibility);
// - see-through: the product of every ancestor's opacity (an ancestor at 0.01), text drawn in a
//   transparent colour (color, -webkit-text-fill-color);
// - too small to read, or cut away: the box after every ancestor that hides its overflow; under a
//   clip or clip-path (on it or an ancestor) only a hit test at the field's centre that finds the
//   field says it shows (hit testing honours both); elsewhere, or below the fold, it is cut away;
// - out of reach: the box lies outside the page a person can scroll to (off screen);
// - covered: in the viewport, the topmost element at the field's centre is neither the field nor
//   its label (another element drawn over it).

/** The least of a side, in CSS pixels, for a field a person can read and click. */
export const MIN_SIDE_PX = 8;
/** The least opacity (ancestors' product, times the text colour's alpha) a person reads as there. */
export const MIN_OPACITY = 0.5;

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface VisibilityFacts {
  /** checkVisibility() with its opacity, visibility and content-visibility checks. */
  rendered: boolean;
  /** aria-hidden="true" on it or an ancestor: the page says it is not for the user. */
  ariaHidden: boolean;
  /** Product of its own and every ancestor's opacity (and filter opacity()). */
  opacity: number;
  /** For fields: the least alpha of the text's colours (color, -webkit-text-fill-color); null otherwise. */
  textAlpha: number | null;
  /** Its border box in page coordinates (viewport coordinates when `fixed`). */
  box: Rect;
  /** What is left of the box after its ancestors hide their overflow. */
  clipped: Rect;
  /** A clip or clip-path on it or an ancestor: a shape only the hit test measures. */
  clipShape: boolean;
  /** It or an ancestor is position: fixed (it moves with the viewport, not the page). */
  fixed: boolean;
  /** The page a person can scroll over, from 0,0 (the viewport's size when `fixed`). */
  page: { width: number; height: number };
  /**
   * The hit test at the box's centre: the field (or its label) is topmost, something else is, or
   * no test (not a field, or its centre is outside the viewport).
   */
  hit: 'self' | 'covered' | 'untested';
}

export type HiddenBecause = 'not rendered' | 'aria-hidden' | 'transparent' | 'transparent text' | 'too small' | 'clipped' | 'off the page' | 'covered';

export interface Visibility {
  visible: boolean;
  /** Why a person cannot see it (tests, debugging); null when visible. */
  because: HiddenBecause | null;
  /** The visible area in square CSS pixels (0 when hidden): the page's most prominent form is the largest. */
  area: number;
  /** Its top in page coordinates (the page's forms in reading order). */
  top: number;
}

/** The alpha of a computed colour ("rgba(0, 0, 0, 0)", "rgb(0 0 0 / 0.5)", "transparent", "color(srgb 0 0 0 / 0)"). */
export function colorAlpha(color: string): number {
  const value = color.trim().toLowerCase();
  if (value === 'transparent') return 0;
  const inside = /\(([^)]*)\)\s*$/.exec(value)?.[1];
  if (!inside) return 1;
  const slash = inside.split('/');
  const alpha = slash.length > 1 ? slash[1] : value.startsWith('rgba(') || value.startsWith('hsla(') ? inside.split(',')[3] : undefined;
  if (alpha === undefined) return 1;
  const n = parseFloat(alpha);
  if (!Number.isFinite(n)) return 1;
  return alpha.trim().endsWith('%') ? n / 100 : n;
}

const width = (r: Rect) => Math.max(0, r.right - r.left);
const height = (r: Rect) => Math.max(0, r.bottom - r.top);

export function decideVisibility(facts: VisibilityFacts): Visibility {
  const { box, clipped, page } = facts;
  const hidden = (because: HiddenBecause): Visibility => ({ visible: false, because, area: 0, top: box.top });
  if (!facts.rendered) return hidden('not rendered');
  if (facts.ariaHidden) return hidden('aria-hidden');
  if (facts.opacity < MIN_OPACITY) return hidden('transparent');
  if (facts.textAlpha !== null && facts.textAlpha * facts.opacity < MIN_OPACITY) return hidden('transparent text');
  if (width(box) < MIN_SIDE_PX || height(box) < MIN_SIDE_PX) return hidden('too small');
  if (width(clipped) < MIN_SIDE_PX || height(clipped) < MIN_SIDE_PX) return hidden('clipped');
  // Hit testing honours clip and clip-path: a field found at its centre is not cut away there.
  if (facts.clipShape && facts.hit !== 'self') return hidden('clipped');
  const onPage = { left: Math.max(clipped.left, 0), top: Math.max(clipped.top, 0), right: Math.min(clipped.right, page.width), bottom: Math.min(clipped.bottom, page.height) };
  if (width(onPage) < MIN_SIDE_PX || height(onPage) < MIN_SIDE_PX) return hidden('off the page');
  if (facts.hit === 'covered') return hidden('covered');
  return { visible: true, because: null, area: width(onPage) * height(onPage), top: box.top };
}
