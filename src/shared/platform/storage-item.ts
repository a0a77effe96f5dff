// Runs in: background (writer) and extension pages. One declared item per storage key
// (STYLE.md); the envelope, migrations and parsing live in shared/storage/versioned.ts.
import browser from 'webextension-polyfill';
import { decodeStored, encodeStored, UnreadableStoredValue, type ItemRead, type ItemSpec } from '../storage/versioned';

export interface StorageItem<T> {
  readonly key: string;
  get(): Promise<ItemRead<T>>;
  /**
   * Writes `value`. For an item that keeps unreadable values (`whenUnreadable: 'keep'`), refused
   * with UnreadableStoredValue while what is stored cannot be read.
   */
  set(value: T): Promise<void>;
  /** Read, change, write; refused like set(). The change gets the fallback for a replaceable unreadable value. */
  update(change: (current: T) => T): Promise<T>;
  /** Writes `value` whatever is stored, readable or not: the user's explicit reset. */
  reset(value: T): Promise<void>;
  remove(): Promise<void>;
}

export function defineItem<T>(spec: ItemSpec<T>): StorageItem<T> {
  const area = () => browser.storage[spec.area];
  const get = async () => decodeStored(spec, (await area().get(spec.key))[spec.key]);
  const write = async (value: T) => void (await area().set({ [spec.key]: encodeStored(spec, value) }));
  const readable = async () => {
    const read = await get();
    if (read.problem && spec.whenUnreadable === 'keep') throw new UnreadableStoredValue(spec.key, read.problem, read.error ?? spec.key);
    return read.value;
  };
  return {
    key: spec.key,
    get,
    async set(value) {
      if (spec.whenUnreadable === 'keep') await readable();
      await write(value);
    },
    async update(change) {
      const next = change(await readable());
      await write(next);
      return next;
    },
    reset: write,
    async remove() {
      await area().remove(spec.key);
    },
  };
}
