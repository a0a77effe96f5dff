// Runs in: every context. Sends one protocol message and checks the reply against the schema the
// caller knows. Kept apart from the protocol table so the content script, which imports only this
// and its own reply schemas, does not bundle every schema of the protocol.
import browser from 'webextension-polyfill';
import type * as z from 'zod/mini';
import type { MessageType } from '../core/protocol/messages';
import { describeIssues, fail, ReplyEnvelope, type Reply } from '../core/protocol/reply';

export async function request<T>(type: MessageType, payload: unknown, reply: z.ZodMiniType<T>): Promise<Reply<T>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ type, payload });
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
  const envelope = ReplyEnvelope.safeParse(raw);
  if (!envelope.success) return fail('bad-reply', `"${type}": the background sent no valid reply`);
  if (!envelope.data.ok) return envelope.data;
  const value = reply.safeParse(envelope.data.value);
  if (!value.success) return fail('bad-reply', `"${type}" reply: ${describeIssues(value.error)}`);
  return { ok: true, value: value.data };
}
