// Runs in: background (writer) and extension pages. One declared item per storage key: a schema,
// a fallback, a version and numbered migrations (STYLE.md). Reads are parsed, never cast: a value
// that fails its schema is reported and left untouched in storage (so nothing is lost), and the
// fallback is used until the user saves again.
import browser from 'webextension-polyfill';
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

export interface StorageItem<T> {
  readonly key: string;
  get(): Promise<ItemRead<T>>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
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

export function defineItem<T>(spec: ItemSpec<T>): StorageItem<T> {
  const area = () => browser.storage[spec.area];
  return {
    key: spec.key,
    async get() {
      const all = await area().get(spec.key);
      return decodeStored(spec, all[spec.key]);
    },
    async set(value) {
      // Parse before writing: the background never stores what it could not read back.
      const data = spec.schema.parse(value);
      await area().set({ [spec.key]: { v: spec.version, data } });
    },
    async remove() {
      await area().remove(spec.key);
    },
  };
}
