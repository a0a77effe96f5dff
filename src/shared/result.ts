// Runs anywhere. The one Result shape the core returns instead of throwing, so callers in the
// background and the UI handle every failure as data (DESIGN.md, security rule 7: bad input gives
// a clear error and loses nothing).
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
