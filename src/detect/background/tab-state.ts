// Runs in: background. What the background knows about each tab: the content script's hello
// from the top frame and the latest detection report. Kept in storage.session, so a restarted
// worker still knows, and mirrored in memory: the background is the only writer (content
// scripts cannot reach storage.session), so the mirror cannot go stale, and reading it spares
// the popup a trip through the browser process while it opens.
import type { PageReport } from '../core/model';
import { EARLIER_HELLOS, type TabState } from '../../shared/protocol/shapes';
import { tabItem } from '../../shared/storage/items';
import { createSerialQueue } from '../../shared/serial-queue';

// One queue per tab, named by its id.
const serial = createSerialQueue();
const mirror = new Map<number, TabState>();

export async function readTab(tabId: number): Promise<TabState> {
  const known = mirror.get(tabId);
  if (known) return known;
  const { value } = await tabItem(tabId).get();
  // A write that finished while this read was out is newer than what was read.
  if (!mirror.has(tabId)) mirror.set(tabId, value);
  return mirror.get(tabId) ?? value;
}

async function writeTab(tabId: number, state: TabState): Promise<void> {
  await tabItem(tabId).set(state);
  mirror.set(tabId, state);
}

/**
 * A new top-frame document starts a fresh state: the old page's report no longer applies. Its
 * document id (where the browser gives one) tells Keep which document the tab shows now, and the
 * few hellos before it which documents it showed just before.
 */
export function recordHello(tabId: number, url: string, now: number, documentId?: string): Promise<void> {
  const hello = documentId === undefined ? { url, at: now } : { url, at: now, documentId };
  return serial(String(tabId), async () => {
    const { hello: last, earlier = [] } = await readTab(tabId);
    const before = last ? [...earlier, last].slice(-EARLIER_HELLOS) : earlier;
    await writeTab(tabId, before.length > 0 ? { hello, earlier: before, report: null } : { hello, report: null });
  });
}

// A report as it compares with the last: the time it took is no news.
const signature = (report: PageReport | null): string => JSON.stringify(report && { ...report, ms: 0 });

/**
 * Keeps the report of the document whose hello is recorded (`documentUrl`, the sender's URL, is
 * the one that document loaded at, as its hello's was) and answers that hello's time, and whether
 * the report says anything the last did not (a page reports a snapshot each time its forms change,
 * and a change of a field's value may change no class); a late report from the page before
 * describes nothing the tab shows now, and null says it was not kept. In the tab's queue, so a
 * hello sent just before is recorded first.
 */
export function recordReport(tabId: number, documentUrl: string, report: PageReport): Promise<{ helloAt: number; changed: boolean } | null> {
  return serial(String(tabId), async () => {
    const tab = await readTab(tabId);
    if (tab.hello?.url !== documentUrl) return null;
    const changed = signature(tab.report) !== signature(report);
    await writeTab(tabId, { ...tab, report });
    return { helloAt: tab.hello.at, changed };
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serial(String(tabId), async () => {
    mirror.delete(tabId);
    await tabItem(tabId).remove();
  });
}
