// Runs in: background. The vault: create, unlock, lock, and the decrypted entries while unlocked.
// The header (KDF parameters and key check) is stored in storage.local under `vault:header`;
// entries are sealed records (records.ts). All writes go through one serial queue.
import { createHeader, parseHeader, unlockHeader, type UnlockError, type VaultHeader } from '../../core/crypto/header';
import { wasmAvailable, preferredKdf } from '../../core/crypto/kdf';
import { checkKdfParams, newKdfParams, type KdfParams } from '../../core/crypto/kdf-params';
import { withFreshSalt, type KdfChoice } from '../../core/crypto/kdf-choice';
import { nextDeadline } from '../../core/vault/auto-lock';
import type { Entry } from '../../core/vault/entry';
import type { VaultState } from '../../core/protocol/messages';
import { ReplyFailure } from '../../core/protocol/reply';
import { readKey, writeAtomically } from '../../platform/local-records';
import { readSettings } from '../settings';
import { createSerialQueue } from '../serial';
import { ensureCaptureKey, resealedCaptureKey } from './capture-key';
import { currentKey, extendDeadline, forgetKey, storeKey } from './keyring';
import { openAll, recordKey, sealEntry, type Unreadable } from './records';
import { forgetSnapshot, readSnapshot, writeSnapshot, type Restored } from './snapshot';

const HEADER = 'vault:header';
const serial = createSerialQueue();

export interface Loaded {
  key: CryptoKey;
  entries: Map<string, Entry>;
  unreadable: Unreadable[];
}

// Decrypted entries of this worker instance; rebuilt from storage after a worker restart.
let loaded: Loaded | null = null;

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
const listener = (event: VaultEvent): void => {
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
  return serial('vault', async () => {
    if ((await readKey(HEADER)) !== undefined) throw new ReplyFailure('bad-request', 'a vault already exists');
    const kdf = newKdfParams(preferredKdf(await wasmAvailable()));
    const { header, key, rawKey } = await createHeader(password, kdf, now);
    await writeAtomically({ [HEADER]: header });
    await storeKey(rawKey, key, nextDeadline((await readSettings()).autoLock, now));
    await ensureCaptureKey(key);
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
  const unlocked = await unlockHeader(password, raw);
  if (!unlocked.ok) return unlocked.error.code;
  // An unlock reads and checks every record (snapshot.ts): one left from before is not used.
  await forgetSnapshot();
  await storeKey(unlocked.value.rawKey, unlocked.value.key, nextDeadline((await readSettings()).autoLock, now));
  // A vault made before Keep sealed its captures gets its capture key now.
  await ensureCaptureKey(unlocked.value.key);
  loaded = null;
  return null;
}

/** Called when the auto-lock alarm fires: currentKey() forgets the key past the deadline. */
export async function enforceDeadline(now: number): Promise<void> {
  if (await currentKey(now)) return;
  loaded = null;
  listener('locked');
}

export async function lockVault(): Promise<void> {
  loaded = null;
  await forgetKey();
  listener('locked');
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
  if (loaded !== null) listener('locked');
  loaded = null;
}

async function useWith(key: CryptoKey, now: number): Promise<Loaded> {
  lastUse = Date.now();
  if (!loaded || loaded.key !== key) {
    loaded = { key, ...(await restore(key)) };
    listener('loaded');
  }
  await extendDeadline(nextDeadline((await readSettings()).autoLock, now));
  return loaded;
}

// The entries of a worker that starts unlocked: from the snapshot of the last worker if there is
// one for this key (snapshot.ts), else from every record, and then snapshotted.
async function restore(key: CryptoKey): Promise<Restored> {
  const kept = await readSnapshot(key);
  if (kept) return kept;
  const read = await openAll(key);
  snapshotSoon();
  return read;
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
    void serial('vault', async () => {
      if (loaded) await writeSnapshot(loaded.key, loaded.entries, loaded.unreadable);
    });
  }, SNAPSHOT_DELAY_MS);
}

/**
 * Every write of records goes through here: the snapshot goes first, so a worker stopped between
 * the write and the next snapshot leaves none, never one older than the records.
 */
async function writeRecords(records: Record<string, unknown>, remove: readonly string[] = []): Promise<void> {
  await forgetSnapshot();
  await writeAtomically(records, remove);
  snapshotSoon();
}

export function putEntry(entry: Entry, now: number): Promise<void> {
  return serial('vault', async () => {
    const vault = await unlocked(now);
    const [storageKey, sealed] = await sealEntry(vault.key, entry);
    await writeRecords({ [storageKey]: sealed });
    // A new map, not a mutation: derived data (the search index) is keyed by the map's identity.
    vault.entries = new Map(vault.entries).set(entry.id, entry);
    listener('written');
  });
}

