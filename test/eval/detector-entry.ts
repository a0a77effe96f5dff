// Runs in: corpus pages, injected by scripts/eval-detect.mjs as one IIFE bundle. Exposes the real
// detector and the baseline scan to page.evaluate().
import { detectPage } from '../../src/content/detect/detector';
import type { PageReport } from '../../src/core/detect/model';
import { baselineScan } from './baseline';

declare global {
  interface Window {
    __latchkeyDetect: () => PageReport;
    __latchkeyBaseline: () => number;
  }
}

window.__latchkeyDetect = () => detectPage(document);
window.__latchkeyBaseline = () => baselineScan(document);
