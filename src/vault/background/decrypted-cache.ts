// Runs in: background. This worker's decrypted entries while the vault is unlocked: read once per
// key (from the last worker's snapshot, else from every record), kept in memory, forgotten on a
// lock; rebuilt from storage after a worker restart.
import { keyOpensHeader, parseHeader } from '../core/crypto/header';
import type { Entry } from '../core/entry';
import { ReplyFailure } from '../../shared/protocol/reply';
import { removeKeys } from '../../shared/platform/local-records';
import { readHeader } from './header-store';
import { forgetKey } from './keyring';
import { openAll, recordKey, type Unreadable } from './records';
import { readSnapshot, type Restored } from './snapshot';
import { snapshotSoon } from './snapshot-schedule';
import { raiseVaultEvent } from './vault-events';
import { writeQueue } from './write-queue';

export interface Loaded {
  key: CryptoKey;
  entries: Map<string, Entry>;
  unreadable: Unreadable[];
}

let loaded: Loaded | null = null;
// The load under way: every request that finds the vault not loaded waits for the same one, so two
// loads never race and a slower one never replaces entries that a write changed meanwhile.
let loading: { key: CryptoKey; promise: Promise<Loaded> } | null = null;

export const currentLoaded = (): Loaded | null => loaded;

/** The entries loaded for `key`, if they are. */
export const loadedFor = (key: CryptoKey): Loaded | null => (loaded?.key === key ? loaded : null);

/** A new, empty vault under `key`: nothing to read. */
export function startEmpty(key: CryptoKey): void {
  loading = null;
  loaded = { key, entries: new Map(), unreadable: [] };
}

/** Drops the entries without a word: the caller raises the event it means (a lock, an unlock). */
export function dropEntries(): void {
  loading = null;
  loaded = null;
}

/** The deadline passed (or the key went): this worker's decrypted entries go too. */
export function forgetLoaded(): void {
  if (loaded !== null) raiseVaultEvent('locked');
  dropEntries();
}

/** Reads the entries under `key` (one read however many ask at once); `loadedFor` first. */
export function loadEntries(key: CryptoKey): Promise<Loaded> {
  if (loading?.key === key) return loading.promise;
  const promise: Promise<Loaded> = restore(key).then(
    ({ entries, unreadable, tombstones }) => {
      const vault = { key, entries, unreadable };
      // A lock or an unlock while this was read: what it read is not this worker's vault any more.
      if (loading?.promise !== promise) return vault;
      loading = null;
      loaded = vault;
      raiseVaultEvent('loaded');
      if (tombstones.length > 0) void writeQueue(() => sweepTombstones(vault, tombstones));
      return vault;
    },
    (error: unknown) => {
      if (loading?.promise === promise) loading = null;
      throw error;
    },
  );
  loading = { key, promise };
  return promise;
}

// The entries of a worker that starts unlocked: from the snapshot of the last worker if there is
// one for this key (snapshot.ts), else from every record, and then snapshotted.
async function restore(key: CryptoKey): Promise<Restored & { tombstones: string[] }> {
  const kept = await readSnapshot(key);
  if (kept) return { ...kept, tombstones: [] };
  // A worker stopped in the middle of a master password change can leave the session holding the
  // key from before it while the records are sealed under the new one (or the other way round):
  // that key is forgotten and the user unlocks again, rather than every record reading as tampered.
  const header = parseHeader(await readHeader());
  if (!header.ok || !(await keyOpensHeader(key, header.value))) {
    await forgetKey();
    throw new ReplyFailure('locked', 'the vault is locked');
  }
  const read = await openAll(key);
  snapshotSoon(currentLoaded);
  return read;
}

// Tombstones a stopped worker left (records.ts), unless an entry was written there since.
async function sweepTombstones(vault: Loaded, ids: readonly string[]): Promise<void> {
  if (loaded !== vault) return;
  await removeKeys(ids.filter((id) => !vault.entries.has(id)).map(recordKey));
}
