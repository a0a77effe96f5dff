// Runs in: content script. When the first read of a page may start. The content script starts at
// document_idle, which can come before the page's first frame is drawn: a read then makes the
// browser work out the page's style and layout on our time (the visibility check asks for boxes,
// styles and a hit test) and holds back the page's first paint for as long as the read takes.
// After the page's next rendered frame, the page is laid out and on screen: the read pays only
// for itself, and the shopper sees the page first. A hidden tab draws no frames, so it reads at
// once; a frame that does not come (a throttled or occluded window) is not waited for long.
export const NO_FRAME_MS = 100;

type PaintWindow = Pick<Window, 'requestAnimationFrame' | 'setTimeout' | 'clearTimeout'> & { document: Pick<Document, 'visibilityState'> };

/** Calls `run` once, after the page's next rendered frame (or at once when hidden); never after `signal` aborts. */
export function afterNextPaint(win: PaintWindow, signal: AbortSignal, run: () => void): void {
  if (win.document.visibilityState !== 'visible') {
    run();
    return;
  }
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    win.clearTimeout(fallback);
    if (!signal.aborted) run();
  };
  const fallback = win.setTimeout(go, NO_FRAME_MS);
  // A frame's callbacks run before its style, layout and paint; a task queued from one runs after them.
  win.requestAnimationFrame(() => win.setTimeout(go, 0));
}
