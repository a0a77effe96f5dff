// Runs in: background. The receiving end of the protocol: classifies the sender from what the
// browser says (never from the payload) and hands the message to the total handler map.
import browser, { type Runtime } from 'webextension-polyfill';
import { dispatch, type Handlers } from '../core/protocol/dispatch';
import { classifySender } from '../core/protocol/sender';

/** Must be called synchronously at start-up so wake-up events are not lost. */
export function listen(handlers: Handlers): void {
  const ownOrigin = new URL(browser.runtime.getURL('/')).origin;
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    const who = classifySender(
      { id: sender.id, url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId },
      browser.runtime.id,
      ownOrigin,
    );
    return dispatch(handlers, raw, who);
  });
}
