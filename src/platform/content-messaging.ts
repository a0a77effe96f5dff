// Runs in: content script. `send` for the messages a content script may send, checking replies
// with only their own schemas (the content script is loaded into every page: keep it small).
import type * as z from 'zod/mini';
import { contentReplies } from '../core/protocol/content-api';
import type { RequestOf } from '../core/protocol/messages';
import type { Reply } from '../core/protocol/reply';
import { request } from './request';

export type ContentMessage = keyof typeof contentReplies;

export function sendFromContent<T extends ContentMessage>(
  type: T,
  payload: RequestOf<T>,
): Promise<Reply<z.infer<(typeof contentReplies)[T]>>> {
  // Indexing the table with a generic key loses the per-key link TypeScript cannot express.
  return request(type, payload, contentReplies[type] as unknown as z.ZodMiniType<z.infer<(typeof contentReplies)[T]>>);
}
