// Runs in: content script. Answers commands the background sends to this tab's top frame.
import type { Runtime } from 'webextension-polyfill';
import type { FillCommand, FillOutcome } from '../protocol/commands';
import { isFillCommand } from '../protocol/content-guards';
import { nativeApi } from './native-api';

/**
 * The one door for commands into the content script: `handle` sees a message only when it comes
 * from our own extension's background (never a page, another tab's script or another extension),
 * and stops seeing any once `signal` aborts. `answer` replies at once; a message left unanswered
 * fails fast on the sender's side. Chrome ignores a promise returned by a listener, so replies go
 * through `sendResponse`.
 */
export function onBackgroundCommand(signal: AbortSignal, handle: (raw: unknown, answer: (reply: unknown) => void) => void): void {
  const runtime = nativeApi().runtime;
  const listener = (raw: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void): undefined => {
    if (sender.id !== runtime.id || sender.tab !== undefined) return;
    handle(raw, sendResponse);
  };
  // The polyfill's types only know "return true and answer later"; we answer at once or not at
  // all (returning true for a message we ignore would leave its sender waiting).
  const typed = listener as unknown as Runtime.OnMessageListener;
  runtime.onMessage.addListener(typed);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(typed), { once: true });
}

/** Answers fill commands; one that fails its schema (checked by a guard, not zod) is ignored. */
export function onFill(signal: AbortSignal, handle: (command: FillCommand) => FillOutcome): void {
  onBackgroundCommand(signal, (raw, answer) => {
    const command = isFillCommand(raw);
    if (command) answer(handle(command));
  });
}
