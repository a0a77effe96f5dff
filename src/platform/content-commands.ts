// Runs in: content script. Answers commands the background sends to this tab's top frame.
import type { Runtime } from 'webextension-polyfill';
import { FillCommand, type FillOutcome } from '../core/protocol/commands';
import { nativeApi } from './native-api';

/**
 * Answers fill commands from our own extension only (a command from anyone else, or one that
 * fails its schema, is ignored). Answers through `sendResponse`: Chrome ignores a promise
 * returned by a listener. The listener dies with `signal`.
 */
export function onFill(signal: AbortSignal, handle: (command: FillCommand) => FillOutcome): void {
  const runtime = nativeApi().runtime;
  const listener = (raw: unknown, sender: Runtime.MessageSender, sendResponse: (reply: FillOutcome) => void): undefined => {
    if (sender.id !== runtime.id || sender.tab !== undefined) return;
    const command = FillCommand.safeParse(raw);
    if (command.success) sendResponse(handle(command.data));
  };
  // The polyfill's types only know "return true and answer later"; we answer at once or not at
  // all (returning true for a message we ignore would leave its sender waiting).
  const typed = listener as unknown as Runtime.OnMessageListener;
  runtime.onMessage.addListener(typed);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(typed), { once: true });
}
