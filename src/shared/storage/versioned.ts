// Runs anywhere. The versioned envelope every stored value is written in, `{ v, data }`, and the
// pure decode step: migrate old versions one number at a time, then parse. A value that fails is
// reported, never repaired in place, so the caller can refuse to overwrite it (nothing is lost).
import * as z from 'zod/mini';

export type Area = 'local' | 'session';

/** Migration N turns data of version N into data of version N + 1. */
export type Migration = (data: unknown) => unknown;

/**
 * What a write does when the stored value cannot be read. 'keep': it is refused, so a value from
 * a newer version or one damaged on disk is never replaced by the fallback behind the user's back
 * (the user may reset it explicitly). 'replace': the write goes ahead; for flow state that lives
 * one browser session and that only this version of the extension wrote.
 */
export type WhenUnreadable = 'keep' | 'replace';

export interface ItemSpec<T> {
  area: Area;
  key: string;
  schema: z.ZodMiniType<T>;
  fallback: T;
  version: number;
  migrations?: Readonly<Record<number, Migration>>;
  whenUnreadable: WhenUnreadable;
}

/** Why a stored value could not be read: written by a newer version, or not a value we write. */
export const Unreadable = z.enum(['newer-version', 'damaged']);
export type Unreadable = z.infer<typeof Unreadable>;

export interface ItemRead<T> {
  value: T;
  /** Set when the stored value could not be read; the stored value was not changed. */
  error?: string;
  problem?: Unreadable;
}

/** A write refused because the stored value cannot be read and its item keeps such values. */
export class UnreadableStoredValue extends Error {
  constructor(
    readonly key: string,
    readonly problem: Unreadable,
    detail: string,
  ) {
    super(`${detail}: it is kept as it is and nothing was written`);
  }
}

const Stored = z.object({ v: z.number().check(z.int(), z.minimum(0)), data: z.unknown() });

export function decodeStored<T>(spec: ItemSpec<T>, raw: unknown): ItemRead<T> {
  if (raw === undefined) return { value: spec.fallback };
  const stored = Stored.safeParse(raw);
  const damaged = (error: string): ItemRead<T> => ({ value: spec.fallback, error: `${spec.key}: ${error}`, problem: 'damaged' });
  if (!stored.success) return damaged('stored value has no version');
  let { v, data } = stored.data;
  if (v > spec.version) return { value: spec.fallback, error: `${spec.key}: written by a newer version (${v})`, problem: 'newer-version' };
  try {
    for (; v < spec.version; v++) {
      const step = spec.migrations?.[v];
      if (!step) return damaged(`no migration from version ${v}`);
      data = step(data);
    }
  } catch (error) {
    return damaged(`migration failed: ${String(error)}`);
  }
  const parsed = spec.schema.safeParse(data);
  if (!parsed.success) return damaged(z.prettifyError(parsed.error));
  return { value: parsed.data };
}

export function encodeStored<T>(spec: ItemSpec<T>, value: T): { v: number; data: T } {
  // Parse before writing: nothing is stored that could not be read back.
  return { v: spec.version, data: spec.schema.parse(value) };
}