export function removeEntry(id: string, now: number): Promise<boolean> {
  return serial('vault', async () => {
    const vault = await unlocked(now);
    if (!vault.entries.has(id)) return false;
    await writeRecords({}, [recordKey(id)]);
    const next = new Map(vault.entries);
    next.delete(id);
    vault.entries = next;
    return true;
  });
}

/**
 * Replaces the whole entry list (import, merge, bulk edits) in one atomic write of every entry
 * that changed. Returns how many records were written.
 */
export function replaceEntries(next: readonly Entry[], now: number): Promise<number> {
  return updateEntries(() => next, now);
}

/**
 * replaceEntries with the new list worked out from the entries as they are inside the write
 * queue: a bulk change from the options page (merge, bulk delete, undo) cannot drop an entry
 * that a save prompt wrote while the page was deciding.
 */
export function updateEntries(change: (current: ReadonlyMap<string, Entry>) => readonly Entry[], now: number): Promise<number> {
  return serial('vault', async () => {
    const vault = await unlocked(now);
    const next = change(vault.entries);
    const records: Record<string, unknown> = {};
    for (const entry of next) {
      const old = vault.entries.get(entry.id);
      if (old && JSON.stringify(old) === JSON.stringify(entry)) continue;
      const [storageKey, sealed] = await sealEntry(vault.key, entry);
      records[storageKey] = sealed;
    }
    const keep = new Set(next.map((entry) => entry.id));
    const gone = [...vault.entries.keys()].filter((id) => !keep.has(id)).map(recordKey);
    await writeRecords(records, gone);
    vault.entries = new Map(next.map((entry) => [entry.id, entry]));
    listener('written');
    return Object.keys(records).length;
  });
}

/**
 * Re-encrypts the whole vault under a new master password or new KDF parameters (`kdf`; else
 * the header's own, with a fresh salt): a new salt and key, every entry re-sealed, and the new
 * header written in the same single `set` as the records, so a worker killed mid-change leaves
 * the old vault whole (the old header still opens the old records). Parameters below the floors
 * are refused before anything is derived. Unreadable records cannot be re-sealed; the change is
 * refused while any exist, so none is stranded under a key nobody knows any more.
 */
export function changeMasterPassword(current: string, next: string, now: number, kdf?: KdfChoice): Promise<UnlockFailure | 'unreadable-records' | null> {
  return serial('vault', async () => {
    const raw = await readKey(HEADER);
    if (raw === undefined) return 'absent';
    const header = parseHeader(raw);
    if (!header.ok) return header.error.code;
    const params: KdfParams = withFreshSalt(kdf ?? header.value.kdf);
    const checked = checkKdfParams(params);
    if (!checked.ok) return checked.error.code === 'too-weak' ? 'weak-params' : 'malformed';
    const proven = await unlockHeader(current, raw);
    if (!proven.ok) return proven.error.code;
    const vault = await unlocked(now);
    if (vault.unreadable.length > 0) return 'unreadable-records';
    const { header: nextHeader, key, rawKey } = await createHeader(next, checked.value, now);
    // The capture key's private half moves to the new key in the same write (vault/capture-key.ts).
    const records: Record<string, unknown> = { [HEADER]: nextHeader, ...(await resealedCaptureKey(vault.key, key)) };
    for (const entry of vault.entries.values()) {
      const [storageKey, sealed] = await sealEntry(key, entry);
      records[storageKey] = sealed;
    }
    await writeRecords(records);
    await storeKey(rawKey, key, nextDeadline((await readSettings()).autoLock, now));
    // The same object under its new key: what hangs off it (search index, strength verdicts)
    // stays valid, the passwords being the same.
    vault.key = key;
    listener('rekeyed');
    return null;
  });
}

/** The vault's KDF parameters (public by design: they sit in plaintext in the header). */
export async function currentKdf(): Promise<KdfParams | null> {
  const raw = await readKey(HEADER);
  if (raw === undefined) return null;
  const header = parseHeader(raw);
  return header.ok ? header.value.kdf : null;
}

/**
 * Proves the master password against the header's key check without touching the unlocked key:
 * an export asks for it again (issue 5), so an unlocked vault left open is not enough to take
 * every password away. Answers the vault's KDF parameters, which a backup reuses (fresh salt).
 */
export async function proveMasterPassword(password: string): Promise<{ ok: true; kdf: VaultHeader['kdf'] } | { ok: false; failure: UnlockFailure }> {
  const raw = await readKey(HEADER);
  if (raw === undefined) return { ok: false, failure: 'absent' };
  const header = parseHeader(raw);
  if (!header.ok) return { ok: false, failure: header.error.code };
  const proven = await unlockHeader(password, raw);
  return proven.ok ? { ok: true, kdf: header.value.kdf } : { ok: false, failure: proven.error.code };
}
