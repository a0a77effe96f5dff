// Runs in: extension pages (the popup). Opens the guide page for a tab in a small window of its
// own, beside the shop's page (where the in-page panel is not shown: the user closed it, or the
// page cannot host it). windows.create needs no permission.
import browser from 'webextension-polyfill';

export async function openGuideWindow(tabId: number): Promise<void> {
  const url = browser.runtime.getURL(`src/ui/guide/index.html?tab=${tabId}`);
  await browser.windows.create({ url, type: 'popup', width: 380, height: 640 });
}
