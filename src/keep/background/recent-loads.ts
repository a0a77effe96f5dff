// Runs in: background. The latest top-frame load status of each tab and the document it came
// from, kept in memory: a new document's status can reach the background before the submit it
// follows, when no capture is waiting to take it (observe.ts reads it back when the capture is
// stored). Memory only: the window it covers is a moment, and a worker restarted in between
// falls back to waiting out the grace period (keep/core/outcome.ts).
import type { DocumentRef } from '../core/document';

interface Load {
  from: DocumentRef;
  status: number | null;
}

// Tabs close without telling Keep: the oldest are forgotten past this many.
const MAX_TABS = 64;
const loads = new Map<number, Load>();

export function rememberLoad(tabId: number, from: DocumentRef, status: number | null): void {
  loads.delete(tabId);
  loads.set(tabId, { from, status });
  for (const oldest of loads.keys()) {
    if (loads.size <= MAX_TABS) break;
    loads.delete(oldest);
  }
}

export const lastLoad = (tabId: number): Load | undefined => loads.get(tabId);
