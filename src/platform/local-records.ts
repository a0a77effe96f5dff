// Runs in: background. Raw access to groups of storage.local keys for the vault, whose records
// carry their own version and integrity (sealed records), so they skip the item envelope.
import browser from 'webextension-polyfill';

export async function readPrefixed(prefix: string): Promise<Record<string, unknown>> {
  const all = await browser.storage.local.get(null);
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(prefix)));
}

export async function readKey(key: string): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

/**
 * One `set` call is one transaction in both browsers (Chrome: a LevelDB write batch; Firefox: an
 * IndexedDB transaction), so a worker killed mid-write leaves either all of these or none.
 */
export async function writeAtomically(records: Record<string, unknown>, remove: readonly string[] = []): Promise<void> {
  await browser.storage.local.set(records);
  // Removal happens after the new values are safely stored: a crash between the two leaves
  // stale extra keys (ignored on read), never missing data.
  if (remove.length > 0) await browser.storage.local.remove([...remove]);
}
