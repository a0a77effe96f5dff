// Runs in: background. The vault's capture key: an ECDH P-256 pair whose public half Keep seals
// captured passwords to (keep/core/sealed-capture.ts), locked or not, and whose private half is
// stored sealed under the vault key like an entry, so only an unlocked vault opens them. After a
// lock nothing in storage can read a captured password; "save while locked, complete on unlock"
// still works, because the unlocked vault opens what was sealed while it was locked.
//
// `vault:capture-key` (storage.local): { format, publicKey (raw, base64), privateKey (a sealed
// record of the pkcs8 key and the public key it belongs to) }. A vault made before this key existed
// gets one at its next unlock (ensureCaptureKey); until then nothing can be sealed, so Keep keeps
// nothing. A master password change re-seals the private half in the same write as the records.
import * as z from 'zod/mini';
import { exportPrivateKey, exportPublicKey, generateSealingPair, importPrivateKey, importPublicKey } from '../core/crypto/sealed-box';
import { openRecord, SealedRecord, sealRecord } from '../core/crypto/record';
import { readKey, writeTogether } from '../../shared/platform/local-records';
import { currentKey } from './keyring';

export const CAPTURE_KEY = 'vault:capture-key';
const FORMAT = 1;
// The sealed record's id: reserved, like the header's key check (entry ids are UUIDs).
const PRIVATE_ID = 'latchkey:capture-key';

const StoredCaptureKey = z.object({ format: z.literal(FORMAT), publicKey: z.base64(), privateKey: SealedRecord });
type StoredCaptureKey = z.infer<typeof StoredCaptureKey>;
const PrivateHalf = z.object({ privateKey: z.base64(), publicKey: z.base64() });

// This worker's copies: the stored value changes only through this module (and a worker restart
// starts empty), so they cannot go stale.
let sealing: { stored: string; key: CryptoKey } | null = null;
let opening: { vaultKey: CryptoKey; key: CryptoKey } | null = null;

async function readStored(): Promise<StoredCaptureKey | null> {
  const parsed = StoredCaptureKey.safeParse(await readKey(CAPTURE_KEY));
  return parsed.success ? parsed.data : null;
}

/** The public half, to seal with (locked or not); null when this vault has none yet. */
export async function captureSealingKey(): Promise<CryptoKey | null> {
  const stored = await readStored();
  if (!stored) return null;
  if (sealing?.stored !== stored.publicKey) {
    const key = await importPublicKey(stored.publicKey);
    if (!key) return null;
    sealing = { stored: stored.publicKey, key };
  }
  return sealing.key;
}

/** The private half under `vaultKey`, or null when it does not open (another vault's, changed, absent). */
async function openPrivate(vaultKey: CryptoKey, stored: StoredCaptureKey | null): Promise<CryptoKey | null> {
  if (!stored) return null;
  const record = await openRecord(vaultKey, stored.privateKey, PRIVATE_ID);
  if (!record.ok) return null;
  let half: unknown;
  try {
    half = JSON.parse(record.value.plaintext);
  } catch {
    return null;
  }
  const parsed = PrivateHalf.safeParse(half);
  // A public key swapped beside a good private one would have Keep seal to somebody else.
  if (!parsed.success || parsed.data.publicKey !== stored.publicKey) return null;
  return importPrivateKey(parsed.data.privateKey);
}

/** The private half while the vault is unlocked, to open captures with; null while it is locked. */
export async function captureOpeningKey(now: number): Promise<CryptoKey | null> {
  const vaultKey = await currentKey(now);
  if (!vaultKey) return null;
  if (opening?.vaultKey !== vaultKey) {
    const key = await openPrivate(vaultKey, await readStored());
    if (!key) return null;
    opening = { vaultKey, key };
  }
  return opening.key;
}

async function sealPair(vaultKey: CryptoKey, publicKey: string, privateKey: string): Promise<StoredCaptureKey> {
  const sealed = await sealRecord(vaultKey, PRIVATE_ID, FORMAT, JSON.stringify({ privateKey, publicKey }));
  return { format: FORMAT, publicKey, privateKey: sealed };
}

/**
 * Called with the key of a vault just created or unlocked: a vault without a capture key (made
 * before it existed) or with one that does not open under this key gets a new pair. Captures sealed
 * to a pair that is replaced can no longer be opened, and Keep drops them.
 */
export async function ensureCaptureKey(vaultKey: CryptoKey): Promise<void> {
  const stored = await readStored();
  const key = await openPrivate(vaultKey, stored);
  if (key) {
    opening = { vaultKey, key };
    return;
  }
  const pair = await generateSealingPair();
  const privateText = await exportPrivateKey(pair.privateKey);
  await writeTogether({ [CAPTURE_KEY]: await sealPair(vaultKey, await exportPublicKey(pair.publicKey), privateText) });
  sealing = null;
  // Kept as a key that cannot be exported again, as one read back from storage would be.
  const kept = await importPrivateKey(privateText);
  opening = kept ? { vaultKey, key: kept } : null;
}

/** A lock: this worker lets go of the private half too (currentKey would refuse it anyway). */
export function forgetOpeningKey(): void {
  opening = null;
}

/**
 * The capture key re-sealed under a vault's new key (a master password or KDF change), to be
 * written in the same write as the re-sealed records; nothing when there is none to carry over.
 */
export async function resealedCaptureKey(oldKey: CryptoKey, newKey: CryptoKey): Promise<Record<string, unknown>> {
  const stored = await readStored();
  const record = stored && (await openRecord(oldKey, stored.privateKey, PRIVATE_ID));
  if (!stored || !record?.ok) return {};
  const sealed = await sealRecord(newKey, PRIVATE_ID, FORMAT, record.value.plaintext);
  return { [CAPTURE_KEY]: { ...stored, privateKey: sealed } };
}
