// Runs in: background. Tells a tab's top frame to show the in-page Keep prompt
// (src/keep/content/prompt-feature.ts answers it).
import browser from 'webextension-polyfill';
import type { PromptCommand } from '../protocol/commands';

/** Best effort: a tab without our content script (or one that is closing) just has no prompt. */
export async function askTabToPrompt(tabId: number): Promise<void> {
  const command: PromptCommand = { kind: 'keep-prompt' };
  try {
    await browser.tabs.sendMessage(tabId, command, { frameId: 0 });
  } catch {
    // The popup still lists the offer.
  }
}
