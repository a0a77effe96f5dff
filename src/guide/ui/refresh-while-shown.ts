// Runs in: the guide page. The guide is asked for again and again while the user can see it (a
// step changes when they load a page), and not at all while its tab is in the background: every
// ask is a message that wakes the background and a render of the panel, and a tab left with a
// guide open would otherwise pay for them for as long as it stays open. Shown again, it asks at once.
// Not pushed by the background (shared/platform/page-events.ts): Firefox ESR 153 delivers no
// runtime.sendMessage to our page framed in a shop's page, which is where the panel mostly is
// (tried: with pushed updates and no timer, the guide E2E flows passed in Chromium and stalled in
// Firefox, whose framed panel received no message at all).

/** Starts refreshing; answers a function that stops it. `load` runs at once, whatever the visibility. */
export function refreshWhileShown(doc: Document, periodMs: number, load: () => void): () => void {
  load();
  const win = doc.defaultView;
  if (!win) return () => {};
  let timer: number | null = null;
  const stopTimer = () => {
    if (timer !== null) win.clearInterval(timer);
    timer = null;
  };
  const follow = () => {
    if (doc.visibilityState !== 'visible') return stopTimer();
    if (timer !== null) return;
    timer = win.setInterval(load, periodMs);
  };
  const shownAgain = () => {
    if (doc.visibilityState === 'visible' && timer === null) load();
    follow();
  };
  follow();
  doc.addEventListener('visibilitychange', shownAgain);
  return () => {
    stopTimer();
    doc.removeEventListener('visibilitychange', shownAgain);
  };
}
