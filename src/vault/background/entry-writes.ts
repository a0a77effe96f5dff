// Runs in: background. The one way to change entries: an update function, called in the vault's
// write queue with the entries as they are when its turn comes, answers what to write and what to
// delete. No caller hands in an entry or a list it read earlier, so a save made while an import
// was being decided, a fill's "last used", Keep's accept and a merge cannot undo one another.
import type { Entry } from '../core/entry';
import { recordWrites, sealEntry } from './records';
import { commitRecords } from './record-commit';
import { unlocked, unlockedQuietly } from './vault';
import { raiseVaultEvent } from './vault-events';
import { writeQueue } from './write-queue';

export interface EntryChange<T> {
  /** Entries to write whole, new or changed. */
  put?: readonly Entry[];
  /** Ids of entries to delete; ids the vault does not hold are ignored. */
  remove?: readonly string[];
  /** What the caller gets back. */
  result: T;
}

/**
 * From the current entries to the change. Synchronous on purpose: nothing else reads or awaits in
 * between, so the change is of exactly the entries it was given. Throwing writes nothing.
 */
export type EntryUpdate<T> = (current: ReadonlyMap<string, Entry>) => EntryChange<T>;

/**
 * One atomic write of the change (records.ts), in the write queue; the update's result. `quiet`:
 * a change the user did not make here (sync) does not count as activity for auto-lock.
 */
export function changeEntries<T>(now: number, update: EntryUpdate<T>, { quiet = false } = {}): Promise<T> {
  return writeQueue(async () => {
    const vault = quiet ? await unlockedQuietly(now) : await unlocked(now);
    const { put = [], remove = [], result } = update(vault.entries);
    const written = new Set(put.map((entry) => entry.id));
    const removed = remove.filter((id) => vault.entries.has(id) && !written.has(id));
    if (put.length === 0 && removed.length === 0) return result;
    const sealed: Record<string, unknown> = {};
    for (const entry of put) {
      const [storageKey, record] = await sealEntry(vault.key, entry);
      sealed[storageKey] = record;
    }
    await commitRecords(recordWrites(sealed, removed));
    // A new map, not a mutation: derived data (the search index) is keyed by the map's identity.
    const next = new Map(vault.entries);
    for (const id of removed) next.delete(id);
    for (const entry of put) next.set(entry.id, entry);
    vault.entries = next;
    raiseVaultEvent('written');
    return result;
  });
}
