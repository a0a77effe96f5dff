// Runs in: background. The vault: create, unlock, lock, and the decrypted entries while unlocked.
// The header (KDF parameters and key check) is stored in storage.local under `vault:header`;
// entries are sealed records (records.ts). Every write goes through one queue (writeQueue): entry
// changes (entry-writes.ts), the master password change (master-password.ts), create, unlock and
// the snapshot, each worked out from the vault as it is when its turn comes.
import { createHeader, keyOpensHeader, parseHeader, unlockHeader, type UnlockError } from '../core/crypto/header';
import { wasmAvailable, preferredKdf } from '../core/crypto/kdf';
import { newKdfParams } from '../core/crypto/kdf-params';
import { nextDeadline } from '../core/auto-lock';
import type { Entry } from '../core/entry';
import type { VaultState } from '../../shared/protocol/messages';
import { ReplyFailure } from '../../shared/protocol/reply';
import { readKey, removeKeys, writeTogether } from '../../shared/platform/local-records';
import { readSettings } from '../../settings/background/settings';
import { createSerialQueue } from '../../shared/serial-queue';
import { ensureCaptureKey } from './capture-key';
import { currentKey, extendDeadline, forgetKey, storeKey } from './keyring';
import { openAll, recordKey, tombstonesIn, type Unreadable } from './records';
import { forgetSnapshot, readSnapshot, writeSnapshot, type Restored } from './snapshot';

export const HEADER = 'vault:header';
const serial = createSerialQueue();

/** Runs `task` in the vault's write queue: after every write asked for before it, before any after. */
export function writeQueue<T>(task: () => Promise<T>): Promise<T> {
  return serial('vault', task);
}

export interface Loaded {
  key: CryptoKey;
  entries: Map<string, Entry>;
  unreadable: Unreadable[];
}

// Decrypted entries of this worker instance; rebuilt from storage after a worker restart.
let loaded: Loaded | null = null;
// The load under way: every request that finds the vault not loaded waits for the same one, so two
// loads never race and a slower one never replaces entries that a write changed meanwhile.
let loading: { key: CryptoKey; promise: Promise<Loaded> } | null = null;

/**
 * 'loaded': the entries were read (an unlock, or the first use after a worker restart);
 * 'written': entries changed; 'rekeyed': the same entries under a new key; 'locked': this worker
 * forgot the entries (lock now, auto-lock, system lock). The health report's strength sweep
 * (workbench/strength-sweep.ts) listens, so passwords are scored when written; the import drops
 * a held preview on a lock. Called inside the write queue: a listener only schedules work.
 */
export type VaultEvent = 'loaded' | 'written' | 'rekeyed' | 'locked';
const listeners: ((event: VaultEvent) => void)[] = [];
export function onVaultEvent(callback: (event: VaultEvent) => void): void {
  listeners.push(callback);
}
/** For the vault's own writers (entry-writes.ts, master-password.ts). */
export const raiseVaultEvent = (event: VaultEvent): void => {
  for (const callback of listeners) callback(event);
};

// When a request last used the vault (unlocked()): background work waits for a quiet moment.
let lastUse = 0;
export const sinceLastUse = (now: number): number => now - lastUse;

/** The loaded vault if unlocked, without counting as activity (background work must not postpone auto-lock). */
export async function loadedQuietly(now: number): Promise<Loaded | null> {
  const key = await currentKey(now);
  return key && loaded?.key === key ? loaded : null;
}

/**
 * The vault's state as our pages see it and, when unlocked, its entries (a use, like unlocked()).
 * The header and the key are read side by side and the key once: each storage read is a trip
 * through the browser process, which is busiest exactly when the popup opens.
 */
export async function openVault(now: number): Promise<{ state: VaultState; vault: Loaded | null }> {
  const [header, key] = await Promise.all([readKey(HEADER), currentKey(now)]);
  if (header === undefined) return { state: { status: 'absent', entries: null, unreadable: 0 }, vault: null };
  if (!key) {
    forgetLoaded();
    return { state: { status: 'locked', entries: null, unreadable: 0 }, vault: null };
  }
  const vault = await useWith(key, now);
  return { state: { status: 'unlocked', entries: vault.entries.size, unreadable: vault.unreadable.length }, vault };
}

