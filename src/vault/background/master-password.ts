// Runs in: background. The master password: prove it, change it (or the KDF parameters) by
// re-encrypting the whole vault in one write, and the header's public KDF parameters.
import { createHeader, parseHeader, unlockHeader, type VaultHeader } from '../core/crypto/header';
import { checkKdfParams, type KdfParams } from '../core/crypto/kdf-params';
import { withFreshSalt, type KdfChoice } from '../core/crypto/kdf-choice';
import { nextDeadline } from '../core/auto-lock';
import type { VaultChangeFailure, VaultFailure } from '../core/failure';
import type { Entry } from '../core/entry';
import { readSettings } from '../../settings/background/settings';
import { resealedCaptureKey } from './capture-key';
import { storeKey } from './keyring';
import { sealEntry } from './records';
import { headerValue, readHeader } from './header-store';
import { commitRecords } from './record-commit';
import { unlocked } from './vault';
import { raiseVaultEvent } from './vault-events';
import { writeQueue } from './write-queue';

/** A re-key: the headers before and after, and the old key's bytes (for sync's handoff, sealed under the new key). */
export interface Rekey {
  oldHeader: VaultHeader;
  newHeader: VaultHeader;
  oldRawKey: Uint8Array<ArrayBuffer>;
}

/**
 * What other features keep sealed under the vault key and re-seal with it (sync's own state):
 * given the old key and the new, the records to write in the change's single `set`.
 */
export type Resealer = (oldKey: CryptoKey, newKey: CryptoKey, change: Rekey) => Promise<Record<string, unknown>>;
const resealers: Resealer[] = [];
export function onRekey(resealer: Resealer): void {
  resealers.push(resealer);
}

/**
 * Re-encrypts the whole vault under a new master password or new KDF parameters (`kdf`; else
 * the header's own, with a fresh salt): a new salt and key, every entry re-sealed, and the new
 * header written in the same single `set` as the records, so a worker killed mid-change leaves
 * the old vault whole (the old header still opens the old records). Parameters below the floors
 * are refused before anything is derived. Unreadable records cannot be re-sealed; the change is
 * refused while any exist, so none is stranded under a key nobody knows any more.
 */
export function changeMasterPassword(current: string, next: string, now: number, kdf?: KdfChoice): Promise<VaultChangeFailure | null> {
  return writeQueue(async () => {
    const raw = await readHeader();
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
    const change = { oldHeader: header.value, newHeader: nextHeader, oldRawKey: proven.value.rawKey };
    // A worker stopped between this write and the next leaves the session with the old key:
    // vault.ts's restore() finds it no longer opens the header and asks for an unlock.
    await commitRecords(await resealedVault(vault.key, key, vault.entries.values(), change));
    await storeKey(rawKey, key, nextDeadline((await readSettings()).autoLock, now));
    // The same object under its new key: what hangs off it (search index, strength verdicts)
    // stays valid, the passwords being the same.
    vault.key = key;
    raiseVaultEvent('rekeyed');
    return null;
  });
}

/**
 * Everything sealed under `oldKey`, sealed under `newKey`, with the new header: the values of the
 * re-key's single write. The capture key's private half moves with it (vault/capture-key.ts).
 */
export async function resealedVault(oldKey: CryptoKey, newKey: CryptoKey, entries: Iterable<Entry>, change: Rekey): Promise<Record<string, unknown>> {
  const records: Record<string, unknown> = { ...headerValue(change.newHeader), ...(await resealedCaptureKey(oldKey, newKey)) };
  for (const entry of entries) {
    const [storageKey, sealed] = await sealEntry(newKey, entry);
    records[storageKey] = sealed;
  }
  for (const reseal of resealers) Object.assign(records, await reseal(oldKey, newKey, change));
  return records;
}

/** The vault's KDF parameters (public by design: they sit in plaintext in the header). */
export async function currentKdf(): Promise<KdfParams | null> {
  const raw = await readHeader();
  if (raw === undefined) return null;
  const header = parseHeader(raw);
  return header.ok ? header.value.kdf : null;
}

/**
 * Proves the master password against the header's key check without touching the unlocked key:
 * an export asks for it again, so an unlocked vault left open is not enough to take
 * every password away. Answers the vault's KDF parameters, which a backup reuses (fresh salt).
 */
export async function proveMasterPassword(password: string): Promise<{ ok: true; kdf: VaultHeader['kdf'] } | { ok: false; failure: VaultFailure }> {
  const raw = await readHeader();
  if (raw === undefined) return { ok: false, failure: 'absent' };
  const header = parseHeader(raw);
  if (!header.ok) return { ok: false, failure: header.error.code };
  const proven = await unlockHeader(password, raw);
  return proven.ok ? { ok: true, kdf: header.value.kdf } : { ok: false, failure: proven.error.code };
}
