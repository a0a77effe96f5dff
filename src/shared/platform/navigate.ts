// Runs in: background. Sends a tab to a URL (the guide opens a site's change-password page in the
// tab the user started it from, or a new tab from the options page). tabs.update and tabs.create
// with a URL need no `tabs` permission.
import browser from 'webextension-polyfill';

export async function openInTab(tabId: number, url: string): Promise<boolean> {
  try {
    await browser.tabs.update(tabId, { url });
    return true;
  } catch {
    return false;
  }
}

/** Opens `url` in a new tab; its id, or null when the browser refused. */
export async function openNewTab(url: string): Promise<number | null> {
  try {
    return (await browser.tabs.create({ url })).id ?? null;
  } catch {
    return null;
  }
}

/** The options page, opened on one entry's editor (its route `#/passwords/<id>`) or on the list. */
export function optionsPageUrl(entryId: string | null): string {
  return browser.runtime.getURL(`src/pages/options/index.html#/passwords${entryId === null ? '' : `/${encodeURIComponent(entryId)}`}`);
}
