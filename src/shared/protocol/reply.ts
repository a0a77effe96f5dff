// Runs anywhere. Every answer from the background is a value, never a thrown exception across
// the message boundary: callers get a typed error they can show, and an old content script that
// outlives an extension update still gets something it can parse.
import * as z from 'zod/mini';
import { ERROR_CODES, fail } from './reply-codes';

export { fail };

export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ReplyError = z.object({ code: ErrorCode, message: z.string() });
export type ReplyError = z.infer<typeof ReplyError>;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ReplyError };

export const ReplyEnvelope = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ReplyError }),
]);

/** A short, readable account of why a value failed its schema (zod/mini has no prettifier in its core). */
export function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/**
 * Reads what the background answered to `type`: the envelope first, then the value against the
 * schema the caller expects. Shared by every sender (extension pages and the content script).
 */
export function readReply<T>(type: string, raw: unknown, reply: z.ZodMiniType<T>): Reply<T> {
  const envelope = ReplyEnvelope.safeParse(raw);
  if (!envelope.success) return fail('bad-reply', `"${type}": the background sent no valid reply`);
  if (!envelope.data.ok) return envelope.data;
  const value = reply.safeParse(envelope.data.value);
  if (!value.success) return fail('bad-reply', `"${type}" reply: ${describeIssues(value.error)}`);
  return { ok: true, value: value.data };
}

/** Thrown by a handler to answer with a specific error code instead of `internal`. */
export class ReplyFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
