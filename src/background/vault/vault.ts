// Runs in: background. The vault: create, unlock, lock, and the decrypted entries while unlocked.
// The header (KDF parameters and key check) is stored in storage.local under `vault:header`;
// entries are sealed records (records.ts). All writes go through one serial queue.
import { createHeader, parseHeader, unlockHeader, type UnlockError } from '../../core/crypto/header';
import { wasmAvailable, preferredKdf } from '../../core/crypto/kdf';
import { newKdfParams } from '../../core/crypto/kdf-params';
import { nextDeadline } from '../../core/vault/auto-lock';
import type { Entry } from '../../core/vault/entry';
import { ReplyFailure } from '../../core/protocol/reply';
import { readKey, writeAtomically } from '../../platform/local-records';
import { readSettings } from '../settings';
import { createSerialQueue } from '../serial';
import { currentKey, extendDeadline, forgetKey, storeKey } from './keyring';
import { openAll, recordKey, sealEntry, type Unreadable } from './records';

const HEADER = 'vault:header';
const serial = createSerialQueue();

export type VaultStatus = 'absent' | 'locked' | 'unlocked';

interface Loaded {
  key: CryptoKey;
  entries: Map<string, Entry>;
  unreadable: Unreadable[];
}

// Decrypted entries of this worker instance; rebuilt from storage after a worker restart.
let loaded: Loaded | null = null;

export async function vaultStatus(now: number): Promise<VaultStatus> {
  if ((await readKey(HEADER)) === undefined) return 'absent';
  return (await currentKey(now)) ? 'unlocked' : 'locked';
}

export async function createVault(password: string, now: number): Promise<void> {
  return serial('vault', async () => {
    if ((await readKey(HEADER)) !== undefined) throw new ReplyFailure('bad-request', 'a vault already exists');
    const kdf = newKdfParams(preferredKdf(await wasmAvailable()));
    const { header, key, rawKey } = await createHeader(password, kdf, now);
    await writeAtomically({ [HEADER]: header });
    await storeKey(rawKey, key, nextDeadline((await readSettings()).autoLock, now));
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
  await storeKey(unlocked.value.rawKey, unlocked.value.key, nextDeadline((await readSettings()).autoLock, now));
  loaded = null;
  return null;
}

/** Called when the auto-lock alarm fires: currentKey() forgets the key past the deadline. */
export async function enforceDeadline(now: number): Promise<void> {
  if (!(await currentKey(now))) loaded = null;
}

export async function lockVault(): Promise<void> {
  loaded = null;
  await forgetKey();
}

/** The unlocked entries, or a `locked` failure. Also counts as activity for auto-lock. */
export async function unlocked(now: number): Promise<Loaded> {
  const key = await currentKey(now);
  if (!key) {
    loaded = null;
    throw new ReplyFailure('locked', 'the vault is locked');
  }
  if (!loaded || loaded.key !== key) loaded = { key, ...(await openAll(key)) };
  await extendDeadline(nextDeadline((await readSettings()).autoLock, now));
  return loaded;
}

export function putEntry(entry: Entry, now: number): Promise<void> {
  return serial('vault', async () => {
    const vault = await unlocked(now);
    const [storageKey, sealed] = await sealEntry(vault.key, entry);
    await writeAtomically({ [storageKey]: sealed });
    // A new map, not a mutation: derived data (the search index) is keyed by the map's identity.
    vault.entries = new Map(vault.entries).set(entry.id, entry);
  });
}

export function removeEntry(id: string, now: number): Promise<boolean> {
  return serial('vault', async () => {
    const vault = await unlocked(now);
    if (!vault.entries.has(id)) return false;
    await writeAtomically({}, [recordKey(id)]);
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
    await writeAtomically(records, gone);
    vault.entries = new Map(next.map((entry) => [entry.id, entry]));
    return Object.keys(records).length;
  });
}

/**
 * Re-encrypts the whole vault under a new master password: a new salt and key, every entry
 * re-sealed, and the new header written in the same single `set` as the records, so a worker
 * killed mid-change leaves the old vault whole (the old header still opens the old records).
 * Unreadable records cannot be re-sealed; the change is refused while any exist, so none is
 * stranded under a key nobody knows any more.
 */
export function changeMasterPassword(current: string, next: string, now: number): Promise<UnlockFailure | 'unreadable-records' | null> {
  return serial('vault', async () => {
    const raw = await readKey(HEADER);
    if (raw === undefined) return 'absent';
    const proven = await unlockHeader(current, raw);
    if (!proven.ok) return proven.error.code;
    const vault = await unlocked(now);
    if (vault.unreadable.length > 0) return 'unreadable-records';
    const kdf = newKdfParams(preferredKdf(await wasmAvailable()));
    const { header, key, rawKey } = await createHeader(next, kdf, now);
    const records: Record<string, unknown> = { [HEADER]: header };
    for (const entry of vault.entries.values()) {
      const [storageKey, sealed] = await sealEntry(key, entry);
      records[storageKey] = sealed;
    }
    await writeAtomically(records);
    await storeKey(rawKey, key, nextDeadline((await readSettings()).autoLock, now));
    loaded = { key, entries: vault.entries, unreadable: [] };
    return null;
  });
}
