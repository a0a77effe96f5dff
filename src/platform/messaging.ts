// Runs in: every context. The only door to runtime messaging. `send` validates the reply against
// the protocol (an old content script can outlive an update); `listen` is the background's
// receiving end and classifies the sender from what the browser says, never from the payload.
import browser, { type Runtime } from 'webextension-polyfill';
import * as z from 'zod/mini';
import { dispatch, type Handlers } from '../core/protocol/dispatch';
import { protocol, type MessageType, type RequestOf, type ResponseOf } from '../core/protocol/messages';
import { fail, ReplyEnvelope, type Reply } from '../core/protocol/reply';
import { classifySender } from '../core/protocol/sender';

export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Reply<ResponseOf<T>>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ type, payload });
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
  const envelope = ReplyEnvelope.safeParse(raw);
  if (!envelope.success) return fail('bad-reply', `"${type}": the background sent no valid reply`);
  if (!envelope.data.ok) return envelope.data;
  const value = protocol[type].response.safeParse(envelope.data.value);
  if (!value.success) return fail('bad-reply', `"${type}" reply: ${z.prettifyError(value.error)}`);
  return { ok: true, value: value.data as ResponseOf<T> };
}

function ownOrigin(): string {
  return new URL(browser.runtime.getURL('/')).origin;
}

/** Background only. Must be called synchronously at start-up so wake-up events are not lost. */
export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    const who = classifySender(
      { id: sender.id, url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId },
      browser.runtime.id,
      ownOrigin(),
    );
    return dispatch(handlers, raw, who);
  });
}
