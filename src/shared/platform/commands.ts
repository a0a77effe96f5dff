// Runs in: background. Commands to a tab's top frame (the content script answers them in
// content-commands.ts).
import browser from 'webextension-polyfill';
import { GeneratedFillOutcome } from '../../keep/core/generated-fill';
import { FillOutcome, type FillCommand } from '../protocol/commands';

/** Background: sends a fill command to the top frame of a tab; `unreachable` if nobody answers. */
export async function sendFill(tabId: number, command: FillCommand): Promise<FillOutcome> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, command, { frameId: 0 });
    const parsed = FillOutcome.safeParse(reply);
    return parsed.success ? parsed.data : { filled: false, reason: 'unreachable' };
  } catch {
    return { filled: false, reason: 'unreachable' };
  }
}

/** Background: a generated password for the top frame's new-password fields (Keep). */
export async function sendGeneratedFill(tabId: number, command: FillCommand): Promise<GeneratedFillOutcome> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, command, { frameId: 0 });
    const parsed = GeneratedFillOutcome.safeParse(reply);
    return parsed.success ? parsed.data : { filled: false, reason: 'unreachable', username: null };
  } catch {
    return { filled: false, reason: 'unreachable', username: null };
  }
}
