// Runs in: content script. Detection of one page: snapshot (DOM) + classification (pure) + timing.
import { classifyPage } from '../core/classify';
import type { PageReport } from '../core/model';
import { snapshotPage, type SnapshotOptions } from './snapshot';

export function detectPage(doc: Document, opts?: SnapshotOptions): PageReport {
  const start = performance.now();
  const report = classifyPage(snapshotPage(doc, opts));
  return { ...report, ms: performance.now() - start };
}
