// Runs in: extension pages. `send` over the whole protocol, by the pages' port (message-port.ts):
// replies are checked against the protocol's reply schemas (the background may be newer than a
// page left open). The content script uses content-messaging.ts instead, which bundles only its
// own reply schemas.
import type * as z from 'zod/mini';
import type { MessageType, RequestOf, ResponseOf } from '../protocol/messages';
import { fail, readReply, type Reply } from '../protocol/reply';
import { deliver } from './message-port';

// The table of every message's schemas is built when a page first sends, not while it starts:
// building them all would hold back the popup's first render (a page's first screen is checked
// with its own shapes: pages/popup/first-screen.ts). The first message is posted while the
// table loads.
type Table = typeof import('../protocol/messages');
let loading: Promise<Table> | null = null;
function protocolTable(): Promise<Table> {
  // A chunk that failed to load (the extension was updated under an open page) is tried again.
  loading ??= import('../protocol/messages').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Reply<ResponseOf<T>>> {
  let raw: unknown;
  let table: Table;
  try {
    [raw, table] = await Promise.all([deliver({ type, payload }), protocolTable()]);
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
  // Indexing the table with a generic key loses the per-key link TypeScript cannot express.
  return readReply(type, raw, table.protocol[type].response as unknown as z.ZodMiniType<ResponseOf<T>>);
}
