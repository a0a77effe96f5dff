// Runs anywhere. The background's receiving half of the protocol, as a pure function so its
// checks (envelope, known type, allowed sender, payload schema, reply schema) are unit tested
// without a browser.
import { MessageEnvelope, protocol, type MessageType, type RequestOf, type ResponseOf } from './messages';
import { describeIssues, fail, ReplyFailure, type Reply } from './reply';
import type { Sender } from './sender';

export type Handlers = {
  [T in MessageType]: (request: RequestOf<T>, sender: Sender) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(protocol, type);
}

export async function dispatch(handlers: Handlers, raw: unknown, sender: Sender | null): Promise<Reply<unknown>> {
  if (!sender) return fail('forbidden', 'unknown sender');
  const envelope = MessageEnvelope.safeParse(raw);
  if (!envelope.success) return fail('bad-request', 'not a Latchkey message');
  const { type, payload } = envelope.data;
  if (!isMessageType(type)) return fail('unknown-type', `unknown message type "${type}"`);
  const spec = protocol[type];
  if (!(spec.from as readonly string[]).includes(sender.kind)) {
    return fail('forbidden', `"${type}" may not be sent from a ${sender.kind} context`);
  }
  const request = spec.request.safeParse(payload);
  if (!request.success) return fail('bad-request', `"${type}": ${describeIssues(request.error)}`);
  let value: unknown;
  try {
    // The cast is the one place the map's per-key types meet the runtime key.
    const handler = handlers[type] as (r: unknown, s: Sender) => unknown;
    value = await handler(request.data, sender);
  } catch (error) {
    if (error instanceof ReplyFailure) return fail(error.code, error.message);
    return fail('internal', `"${type}" failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const reply = spec.response.safeParse(value);
  if (!reply.success) return fail('bad-reply', `"${type}" reply: ${describeIssues(reply.error)}`);
  return { ok: true, value: reply.data };
}
