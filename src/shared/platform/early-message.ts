// Runs in: extension pages, before their main script. Sends one protocol message with the
// browser's own API (native-api.ts), so a page can ask the background something while its main
// module graph (zod, Preact, the polyfill) is still being fetched and compiled. The answer is
// raw: the caller checks it with the reply's schema (shared/protocol/reply.ts readReply) before
// using it, as every reply is checked.
import type { MessageType, RequestOf } from '../protocol/messages';
import { nativeApi } from './native-api';

export type RawReply = { sent: true; raw: unknown } | { sent: false; error: string };

export async function sendEarly<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<RawReply> {
  try {
    return { sent: true, raw: await nativeApi().runtime.sendMessage({ type, payload }) };
  } catch (error) {
    return { sent: false, error: error instanceof Error ? error.message : String(error) };
  }
}
