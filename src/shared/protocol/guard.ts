// Runs anywhere (used by the content script). The building blocks of the hand-written guards that
// stand in for zod where zod/mini would cost too much: the content script is loaded into every
// page (content-guards.ts, frame-channel.ts). Like zod, a guard returns a copy holding only the
// declared keys, or undefined when the value does not have the shape.

/** The checked value, or undefined when `raw` does not have the shape. */
export type Guard<T> = (raw: unknown) => T | undefined;

type Fields = Record<string, 'string' | 'number' | 'boolean' | readonly string[]>;

export const isRecord = (raw: unknown): raw is Record<string, unknown> => typeof raw === 'object' && raw !== null && !Array.isArray(raw);

function fieldOk(v: unknown, type: Fields[string]): boolean {
  if (type === 'number') return typeof v === 'number' && Number.isFinite(v); // zod refuses NaN and Infinity
  if (typeof type === 'string') return typeof v === type;
  return typeof v === 'string' && type.includes(v);
}

/** A guard for a flat object of required fields (the only kind the content script receives). */
export function objectGuard<T>(fields: Fields): Guard<T> {
  const keys = Object.keys(fields);
  return (raw) => {
    if (!isRecord(raw)) return undefined;
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const type = fields[k];
      if (type === undefined || !fieldOk(raw[k], type)) return undefined;
      out[k] = raw[k];
    }
    return out as T;
  };
}
