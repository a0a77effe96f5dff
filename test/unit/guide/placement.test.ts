// Where the guide panel goes: clear of the form the user must fill (with a gap), at the user's own
// spot when that is clear, else the first clear corner; on a window too small for that, the taller
// band above or below the form, or the pill where it covers least.
import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, PILL, fromPlace, placePanel, toPlace, type Rect } from '../../../src/guide/core/placement';

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const grown = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, w: r.w + 2 * by, h: r.h + 2 * by });
const panel = { w: 360, h: 420 };

describe('placing the guide panel', () => {
  it('starts bottom left and stays there when the form is elsewhere', () => {
    const at = placePanel({ vw: 1280, vh: 800, want: panel, target: { x: 800, y: 100, w: 380, h: 300 }, saved: null });
    expect(at).toEqual({ x: MARGIN, y: 800 - MARGIN - 420, w: 360, h: 420, squeezed: false });
  });

  it('moves to the next clear corner when it would cover the form', () => {
    const form = { x: 20, y: 300, w: 400, h: 300 };
    const at = placePanel({ vw: 1280, vh: 800, want: panel, target: form, saved: null });
    expect(at.x).toBe(1280 - MARGIN - 360);
    expect(overlaps(at, grown(form, GAP))).toBe(false);
  });

  it("keeps the user's spot when it is clear, and leaves it when the form is under it", () => {
    const saved = toPlace({ x: 600, y: 40, w: 360, h: 420 }, 1280, 800);
    expect(placePanel({ vw: 1280, vh: 800, want: panel, target: null, saved })).toMatchObject({ x: 600, y: 40 });
    const form = { x: 650, y: 200, w: 300, h: 200 };
    const moved = placePanel({ vw: 1280, vh: 800, want: panel, target: form, saved });
    expect(overlaps(moved, grown(form, GAP))).toBe(false);
  });

  it('remembers a spot by its nearest corner, so a narrower window keeps it on screen', () => {
    const place = toPlace({ x: 900, y: 500, w: 360, h: 280 }, 1280, 800);
    expect(place).toEqual({ right: true, bottom: true, dx: 20, dy: 20 });
    expect(fromPlace(place, 360, 280, 800, 600)).toEqual({ x: 420, y: 300, w: 360, h: 280 });
  });

  it('on a 360 px wide window takes the band below (or above) the form, shortened to fit', () => {
    const form = { x: 10, y: 60, w: 340, h: 300 };
    const at = placePanel({ vw: 360, vh: 740, want: panel, target: form, saved: null });
    expect(at.w).toBe(360 - 2 * MARGIN);
    expect(at.squeezed).toBe(false);
    expect(overlaps(at, grown(form, GAP))).toBe(false);
    expect(at.y + at.h).toBe(740 - MARGIN);
    const high = placePanel({ vw: 360, vh: 740, want: panel, target: { x: 10, y: 420, w: 340, h: 300 }, saved: null });
    expect(high.y).toBe(MARGIN);
    expect(overlaps(high, { x: 10, y: 420 - GAP, w: 340, h: 300 + GAP })).toBe(false);
  });

  it('folds into the pill when no band is tall enough, where it covers least', () => {
    const form = { x: 0, y: 40, w: 360, h: 560 };
    const at = placePanel({ vw: 360, vh: 640, want: panel, target: form, saved: null });
    expect(at).toMatchObject({ squeezed: true, h: PILL.h });
  });

  it('never leaves the window', () => {
    for (const [vw, vh] of [[320, 480], [360, 640], [1024, 300]] as const) {
      const at = placePanel({ vw, vh, want: panel, target: { x: vw / 3, y: vh / 3, w: vw / 3, h: vh / 3 }, saved: { right: true, bottom: false, dx: -50, dy: 5000 } });
      expect(at.x).toBeGreaterThanOrEqual(0);
      expect(at.y).toBeGreaterThanOrEqual(0);
      expect(at.x + at.w).toBeLessThanOrEqual(vw);
      expect(at.y + at.h).toBeLessThanOrEqual(vh);
    }
  });
});
