// Runs in: extension pages. `send` over the whole protocol, by the pages' port (message-port.ts):
// replies are checked against the protocol's reply schemas (the background may be newer than a
// page left open). The content script uses content-messaging.ts instead, which bundles only its
// own reply schemas.
import type * as z from 'zod/mini';
import { protocol, type MessageType, type RequestOf, type ResponseOf } from '../core/protocol/messages';
import type { Reply } from '../core/protocol/reply';
import { deliver } from './message-port';
import { request } from './request';

export function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Reply<ResponseOf<T>>> {
  // Indexing the table with a generic key loses the per-key link TypeScript cannot express.
  return request(type, payload, protocol[type].response as unknown as z.ZodMiniType<ResponseOf<T>>, deliver);
}
