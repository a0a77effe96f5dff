// Runs in: background. Raw access to groups of storage.local keys for the vault, whose records
// carry their own version and integrity (sealed records), so they skip the item envelope.
//
// What a storage area promises: one `set` call is one transaction in both browsers (Chrome: a
// LevelDB write batch; Firefox: an IndexedDB transaction), so a worker stopped mid-call leaves
// all of its keys or none. Two calls are two transactions, and `remove` is a call of its own:
// there is no atomic "write these and delete those". A change that must write and delete at once
// says the deletions as values in the same `set` (the vault's tombstones, vault/background/records.ts).
import browser from 'webextension-polyfill';

export async function readPrefixed(prefix: string): Promise<Record<string, unknown>> {
  const all = await browser.storage.local.get(null);
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(prefix)));
}

export async function readKey(key: string): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

export async function readKeys(keys: readonly string[]): Promise<Record<string, unknown>> {
  return browser.storage.local.get([...keys]);
}

/** Writes every value in one transaction: a stop mid-write leaves all of them or none. */
export async function writeTogether(values: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set(values);
}

/** Removes keys in one transaction of its own: never the commit point of a change. */
export async function removeKeys(keys: readonly string[]): Promise<void> {
  if (keys.length > 0) await browser.storage.local.remove([...keys]);
}
