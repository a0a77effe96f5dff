// Runs in: background (sending) and content script (receiving). Commands to a tab's top frame.
import browser, { type Runtime } from 'webextension-polyfill';
import { FillCommand, FillOutcome } from '../core/protocol/commands';

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

/**
 * Content script: answers fill commands from our own extension only (a command from anyone else,
 * or one that fails its schema, is ignored). The listener dies with `signal`.
 */
export function onFill(signal: AbortSignal, handle: (command: FillCommand) => FillOutcome): void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<FillOutcome> | undefined => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
    const command = FillCommand.safeParse(raw);
    if (!command.success) return undefined;
    return Promise.resolve(handle(command.data));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
