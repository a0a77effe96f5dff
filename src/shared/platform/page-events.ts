// Runs in: background (announce) and extension pages (listen). The page events of
// shared/protocol/page-event.ts: the background announces, our top-level pages listen. A page takes
// only what the browser says came from our own extension context outside any tab (the background,
// or another page of ours), never a content script's or a framed page's message.
import browser, { type Runtime } from 'webextension-polyfill';
import { PageEvent } from '../protocol/page-event';
import { classifySender } from '../protocol/sender';
import { ownExtension, senderFacts } from './sender-facts';

/** Background: tells every open page of ours; nobody listening is no error. */
export function announceToPages(event: PageEvent): void {
  browser.runtime.sendMessage(event).catch(() => undefined);
}

/** Pages: calls `listener` for each event from our own context; answers a function that stops listening. */
export function onPageEvent(listener: (event: PageEvent) => void): () => void {
  const own = ownExtension();
  const handle = (raw: unknown, sender: Runtime.MessageSender): undefined => {
    const from = classifySender(senderFacts(sender), own);
    if (from?.kind !== 'extension' || sender.tab !== undefined) return undefined;
    const event = PageEvent.safeParse(raw);
    if (event.success) listener(event.data);
    // No answer: the background's own listener answers protocol messages, and returning
    // undefined keeps this one from claiming them.
    return undefined;
  };
  browser.runtime.onMessage.addListener(handle);
  return () => browser.runtime.onMessage.removeListener(handle);
}
