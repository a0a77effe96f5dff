// Runs in: extension pages. `send` over the whole protocol, by the pages' port (message-port.ts):
// replies are checked against the protocol's reply schemas (the background may be newer than a
// page left open). The content script uses content-messaging.ts instead, which bundles only its
// own reply schemas.
import type * as z from 'zod/mini';
import { protocol, type MessageType, type RequestOf, type ResponseOf } from '../core/protocol/messages';
import { fail, readReply, type Reply } from '../core/protocol/reply';
import { deliver } from './message-port';

export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Reply<ResponseOf<T>>> {
  let raw: unknown;
  try {
    raw = await deliver({ type, payload });
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
  // Indexing the table with a generic key loses the per-key link TypeScript cannot express.
  return readReply(type, raw, protocol[type].response as unknown as z.ZodMiniType<ResponseOf<T>>);
}
