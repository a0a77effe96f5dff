// The host's word that our framed UI stood still (inpage/content/placement.ts): a move counts from
// the animation frame that paints it, not from when script could first read the new layout, and
// the window's resize is noticed as it happens rather than at the next timer tick.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPlacement } from '../../../src/inpage/content/placement';

function fakeWindow() {
  let frame: (() => void)[] = [];
  const listeners = new Set<() => void>();
  const win = {
    innerWidth: 1280,
    innerHeight: 800,
    visualViewport: null,
    requestAnimationFrame(callback: FrameRequestCallback) {
      frame.push(() => callback(0));
      return frame.length;
    },
    addEventListener: (_type: string, listener: () => void) => void listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => void listeners.delete(listener),
  };
  return {
    win: win as unknown as Parameters<typeof watchPlacement>[1],
    resize(width: number) {
      win.innerWidth = width;
      for (const listener of listeners) listener();
    },
    /** The browser's next rendering update: the callbacks asked for until now run. */
    paint() {
      const due = frame;
      frame = [];
      for (const run of due) run();
    },
    setWidth: (width: number) => void (win.innerWidth = width),
  };
}

const element = { getBoundingClientRect: () => ({ left: 900, top: 20, width: 360, height: 180 }) } as unknown as Element;

describe('watchPlacement', () => {
  let t = 0;
  const now = () => t;
  beforeEach(() => {
    t = 0;
    // The sampling interval is driven by hand here: no real timer runs.
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('gives no time to a place that has not been painted yet', () => {
    const w = fakeWindow();
    const placement = watchPlacement(element, w.win, now);
    t = 50;
    expect(placement.stillFor()).toBe(0);
    t = 60;
    w.paint();
    t = 700;
    expect(placement.stillFor()).toBe(640);
    placement.stop();
  });

  it('counts a move from the frame that paints it, however late that frame comes', () => {
    const w = fakeWindow();
    const placement = watchPlacement(element, w.win, now);
    w.paint();
    // Layout moved at 1,000 and script can read it; a busy machine paints it only at 1,400.
    t = 1_000;
    w.resize(1_080);
    t = 1_400;
    expect(placement.stillFor()).toBe(0);
    w.paint();
    t = 1_800;
    expect(placement.stillFor()).toBe(400);
    placement.stop();
  });

  it('waits for the frame of the last move when a second move comes before the first is painted', () => {
    const w = fakeWindow();
    const placement = watchPlacement(element, w.win, now);
    w.paint();
    t = 100;
    w.resize(1_100);
    t = 150;
    w.resize(1_000);
    t = 200;
    w.paint();
    t = 900;
    expect(placement.stillFor()).toBe(700);
    placement.stop();
  });

  it('notices a resize when the window says so, not only when asked', () => {
    const w = fakeWindow();
    const placement = watchPlacement(element, w.win, now);
    w.paint();
    t = 100;
    w.resize(1_080);
    t = 110;
    w.paint();
    t = 700;
    expect(placement.stillFor()).toBe(590);
    placement.stop();
  });

  it('a change no event announced is found by the sampling timer, or at the latest when asked', () => {
    const w = fakeWindow();
    const placement = watchPlacement(element, w.win, now);
    w.paint();
    t = 30;
    w.setWidth(1_000);
    t = 100;
    vi.advanceTimersByTime(100);
    t = 120;
    w.paint();
    t = 620;
    expect(placement.stillFor()).toBe(500);
    w.setWidth(900);
    expect(placement.stillFor()).toBe(0);
    placement.stop();
  });

  it('stops listening when stopped', () => {
    const w = fakeWindow();
    const placement = watchPlacement(element, w.win, now);
    w.paint();
    placement.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
