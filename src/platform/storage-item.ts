// Runs in: background (writer) and extension pages. One declared item per storage key
// (STYLE.md); the envelope, migrations and parsing live in core/storage/versioned.ts.
import browser from 'webextension-polyfill';
import { decodeStored, encodeStored, type ItemRead, type ItemSpec } from '../core/storage/versioned';

export interface StorageItem<T> {
  readonly key: string;
  get(): Promise<ItemRead<T>>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
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
      await area().set({ [spec.key]: encodeStored(spec, value) });
    },
    async remove() {
      await area().remove(spec.key);
    },
  };
}
