// Runs in: content script. `send` for the messages a content script may send, checking replies
// with only their own schemas (the content script is loaded into every page: keep it small).
import type * as z from 'zod/mini';
import { contentReplies } from '../core/protocol/content-api';
import type { RequestOf } from '../core/protocol/messages';
import { fail, readReply, type Reply } from '../core/protocol/reply';
import { nativeApi } from './native-api';

export type ContentMessage = keyof typeof contentReplies;

export async function sendFromContent<T extends ContentMessage>(
  type: T,
  payload: RequestOf<T>,
): Promise<Reply<z.infer<(typeof contentReplies)[T]>>> {
  // Indexing the table with a generic key loses the per-key link TypeScript cannot express.
  const schema = contentReplies[type] as unknown as z.ZodMiniType<z.infer<(typeof contentReplies)[T]>>;
  let raw: unknown;
  try {
    raw = await nativeApi().runtime.sendMessage({ type, payload });
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
  return readReply(type, raw, schema);
}
