// Runs in: background. Tells a tab's top frame to host the in-page guide
// (src/guide/content/guide-feature.ts answers it).
import browser from 'webextension-polyfill';
import type { GuideCommand } from '../protocol/commands';

/** Best effort: a tab without our content script just has no panel (the popup can show the guide). */
export async function askTabToShowGuide(tabId: number): Promise<void> {
  const command: GuideCommand = { kind: 'guide-panel' };
  try {
    await browser.tabs.sendMessage(tabId, command, { frameId: 0 });
  } catch {
    // No receiver: nothing to show there.
  }
}
