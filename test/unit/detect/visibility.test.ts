// Can a person see it (detect/core/visibility.ts)? The decision over the facts the content script
// reads from the page, one row per way of hiding a field, and the colour parsing those facts need.
import { describe, expect, it } from 'vitest';
import { colorAlpha, decideVisibility, MIN_OPACITY, MIN_SIDE_PX, type VisibilityFacts } from '../../../src/detect/core/visibility';

const BOX = { left: 100, top: 200, right: 340, bottom: 232 };

/** A plain text field in the middle of a page, fully visible. */
const shown: VisibilityFacts = {
  rendered: true,
  ariaHidden: false,
  opacity: 1,
  textAlpha: 1,
  box: BOX,
  clipped: BOX,
  clipShape: false,
  fixed: false,
  page: { width: 1280, height: 2000 },
  hit: 'self',
};

describe('decideVisibility', () => {
  it('sees a plain field, its area and its top', () => {
    expect(decideVisibility(shown)).toEqual({ visible: true, because: null, area: 240 * 32, top: 200 });
  });

  it.each<[string, Partial<VisibilityFacts>]>([
    ['below the fold (no hit test, still on the page)', { box: { ...BOX, top: 1800, bottom: 1832 }, clipped: { ...BOX, top: 1800, bottom: 1832 }, hit: 'untested' }],
    ['a container or message (no text colour of its own)', { textAlpha: null, hit: 'untested' }],
    ['half transparent', { opacity: MIN_OPACITY }],
    ['under a clip-path the hit test found it through', { clipShape: true, hit: 'self' }],
    ['partly off the left edge', { box: { ...BOX, left: -100, right: 140 }, clipped: { ...BOX, left: -100, right: 140 } }],
    ['fixed in the viewport of a scrolled page', { fixed: true, page: { width: 1280, height: 720 } }],
  ])('sees a field %s', (_name, over) => {
    expect(decideVisibility({ ...shown, ...over }).visible).toBe(true);
  });

  it.each<[string, Partial<VisibilityFacts>, string]>([
    ['display: none, visibility: hidden, opacity: 0 (checkVisibility)', { rendered: false }, 'not rendered'],
    ['aria-hidden', { ariaHidden: true }, 'aria-hidden'],
    ['an ancestor at opacity 0.01', { opacity: 0.01 }, 'transparent'],
    ['just under the least opacity', { opacity: MIN_OPACITY - 0.01 }, 'transparent'],
    ['transparent text (color or -webkit-text-fill-color)', { textAlpha: 0 }, 'transparent text'],
    ['faint text on a faint field', { textAlpha: 0.6, opacity: 0.6 }, 'transparent text'],
    ['1x1 (a honeypot)', { box: { ...BOX, right: 101, bottom: 201 }, clipped: { ...BOX, right: 101, bottom: 201 } }, 'too small'],
    [`narrower than ${MIN_SIDE_PX}px`, { box: { ...BOX, right: BOX.left + MIN_SIDE_PX - 1 }, clipped: { ...BOX, right: BOX.left + MIN_SIDE_PX - 1 } }, 'too small'],
    ['clip: rect(0 0 0 0) or clip-path: inset(50%), the hit test finding something else', { clipShape: true, hit: 'covered' }, 'clipped'],
    ['under a clip or clip-path below the fold (no hit test)', { clipShape: true, hit: 'untested' }, 'clipped'],
    ['inside a zero-height box that hides its overflow', { clipped: { ...BOX, bottom: BOX.top } }, 'clipped'],
    ['off screen to the left', { box: { ...BOX, left: -9999, right: -9759 }, clipped: { ...BOX, left: -9999, right: -9759 }, hit: 'untested' }, 'off the page'],
    ['off screen above', { box: { ...BOX, top: -500, bottom: -468 }, clipped: { ...BOX, top: -500, bottom: -468 }, hit: 'untested' }, 'off the page'],
    ['beyond the page\'s right edge', { box: { ...BOX, left: 5000, right: 5240 }, clipped: { ...BOX, left: 5000, right: 5240 }, hit: 'untested' }, 'off the page'],
    ['fixed above the viewport', { fixed: true, page: { width: 1280, height: 720 }, box: { ...BOX, top: -100, bottom: -68 }, clipped: { ...BOX, top: -100, bottom: -68 }, hit: 'untested' }, 'off the page'],
    ['covered by another element at its centre', { hit: 'covered' }, 'covered'],
  ])('hides a field %s', (_name, over, because) => {
    expect(decideVisibility({ ...shown, ...over })).toMatchObject({ visible: false, because, area: 0 });
  });
});

describe('colorAlpha', () => {
  it.each([
    ['rgb(0, 0, 0)', 1],
    ['rgba(0, 0, 0, 0)', 0],
    ['rgba(10, 20, 30, 0.25)', 0.25],
    ['rgb(0 0 0 / 0.5)', 0.5],
    ['rgb(0 0 0 / 40%)', 0.4],
    ['color(srgb 0 0 0 / 0)', 0],
    ['transparent', 0],
    ['oklch(0.5 0.1 200)', 1],
    ['currentcolor', 1],
  ])('%s has alpha %s', (color, alpha) => {
    expect(colorAlpha(color)).toBeCloseTo(alpha);
  });
});
