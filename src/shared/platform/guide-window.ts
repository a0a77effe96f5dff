// Runs in: background and extension pages. Our own small windows beside the shop's page: the
// guide for a tab (where the in-page panel is not shown, or to fill a new password away from the
// page) and the review window, where a decision the in-page card may not take is taken. Neither
// page is web-accessible: no website can load or draw on them, so they may speak for any tab.
// windows.create needs no permission.
import browser from 'webextension-polyfill';

const SIZE = { guide: { width: 380, height: 640 }, review: { width: 380, height: 420 } } as const;

async function openWindow(path: string, size: { width: number; height: number }): Promise<boolean> {
  const created = await browser.windows.create({ url: browser.runtime.getURL(path), type: 'popup', ...size });
  return created.id !== undefined;
}

export function openGuideWindow(tabId: number): Promise<boolean> {
  return openWindow(`src/guide/ui/window.html?tab=${tabId}`, SIZE.guide);
}

/** The review window for the card's offer (`offer`) or its "Trouble signing in?" card (`trouble`). */
export function openReviewWindow(tabId: number, card: 'offer' | 'trouble'): Promise<boolean> {
  return openWindow(`src/pages/review/index.html?tab=${tabId}&card=${card}`, SIZE.review);
}
