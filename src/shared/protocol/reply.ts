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

// The envelope as two plain objects read in turn, not a union of literals: the content script
// carries this file, and zod's union and literal types would be a twentieth of its budget.
const Envelope = z.object({ ok: z.boolean() });
const FailureEnvelope = z.object({ error: ReplyError });

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
  const envelope = Envelope.safeParse(raw);
  const failure = envelope.success && !envelope.data.ok ? FailureEnvelope.safeParse(raw) : null;
  if (!envelope.success || failure?.success === false) return fail('bad-reply', `"${type}": the background sent no valid reply`);
  if (failure?.success) return { ok: false, error: failure.data.error };
  // An object with ok: true (the envelope said so); its value is the message's schema's to judge.
  const value = reply.safeParse((raw as { value?: unknown }).value);
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
