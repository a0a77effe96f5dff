// Runs in: content script. Answers commands the background sends to this tab's top frame.
import type { Runtime } from 'webextension-polyfill';
import type { TabCommandKind, TabCommandOf, TabReplyOf } from '../protocol/commands';
import { tabCommandGuards } from '../protocol/content-guards';
import { nativeApi } from './native-api';

/**
 * The one door for commands into the content script: `handle` sees a command of `kind` only when
 * it comes from our own extension's background (never a page, another tab's script or another
 * extension) and passes its guard, and stops seeing any once `signal` aborts. The reply goes back
 * at once, or when `handle`'s promise settles (a fill waits for the page's classification);
 * anything else is left unanswered, which fails fast on the sender's side. Chrome ignores a promise
 * returned by a listener, so replies go through `sendResponse`.
 */
export function onTabCommand<K extends TabCommandKind>(signal: AbortSignal, kind: K, handle: (command: TabCommandOf<K>) => TabReplyOf<K> | Promise<TabReplyOf<K>>): void {
  const runtime = nativeApi().runtime;
  const guard = tabCommandGuards[kind] as (raw: unknown) => TabCommandOf<K> | undefined;
  const listener = (raw: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void): true | undefined => {
    if (sender.id !== runtime.id || sender.tab !== undefined) return;
    const command = guard(raw);
    if (!command) return;
    const reply = handle(command);
    if (!(reply instanceof Promise)) {
      if (reply !== undefined) sendResponse(reply);
      return;
    }
    // An answer that fails is no answer: the sender's wait ends with the channel's error.
    void reply.then((value) => sendResponse(value), () => sendResponse(undefined));
    return true;
  };
  // The polyfill's types only know "return true and answer later"; we answer later only for a
  // command we took (returning true for a message we ignore would leave its sender waiting).
  const typed = listener as unknown as Runtime.OnMessageListener;
  runtime.onMessage.addListener(typed);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(typed), { once: true });
}
