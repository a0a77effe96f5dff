// Runs in: background and extension pages. Sends one protocol message and checks the reply
// against the schema the caller knows. Kept apart from the protocol table so a caller that
// imports only this and its own reply schemas does not bundle every schema of the protocol.
import browser from 'webextension-polyfill';
import type * as z from 'zod/mini';
import type { MessageType } from '../core/protocol/messages';
import { fail, readReply, type Reply } from '../core/protocol/reply';

export async function request<T>(type: MessageType, payload: unknown, reply: z.ZodMiniType<T>): Promise<Reply<T>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ type, payload });
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
  return readReply(type, raw, reply);
}
