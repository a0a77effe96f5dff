// Runs in: every context. The only door to runtime messaging. Replies are checked against the
// reply schemas the caller knows (an old content script can outlive an update). Extension pages
// use `send` (the whole protocol); the content script uses content-messaging.ts, which bundles
// only its own reply schemas.
import browser from 'webextension-polyfill';
import type * as z from 'zod/mini';
import { protocol, type MessageType, type RequestOf, type ResponseOf } from '../core/protocol/messages';
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

export function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Reply<ResponseOf<T>>> {
  // Indexing the table with a generic key loses the per-key link TypeScript cannot express.
  return request(type, payload, protocol[type].response as unknown as z.ZodMiniType<ResponseOf<T>>);
}
