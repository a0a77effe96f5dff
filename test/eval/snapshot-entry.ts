// Runs in: corpus pages, injected by scripts/eval-detect.mjs before the detector bundle, as its own
// script. What the content script runs for a report and nothing else: the page's first call is
// timed from this bundle's first line, so it pays for the snapshot's module set-up, not for the
// classifier's (which the extension runs in the background, once per worker).
import { snapshotPage } from '../../src/detect/content/snapshot';
import type { PageSnapshot } from '../../src/detect/core/snapshot-types';

declare global {
  interface Window {
    /** The page's share of detection: what the content script runs (the background classifies). */
    __latchkeySnapshot: () => PageSnapshot;
  }
}

window.__latchkeySnapshot = () => snapshotPage(document);
