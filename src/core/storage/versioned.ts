// Runs anywhere. The versioned envelope every stored value is written in, `{ v, data }`, and the
// pure decode step: migrate old versions one number at a time, then parse. A value that fails is
// reported, never repaired in place, so the caller can refuse to overwrite it (nothing is lost).
import * as z from 'zod/mini';

export type Area = 'local' | 'session';

/** Migration N turns data of version N into data of version N + 1. */
export type Migration = (data: unknown) => unknown;

export interface ItemSpec<T> {
  area: Area;
  key: string;
  schema: z.ZodMiniType<T>;
  fallback: T;
  version: number;
  migrations?: Readonly<Record<number, Migration>>;
}

export interface ItemRead<T> {
  value: T;
  /** Set when the stored value could not be read; the stored value was not changed. */
  error?: string;
}

const Stored = z.object({ v: z.number().check(z.int(), z.minimum(0)), data: z.unknown() });

export function decodeStored<T>(spec: ItemSpec<T>, raw: unknown): ItemRead<T> {
  if (raw === undefined) return { value: spec.fallback };
  const stored = Stored.safeParse(raw);
  if (!stored.success) return { value: spec.fallback, error: `${spec.key}: stored value has no version` };
  let { v, data } = stored.data;
  if (v > spec.version) return { value: spec.fallback, error: `${spec.key}: written by a newer version (${v})` };
  try {
    for (; v < spec.version; v++) {
      const step = spec.migrations?.[v];
      if (!step) return { value: spec.fallback, error: `${spec.key}: no migration from version ${v}` };
      data = step(data);
    }
  } catch (error) {
    return { value: spec.fallback, error: `${spec.key}: migration failed: ${String(error)}` };
  }
  const parsed = spec.schema.safeParse(data);
  if (!parsed.success) return { value: spec.fallback, error: `${spec.key}: ${z.prettifyError(parsed.error)}` };
  return { value: parsed.data };
}

export function encodeStored<T>(spec: ItemSpec<T>, value: T): { v: number; data: T } {
  // Parse before writing: nothing is stored that could not be read back.
  return { v: spec.version, data: spec.schema.parse(value) };
}
