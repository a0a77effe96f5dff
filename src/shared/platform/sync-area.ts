// Runs in: background. The browser's sync storage area (storage.sync): what the browser's own sync
// (Chrome Sync, Firefox Sync with "Add-ons" ticked) carries to the user's other computers. Only
// sync/background writes it, and only sealed items and the public vault header (sync/core/pack.ts).
import browser from 'webextension-polyfill';

export const readSyncArea = (): Promise<Record<string, unknown>> => browser.storage.sync.get(null);

/** One `set`: one write operation against the browser's write rates. */
export async function writeSyncArea(items: Record<string, unknown>): Promise<void> {
  await browser.storage.sync.set(items);
}

export async function removeSyncItems(keys: readonly string[]): Promise<void> {
  if (keys.length > 0) await browser.storage.sync.remove([...keys]);
}

/** Changes to the sync area, from this computer's writes or from the sync engine: the keys changed. */
export function onSyncAreaChanged(callback: (keys: string[]) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync') callback(Object.keys(changes));
  });
}
