// A storage area in memory with the shape of browser.storage.local/session as the background uses
// it (get/set/remove, values cloned on the way in and out), for unit tests that run the real
// handlers. Load it inside vi.hoisted with a dynamic import (vitest hoists mocks above imports).
export interface MemoryArea {
  map: Map<string, unknown>;
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export function memoryArea(): MemoryArea {
  const map = new Map<string, unknown>();
  return {
    map,
    async get(keys) {
      const list = keys === null ? [...map.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => map.has(k)).map((k) => [k, structuredClone(map.get(k))]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) map.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) map.delete(k);
    },
  };
}
