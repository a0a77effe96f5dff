// Runs in: background. Turns a content script's snapshot into the page's report: the classifier
// (detect/core) runs here, where every keyword list already is, so the content script that every
// page loads carries neither the classifier nor the lists. `ms` adds the classification to the
// snapshot's time in the page.
import { classifyPage } from '../core/classify';
import type { ReportRequest } from '../core/messages';
import type { PageReport } from '../core/model';
import { newestOnly } from './newest-only';

/** One turn per frame of a tab (`tabId:frameId`). */
export const reportTurns = newestOnly();

export const frameKey = (tabId: number, frameId: number): string => `${tabId}:${frameId}`;

export function classifyReport({ snapshot, ms }: ReportRequest): PageReport {
  const begun = performance.now();
  const classified = classifyPage(snapshot);
  const report: PageReport = { ...classified, ms: ms + performance.now() - begun };
  if (snapshot.texts) report.texts = snapshot.texts;
  return report;
}
