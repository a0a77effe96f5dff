// Runs in: content script. `send` for the messages a content script may send, checking replies
// with hand-written guards (shared/protocol/content-guards.ts) instead of zod: the content script is
// loaded into every page, so it stays small.
import { contentReplyGuards, readGuardedReply } from '../protocol/content-guards';
import type { Guard } from '../protocol/guard';
import type { RequestOf } from '../protocol/messages';
import { fail, type Reply } from '../protocol/reply-codes';
import { nativeApi } from './native-api';

export type ContentMessage = keyof typeof contentReplyGuards;
type ReplyOf<T extends ContentMessage> = (typeof contentReplyGuards)[T] extends Guard<infer V> ? V : never;

export async function sendFromContent<T extends ContentMessage>(type: T, payload: RequestOf<T>): Promise<Reply<ReplyOf<T>>> {
  // Indexing the table with a generic key loses the per-key link TypeScript cannot express.
  const guard = contentReplyGuards[type] as unknown as Guard<ReplyOf<T>>;
  let raw: unknown;
  try {
    raw = await nativeApi().runtime.sendMessage({ type, payload });
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
  return readGuardedReply(type, raw, guard);
}
