// Runs anywhere. The error codes of a reply, as plain data: reply.ts builds its zod enum from this
// list, and the content script checks replies against it without loading zod.
export const ERROR_CODES = [
  'bad-request', // payload failed its schema
  'unknown-type', // no such message in the protocol
  'forbidden', // this sender may not send this message
  'bad-reply', // the background answered something its own schema refuses
  'unavailable', // the background could not be reached (context invalidated, no receiver)
  'internal', // a handler threw
  'locked', // the vault is locked (or does not exist yet): unlock first
  'unreadable', // what is stored cannot be read (a newer version wrote it, or it is damaged): kept, nothing written
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
export interface ReplyError { code: ErrorCode; message: string }
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ReplyError };

export function fail(code: ErrorCode, message: string): { ok: false; error: ReplyError } {
  return { ok: false, error: { code, message } };
}
