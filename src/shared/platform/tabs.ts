// Runs in: background. Tabs closing.
import browser from 'webextension-polyfill';

export function onTabRemoved(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener(listener);
}
