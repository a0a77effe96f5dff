// Runs in: background. What the background knows about each tab: the content script's hello
// from the top frame and the latest detection report. Kept in storage.session.
import type { PageReport } from '../core/detect/model';
import type { TabState } from '../core/protocol/messages';
import { tabItem } from './items';
import { createSerialQueue } from './serial';

const serial = createSerialQueue();

export async function readTab(tabId: number): Promise<TabState> {
  return (await tabItem(tabId).get()).value;
}

/** A new top-frame document starts a fresh state: the old page's report no longer applies. */
export function recordHello(tabId: number, url: string, now: number): Promise<void> {
  return serial(`tab:${tabId}`, () => tabItem(tabId).set({ hello: { url, at: now }, report: null }));
}

export function recordReport(tabId: number, report: PageReport): Promise<void> {
  return serial(`tab:${tabId}`, async () => {
    const item = tabItem(tabId);
    const { value } = await item.get();
    await item.set({ ...value, report });
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serial(`tab:${tabId}`, () => tabItem(tabId).remove());
}
