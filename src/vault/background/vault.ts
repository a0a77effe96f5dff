// Runs in: background. The vault: create, unlock, lock, and the key's lifetime: every use checks
// the deadline (keyring.ts) and moves it on. The pieces it is made of, one concern each, are
// imported from their own files: header-store.ts (the stored header), decrypted-cache.ts (the
// entries while unlocked), write-queue.ts (one queue for every write), record-commit.ts (the commit
// point), snapshot-schedule.ts (when the snapshot is sealed), vault-events.ts and activity.ts.
import { createHeader, parseHeader, unlockHeader, type UnlockedKey } from '../core/crypto/header';
import type { VaultFailure } from '../core/failure';
import { wasmAvailable, preferredKdf } from '../core/crypto/kdf';
import { newKdfParams } from '../core/crypto/kdf-params';
import { nextDeadline } from '../core/auto-lock';
import type { VaultState } from '../../shared/protocol/shapes';
import { ReplyFailure } from '../../shared/protocol/reply';
import { readSettings } from '../../settings/background/settings';
import { markUse } from './activity';
import { ensureCaptureKey } from './capture-key';
import { dropEntries, forgetLoaded, loadedFor, loadEntries, startEmpty, type Loaded } from './decrypted-cache';
import { readHeader, writeHeader } from './header-store';
import { currentKey, extendDeadline, forgetKey, storeKey } from './keyring';
import { forgetSnapshot } from './snapshot';
import { raiseVaultEvent } from './vault-events';
import { adoptMovedVault, successor } from './successor';
import { writeQueue } from './write-queue';

/** The loaded vault if unlocked, without counting as activity (background work must not postpone auto-lock). */
export async function loadedQuietly(now: number): Promise<Loaded | null> {
  const key = await currentKey(now);
  return key ? loadedFor(key) : null;
}

/**
 * The vault if unlocked, read from storage when this worker has not loaded it yet, without counting
 * as activity. For background work an event starts (the sync engine's delivery): a worker stopped
 * and started again by that event holds the key in storage.session but no entries in memory.
 */
export async function loadQuietly(now: number): Promise<Loaded | null> {
  const key = await currentKey(now);
  return key ? (loadedFor(key) ?? (await loadEntries(key))) : null;
}

/**
 * The vault's state as our pages see it and, when unlocked, its entries (a use, like unlocked()).
 * The header and the key are read side by side and the key once: each storage read is a trip
 * through the browser process, which is busiest exactly when the popup opens.
 */
export async function openVault(now: number): Promise<{ state: VaultState; vault: Loaded | null }> {
  const [header, key] = await Promise.all([readHeader(), currentKey(now)]);
  if (header === undefined) return { state: { status: 'absent', entries: null, unreadable: 0 }, vault: null };
  if (!key) {
    forgetLoaded();
    const parsed = parseHeader(header);
    const changedElsewhere = parsed.ok && ((await successor()?.announced(parsed.value)) ?? false);
    return { state: { status: 'locked', entries: null, unreadable: 0, ...(changedElsewhere ? { changedElsewhere } : {}) }, vault: null };
  }
  const vault = await useWith(key, now);
  return { state: { status: 'unlocked', entries: vault.entries.size, unreadable: vault.unreadable.length }, vault };
}

export async function createVault(password: string, now: number): Promise<void> {
  return writeQueue(async () => {
    if ((await readHeader()) !== undefined) throw new ReplyFailure('bad-request', 'a vault already exists');
    const kdf = newKdfParams(preferredKdf(await wasmAvailable()));
    const { header, key, rawKey } = await createHeader(password, kdf, now);
    await writeHeader(header);
    await storeKey(rawKey, key, nextDeadline((await readSettings()).autoLock, now));
    await ensureCaptureKey(key);
    startEmpty(key);
  });
}

export async function unlockVault(password: string, now: number): Promise<VaultFailure | null> {
  const raw = await readHeader();
  if (raw === undefined) return 'absent';
  // parseHeader refuses KDF parameters below the floors before any key is derived from them.
  const header = parseHeader(raw);
  if (!header.ok) return header.error.code;
  // The derivation takes the better part of a second: outside the queue, so writes do not wait on it.
  let unlocked = await unlockHeader(password, raw);
  const moves = successor();
  if (unlocked.ok && moves && (await moves.movedOn(unlocked.value.key))) return 'changed-elsewhere';
  if (!unlocked.ok && unlocked.error.code === 'wrong-password' && moves) {
    // Perhaps the new master password of a change made on another computer: this vault moves to it.
    const moved = await moves.successor(password, header.value);
    if (moved && (await adoptMovedVault(moved))) unlocked = { ok: true, value: moved.next };
  }
  if (!unlocked.ok) return unlocked.error.code;
  await startUnlocked(unlocked.value, now);
  return null;
}

/** The session takes a key already proven against the stored header (unlockHeader). */
export function startUnlocked({ rawKey, key }: UnlockedKey, now: number): Promise<void> {
  // In the queue: a write under way finishes before the entries are read again.
  return writeQueue(async () => {
    // An unlock reads and checks every record (snapshot.ts): one left from before is not used.
    await forgetSnapshot();
    await storeKey(rawKey, key, nextDeadline((await readSettings()).autoLock, now));
    // A vault made before Keep sealed its captures gets its capture key now.
    await ensureCaptureKey(key);
    dropEntries();
  });
}

/** Called when the auto-lock alarm fires: currentKey() forgets the key past the deadline. */
export async function enforceDeadline(now: number): Promise<void> {
  if (await currentKey(now)) return;
  dropEntries();
  raiseVaultEvent('locked');
}

export async function lockVault(): Promise<void> {
  dropEntries();
  await forgetKey();
  raiseVaultEvent('locked');
}

/** The unlocked entries, or a `locked` failure. Also counts as activity for auto-lock. */
export async function unlocked(now: number): Promise<Loaded> {
  return useWith(await keyOrLocked(now), now);
}

/**
 * The unlocked entries for work the user did not do (another computer's changes arriving by sync),
 * or a `locked` failure: not activity, so the auto-lock deadline stays where the user left it.
 */
export async function unlockedQuietly(now: number): Promise<Loaded> {
  const key = await keyOrLocked(now);
  return loadedFor(key) ?? (await loadEntries(key));
}

async function keyOrLocked(now: number): Promise<CryptoKey> {
  const key = await currentKey(now);
  if (key) return key;
  forgetLoaded();
  throw new ReplyFailure('locked', 'the vault is locked');
}

async function useWith(key: CryptoKey, now: number): Promise<Loaded> {
  markUse(now);
  const vault = loadedFor(key) ?? (await loadEntries(key));
  await extendDeadline(nextDeadline((await readSettings()).autoLock, now));
  return vault;
}
