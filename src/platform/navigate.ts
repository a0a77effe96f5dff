// Runs in: background. Sends a tab to a URL (the guide opens a site's change-password page in the
// tab the user started it from). tabs.update with a URL needs no `tabs` permission.
import browser from 'webextension-polyfill';

export async function openInTab(tabId: number, url: string): Promise<boolean> {
  try {
    await browser.tabs.update(tabId, { url });
    return true;
  } catch {
    return false;
  }
}
