// Runs anywhere. The vault header: stored in plaintext beside the sealed records. It says how to
// derive the key and carries a key check, a sealed known value, so that a wrong master password
// is reported as 'wrong-password' rather than as every record being 'tampered'.
// Nothing in it is secret (the salt and KDF parameters are public by design).
import * as z from 'zod/mini';
import { checkKdfParams, KdfParams } from './kdf-params';
import { deriveRawKey, importKey } from './kdf';
import { openRecord, SealedRecord, sealRecord } from './record';
import { type Result, err, ok } from '../../../shared/result';

export const HEADER_FORMAT = 1;
// Reserved record id and plaintext of the key check. The id cannot collide with entry ids (UUIDs).
const KEY_CHECK_ID = 'latchkey:key-check';
const KEY_CHECK_TEXT = 'latchkey key check v1';

export const VaultHeader = z.object({
  format: z.literal(HEADER_FORMAT),
  kdf: KdfParams,
  keyCheck: SealedRecord,
  /** Epoch milliseconds, like every timestamp in the vault. */
  created: z.int().check(z.nonnegative()),
});
export type VaultHeader = z.infer<typeof VaultHeader>;

export type HeaderError =
  | { code: 'unknown-version'; format: unknown }
  | { code: 'weak-params'; detail: string }
  | { code: 'malformed'; detail: string };

/** Validates a stored header: known format, well-formed, KDF parameters at or above the floors. */
export function parseHeader(raw: unknown): Result<VaultHeader, HeaderError> {
  if (typeof raw !== 'object' || raw === null) return err({ code: 'malformed', detail: 'not an object' });
  const format = (raw as { format?: unknown }).format;
  if (format !== HEADER_FORMAT) return err({ code: 'unknown-version', format });
  // Check the KDF first so weak parameters get their own error rather than a generic one.
  const kdf = checkKdfParams((raw as { kdf?: unknown }).kdf);
  if (!kdf.ok) {
    return kdf.error.code === 'too-weak'
      ? err({ code: 'weak-params', detail: kdf.error.detail })
      : err({ code: 'malformed', detail: kdf.error.detail });
  }
  const parsed = VaultHeader.safeParse(raw);
  if (!parsed.success) return err({ code: 'malformed', detail: 'header fields missing or invalid' });
  return ok(parsed.data);
}

export interface UnlockedKey {
  key: CryptoKey;
  /** For storage.session only; never storage.local. */
  rawKey: Uint8Array<ArrayBuffer>;
}

/**
 * A new header and the key it protects. `kdf` is normally `newKdfParams(preferredKdf(...))`;
 * it is checked against the floors like any stored header.
 */
export async function createHeader(password: string, kdf: KdfParams, now: number): Promise<{ header: VaultHeader } & UnlockedKey> {
  const rawKey = await deriveRawKey(password, kdf);
  const key = await importKey(rawKey);
  const keyCheck = await sealRecord(key, KEY_CHECK_ID, HEADER_FORMAT, KEY_CHECK_TEXT);
  return { header: { format: HEADER_FORMAT, kdf, keyCheck, created: now }, key, rawKey };
}

export type UnlockError = HeaderError | { code: 'wrong-password' };

/** Derives the key from the master password and proves it against the header's key check. */
export async function unlockHeader(password: string, raw: unknown): Promise<Result<UnlockedKey, UnlockError>> {
  const header = parseHeader(raw);
  if (!header.ok) return header;
  const rawKey = await deriveRawKey(password, header.value.kdf);
  const key = await importKey(rawKey);
  const check = await openRecord(key, header.value.keyCheck, KEY_CHECK_ID);
  // A tampered key check also lands here: indistinguishable from a wrong password by design.
  if (!check.ok || check.value.plaintext !== KEY_CHECK_TEXT) return err({ code: 'wrong-password' });
  return ok({ key, rawKey });
}

/**
 * Whether `key` is the key this header's check was sealed with: a key kept from before a master
 * password change that a stopped worker never finished telling the session about is not.
 */
export async function keyOpensHeader(key: CryptoKey, header: VaultHeader): Promise<boolean> {
  const check = await openRecord(key, header.keyCheck, KEY_CHECK_ID);
  return check.ok && check.value.plaintext === KEY_CHECK_TEXT;
}
