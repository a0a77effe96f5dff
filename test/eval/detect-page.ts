// Runs in: unit tests. Detection of one page in one place: snapshot (DOM) + classification (pure)
// + timing. The extension splits the two (the content script snapshots, the background
// classifies), and so does the corpus evaluation, which times them apart (snapshot-entry.ts,
// detector-entry.ts).
import { classifyPage } from '../../src/detect/core/classify';
import type { PageReport } from '../../src/detect/core/model';
import { snapshotPage, type SnapshotOptions } from '../../src/detect/content/snapshot';

export function detectPage(doc: Document, opts?: SnapshotOptions): PageReport {
  const start = performance.now();
  const report = classifyPage(snapshotPage(doc, opts));
  return { ...report, ms: performance.now() - start };
}
