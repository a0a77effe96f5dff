// Runs in: background and extension pages. Sends one protocol message and checks the reply
// against the schema the caller knows. Kept apart from the protocol table so a caller that
// imports only this and its own reply schemas does not bundle every schema of the protocol.
import browser from 'webextension-polyfill';
import type * as z from 'zod/mini';
import type { MessageType } from '../core/protocol/messages';
import { fail, readReply, type Reply } from '../core/protocol/reply';

/** How a message reaches the background: runtime.sendMessage, or the pages' port (message-port.ts). */
export type Deliver = (message: { type: MessageType; payload: unknown }) => Promise<unknown>;

export async function request<T>(type: MessageType, payload: unknown, reply: z.ZodMiniType<T>, deliver: Deliver = (message) => browser.runtime.sendMessage(message)): Promise<Reply<T>> {
  let raw: unknown;
  try {
    raw = await deliver({ type, payload });
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
  return readReply(type, raw, reply);
}
