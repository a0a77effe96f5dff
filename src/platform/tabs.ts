// Runs in: extension pages. Which tab the popup speaks about.
import browser from 'webextension-polyfill';

/**
 * The tab the popup describes: `?tab=ID` when the popup was opened as a page for a given tab
 * (tests, "open in a tab"), else the active tab of the current window.
 */
export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function onTabRemoved(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener(listener);
}
