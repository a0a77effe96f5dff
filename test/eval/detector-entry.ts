// Runs in: corpus pages, injected by scripts/eval-detect.mjs as one IIFE bundle. Exposes the real
// detector, the baseline scan and a probe that returns what the evaluation scores offline: the
// page's snapshot (the classifier is pure, so Node can classify it again after a rule changes)
// and where each labelled field sits in it.
import { detectPage } from './detect-page';
import { snapshotPage } from '../../src/detect/content/snapshot';
import { classifyPage } from '../../src/detect/core/classify';
import type { PageReport } from '../../src/detect/core/model';
import type { PageSnapshot } from '../../src/detect/core/snapshot-types';
import { baselineScan } from './baseline';
import { locateFields, type FieldLabel, type LocatedField } from './locate-fields';

export interface Probe {
  snapshot: PageSnapshot;
  report: PageReport;
  /** The page's declared language (<html lang>), '' when none. */
  lang: string;
  fields: LocatedField[];
}

declare global {
  interface Window {
    __latchkeyDetect: () => PageReport;
    /** The page's share of detection: what the content script runs (the background classifies). */
    __latchkeySnapshot: () => PageSnapshot;
    __latchkeyClassify: (snapshot: PageSnapshot) => ReturnType<typeof classifyPage>;
    __latchkeyBaseline: () => number;
    __latchkeyProbe: (labels: FieldLabel[]) => Probe;
  }
}

window.__latchkeyDetect = () => detectPage(document);
window.__latchkeySnapshot = () => snapshotPage(document);
window.__latchkeyClassify = (snapshot) => classifyPage(snapshot);
window.__latchkeyBaseline = () => baselineScan(document);
window.__latchkeyProbe = (labels) => {
  const report = detectPage(document);
  return {
    snapshot: snapshotPage(document), report, lang: document.documentElement.lang ?? '',
    fields: locateFields(document, report, labels),
  };
};
