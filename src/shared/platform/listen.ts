// Runs in: background. The receiving end of the protocol: classifies the sender from what the
// browser says (never from the payload) and hands the message to the total handler map.
import browser, { type Runtime } from 'webextension-polyfill';
import { dispatch, type Handlers } from '../protocol/dispatch';
import { PortRequest } from '../protocol/port-frame';
import { classifySender, type Sender } from '../protocol/sender';
import { MESSAGES_PORT } from './message-port';
import { ownExtension, senderFacts } from './sender-facts';

/** Must be called synchronously at start-up so wake-up events are not lost. */
export function listen(handlers: Handlers): void {
  const own = ownExtension();
  const who = (sender: Runtime.MessageSender | undefined): Sender | null =>
    sender ? classifySender(senderFacts(sender), own) : null;
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => dispatch(handlers, raw, who(sender)));
  // The pages' port (message-port.ts): the sender is what the browser said of the port when it
  // connected, and every message on it goes through the same dispatch and its checks.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== MESSAGES_PORT) return;
    const sender = who(port.sender);
    port.onMessage.addListener((frame: unknown) => {
      const parsed = PortRequest.safeParse(frame);
      if (!parsed.success) return;
      void dispatch(handlers, parsed.data.message, sender).then((reply) => {
        try {
          port.postMessage({ id: parsed.data.id, reply });
        } catch {
          // The page closed before its answer: nobody is waiting.
        }
      });
    });
  });
}
