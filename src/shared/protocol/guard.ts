// Runs anywhere (used by the content script). The building blocks of the hand-written guards that
// stand in for zod where zod/mini would cost too much: the content script is loaded into every
// page (content-guards.ts, frame-channel.ts). Like zod, a guard returns a copy holding only the
// declared keys, or undefined when the value does not have the shape; each guard is held to the
// zod schema it stands for by a unit test, on valid and invalid samples.

// The factories are marked free of side effects, so that a guard built at the top of a module and
// used only by the other end of a channel (frame-channel.ts) is left out of the content script.

/** The checked value, or undefined when `raw` does not have the shape. */
export type Guard<T> = (raw: unknown) => T | undefined;

/** A field's type: a primitive, one of these strings (an enum), or a guard of its own. */
type Field = 'string' | 'number' | 'boolean' | readonly string[] | Guard<unknown>;
type Fields = Record<string, Field>;

export const isRecord = (raw: unknown): raw is Record<string, unknown> => typeof raw === 'object' && raw !== null && !Array.isArray(raw);

function checkField(v: unknown, type: Field): unknown {
  if (typeof type === 'function') return type(v);
  if (type === 'number') return typeof v === 'number' && Number.isFinite(v) ? v : undefined; // zod refuses NaN and Infinity
  if (typeof type === 'string') return typeof v === type ? v : undefined;
  return typeof v === 'string' && type.includes(v) ? v : undefined;
}

/**
 * A guard for an object of required `fields` and `optional` ones (absent or undefined, as
 * z.optional takes them). Unknown keys are dropped, as z.object does, or with `strict` refused, as
 * z.strictObject does.
 */
/* @__NO_SIDE_EFFECTS__ */
export function objectGuard<T>(fields: Fields, strict = false, optional: Fields = {}): Guard<T> {
  const keys = Object.keys(fields);
  const maybe = Object.keys(optional);
  return (raw) => {
    if (!isRecord(raw)) return undefined;
    if (strict && Object.keys(raw).some((k) => !Object.hasOwn(fields, k) && !Object.hasOwn(optional, k))) return undefined;
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const type = fields[k];
      const value = type === undefined ? undefined : checkField(raw[k], type);
      if (value === undefined) return undefined;
      out[k] = value;
    }
    for (const k of maybe) {
      const type = optional[k];
      if (raw[k] === undefined || type === undefined) continue;
      const value = checkField(raw[k], type);
      if (value === undefined) return undefined;
      out[k] = value;
    }
    return out as T;
  };
}

/** An array of `min` to `max` items, each passing `item`. */
/* @__NO_SIDE_EFFECTS__ */
export function arrayGuard<T>(item: Guard<T>, min = 0, max = Infinity): Guard<T[]> {
  return (raw) => {
    if (!Array.isArray(raw) || raw.length < min || raw.length > max) return undefined;
    const out: T[] = [];
    for (const v of raw) {
      const checked = item(v);
      if (checked === undefined) return undefined;
      out.push(checked);
    }
    return out;
  };
}

export const nullableGuard = /* @__NO_SIDE_EFFECTS__ */ <T>(guard: Guard<T>): Guard<T | null> => (raw) => (raw === null ? null : guard(raw));

/** A string that `ok` accepts (zod's string checks and refinements). */
export const stringGuard = /* @__NO_SIDE_EFFECTS__ */ (ok: (s: string) => boolean): Guard<string> => (raw) => (typeof raw === 'string' && ok(raw) ? raw : undefined);

/** A union told apart by the string in `key`, as z.discriminatedUnion is: one guard per value. */
/* @__NO_SIDE_EFFECTS__ */
export function unionGuard<T>(key: string, members: Record<string, Guard<T>>): Guard<T> {
  return (raw) => {
    const tag = isRecord(raw) ? raw[key] : undefined;
    return typeof tag === 'string' && Object.hasOwn(members, tag) ? members[tag]?.(raw) : undefined;
  };
}
