// The first read of a page runs after its next rendered frame (a task queued from the frame's
// callback, so after its style, layout and paint), at once in a hidden tab, after NO_FRAME_MS when
// no frame comes, once only, and never after the content script stopped.
import { describe, expect, it } from 'vitest';
import { afterNextPaint, NO_FRAME_MS } from '../../../src/detect/content/after-paint';

/** A window whose frames and timers the test runs by hand. */
function fakeWindow(visibilityState: DocumentVisibilityState) {
  let now = 0;
  let nextId = 1;
  const frames: FrameRequestCallback[] = [];
  const timers = new Map<number, { at: number; run: () => void }>();
  const win = {
    document: { visibilityState },
    requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
    setTimeout: (run: () => void, ms = 0) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (id: number) => void timers.delete(id),
  };
  return {
    win: win as unknown as Parameters<typeof afterNextPaint>[0],
    /** The browser runs the frame's callbacks, then styles, lays out and paints the page. */
    frame: () => frames.splice(0).forEach((callback) => callback(now)),
    /** Time passes: the timers due run, earliest first. */
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = until;
    },
    pendingTimers: () => timers.size,
  };
}

describe('afterNextPaint', () => {
  it('reads after the frame is drawn: not before it, not inside its callbacks, then once', () => {
    const page = fakeWindow('visible');
    let reads = 0;
    afterNextPaint(page.win, new AbortController().signal, () => reads++);
    expect(reads).toBe(0);
    page.frame();
    expect(reads).toBe(0); // still in the frame's callbacks: style, layout and paint come next
    page.advance(0);
    expect(reads).toBe(1);
    page.frame();
    page.advance(NO_FRAME_MS * 2);
    expect(reads).toBe(1);
    expect(page.pendingTimers()).toBe(0);
  });

  it('reads at once in a hidden tab, which draws no frames', () => {
    const page = fakeWindow('hidden');
    let reads = 0;
    afterNextPaint(page.win, new AbortController().signal, () => reads++);
    expect(reads).toBe(1);
    expect(page.pendingTimers()).toBe(0);
  });

  it('does not wait long for a frame that does not come, and reads once when it comes late', () => {
    const page = fakeWindow('visible');
    let reads = 0;
    afterNextPaint(page.win, new AbortController().signal, () => reads++);
    page.advance(NO_FRAME_MS - 1);
    expect(reads).toBe(0);
    page.advance(1);
    expect(reads).toBe(1);
    page.frame();
    page.advance(0);
    expect(reads).toBe(1);
  });

  it('never reads once the content script has stopped', () => {
    const page = fakeWindow('visible');
    const stop = new AbortController();
    let reads = 0;
    afterNextPaint(page.win, stop.signal, () => reads++);
    stop.abort();
    page.frame();
    page.advance(NO_FRAME_MS * 2);
    expect(reads).toBe(0);
  });
});