export async function createVault(password: string, now: number): Promise<void> {
  return writeQueue(async () => {
    if ((await readKey(HEADER)) !== undefined) throw new ReplyFailure('bad-request', 'a vault already exists');
    const kdf = newKdfParams(preferredKdf(await wasmAvailable()));
    const { header, key, rawKey } = await createHeader(password, kdf, now);
    await writeTogether({ [HEADER]: header });
    await storeKey(rawKey, key, nextDeadline((await readSettings()).autoLock, now));
    await ensureCaptureKey(key);
    loading = null;
    loaded = { key, entries: new Map(), unreadable: [] };
  });
}

export type UnlockFailure = UnlockError['code'] | 'absent';

export async function unlockVault(password: string, now: number): Promise<UnlockFailure | null> {
  const raw = await readKey(HEADER);
  if (raw === undefined) return 'absent';
  // parseHeader refuses KDF parameters below the floors before any key is derived from them.
  const header = parseHeader(raw);
  if (!header.ok) return header.error.code;
  // The derivation takes the better part of a second: outside the queue, so writes do not wait on it.
  const unlocked = await unlockHeader(password, raw);
  if (!unlocked.ok) return unlocked.error.code;
  // In the queue: a write under way finishes before the entries are read again.
  return writeQueue(async () => {
    // An unlock reads and checks every record (snapshot.ts): one left from before is not used.
    await forgetSnapshot();
    await storeKey(unlocked.value.rawKey, unlocked.value.key, nextDeadline((await readSettings()).autoLock, now));
    // A vault made before Keep sealed its captures gets its capture key now.
    await ensureCaptureKey(unlocked.value.key);
    loading = null;
    loaded = null;
    return null;
  });
}

/** Called when the auto-lock alarm fires: currentKey() forgets the key past the deadline. */
export async function enforceDeadline(now: number): Promise<void> {
  if (await currentKey(now)) return;
  loading = null;
  loaded = null;
  raiseVaultEvent('locked');
}

export async function lockVault(): Promise<void> {
  loading = null;
  loaded = null;
  await forgetKey();
  raiseVaultEvent('locked');
}

/** The unlocked entries, or a `locked` failure. Also counts as activity for auto-lock. */
export async function unlocked(now: number): Promise<Loaded> {
  const key = await currentKey(now);
  if (!key) {
    forgetLoaded();
    throw new ReplyFailure('locked', 'the vault is locked');
  }
  return useWith(key, now);
}

// The deadline passed (or the key went): this worker's decrypted entries go too.
function forgetLoaded(): void {
  if (loaded !== null) raiseVaultEvent('locked');
  loading = null;
  loaded = null;
}

async function useWith(key: CryptoKey, now: number): Promise<Loaded> {
  lastUse = Date.now();
  const vault = loaded?.key === key ? loaded : await load(key);
  await extendDeadline(nextDeadline((await readSettings()).autoLock, now));
  return vault;
}

function load(key: CryptoKey): Promise<Loaded> {
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
  const header = parseHeader(await readKey(HEADER));
  if (!header.ok || !(await keyOpensHeader(key, header.value))) {
    await forgetKey();
    throw new ReplyFailure('locked', 'the vault is locked');
  }
  const read = await openAll(key);
  snapshotSoon();
  return read;
}

// Tombstones a stopped worker left (records.ts), unless an entry was written there since.
async function sweepTombstones(vault: Loaded, ids: readonly string[]): Promise<void> {
  if (loaded !== vault) return;
  await removeKeys(ids.filter((id) => !vault.entries.has(id)).map(recordKey));
}

// Writes often come several at once (Keep saving a login and then its confirmation, bulk edits and
// their undo, a user saving twice): the snapshot is sealed once they pause, and in the write queue,
// so it is never of a half-applied write.
const SNAPSHOT_DELAY_MS = 1_000;
let snapshotTimer: ReturnType<typeof setTimeout> | null = null;
function snapshotSoon(): void {
  if (snapshotTimer !== null) clearTimeout(snapshotTimer);
  snapshotTimer = setTimeout(() => {
    snapshotTimer = null;
    void writeQueue(async () => {
      if (loaded) await writeSnapshot(loaded.key, loaded.entries, loaded.unreadable);
    });
  }, SNAPSHOT_DELAY_MS);
}

/**
 * Every write of records goes through here, inside the write queue, as `values` from
 * records.ts's recordWrites (deletions as tombstones). The snapshot goes first, so a worker stopped
 * between the write and the next snapshot leaves none, never one older than the records; then the
 * one `set` that is the whole change; then the tombstones it wrote are removed.
 */
export async function commitRecords(values: Record<string, unknown>): Promise<void> {
  await forgetSnapshot();
  await writeTogether(values);
  await removeKeys(tombstonesIn(values));
  snapshotSoon();
}
