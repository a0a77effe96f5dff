// Runs anywhere. AES-256-GCM for one stored record (DESIGN.md security rule 1): a fresh random
// 96-bit IV per seal (NIST SP 800-38D's recommended IV length; random IVs are safe far beyond the
// number of records a vault will ever hold), and additional authenticated data that binds the
// record id and its schema version, so a ciphertext moved to another id, or relabelled as another
// version, fails to open instead of decrypting into the wrong place.
import * as z from 'zod/mini';
import { fromBase64, fromUtf8, randomBytes, toBase64, utf8 } from './bytes';
import { type Result, err, ok } from '../../../shared/result';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export const SealedRecord = z.object({
  id: z.string().check(z.minLength(1)),
  v: z.int().check(z.nonnegative()),
  iv: z.base64(),
  ct: z.base64(),
});
export type SealedRecord = z.infer<typeof SealedRecord>;

/**
 * 'malformed': not a sealed record at all (wrong shape, bad base64, wrong IV length).
 * 'tampered': authentication failed. AES-GCM cannot tell a wrong key from altered bytes, so open
 * records only with a key already verified against the vault header's key check (header.ts); the
 * header is what turns a failed check into 'wrong-password'.
 */
export type OpenError = 'malformed' | 'tampered';

// `v` is a decimal integer without ':' so "latchkey:v<v>:<id>" is unambiguous for any id.
const aad = (id: string, v: number) => utf8(`latchkey:v${v}:${id}`);

export async function sealRecord(key: CryptoKey, id: string, version: number, plaintext: string): Promise<SealedRecord> {
  const iv = randomBytes(IV_BYTES);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad(id, version), tagLength: TAG_BYTES * 8 },
    key,
    utf8(plaintext),
  );
  return { id, v: version, iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

/**
 * Decrypts a stored record. Pass `expectedId` (the storage slot the record was read from) so a
 * whole sealed record copied into another slot is caught too. Never throws.
 */
export async function openRecord(
  key: CryptoKey,
  raw: unknown,
  expectedId?: string,
): Promise<Result<{ id: string; v: number; plaintext: string }, OpenError>> {
  const parsed = SealedRecord.safeParse(raw);
  if (!parsed.success) return err('malformed');
  const sealed = parsed.data;
  const iv = fromBase64(sealed.iv);
  const ct = fromBase64(sealed.ct);
  if (!iv || iv.length !== IV_BYTES || !ct || ct.length < TAG_BYTES) return err('malformed');
  if (expectedId !== undefined && sealed.id !== expectedId) return err('tampered');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: aad(sealed.id, sealed.v), tagLength: TAG_BYTES * 8 },
      key,
      ct,
    );
  } catch {
    return err('tampered');
  }
  const plaintext = fromUtf8(new Uint8Array(plain));
  if (plaintext === null) return err('tampered');
  return ok({ id: sealed.id, v: sealed.v, plaintext });
}
