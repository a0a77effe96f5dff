// Runs in: corpus pages, injected by scripts/eval-detect.mjs as one IIFE bundle after the page's
// own (snapshot-entry.ts, which defines window.__latchkeySnapshot). Exposes the real detector (that
// snapshot, then the classifier), the baseline scan and a probe that returns what the evaluation
// scores offline: the page's snapshot (the classifier is pure, so Node can classify it again after
// a rule changes) and where each labelled field sits in it.
import { classifyPage } from '../../src/detect/core/classify';
import type { PageReport } from '../../src/detect/core/model';
import type { PageSnapshot } from '../../src/detect/core/snapshot-types';
import { baselineScan } from './baseline';
import { locateFields, type FieldLabel, type LocatedField } from './locate-fields';

export interface Probe {
  snapshot: PageSnapshot;
  report: Omit<PageReport, 'ms'>;
  /** The page's declared language (<html lang>), '' when none. */
  lang: string;
  fields: LocatedField[];
}

declare global {
  interface Window {
    __latchkeyDetect: () => Omit<PageReport, 'ms'>;
    __latchkeyClassify: (snapshot: PageSnapshot) => ReturnType<typeof classifyPage>;
    __latchkeyBaseline: () => number;
    __latchkeyProbe: (labels: FieldLabel[]) => Probe;
  }
}

window.__latchkeyDetect = () => classifyPage(window.__latchkeySnapshot());
window.__latchkeyClassify = (snapshot) => classifyPage(snapshot);
window.__latchkeyBaseline = () => baselineScan(document);
window.__latchkeyProbe = (labels) => {
  const snapshot = window.__latchkeySnapshot();
  const report = classifyPage(snapshot);
  return {
    snapshot, report, lang: document.documentElement.lang ?? '',
    fields: locateFields(document, report, labels),
  };
};
