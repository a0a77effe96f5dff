// Runs anywhere. A value sealed to a public key, so it can be written while the vault is locked and
// read only once it is unlocked (Keep's captured passwords: DESIGN.md rule 1, "locked means
// locked"). ECIES over WebCrypto: a fresh ephemeral ECDH P-256 key pair per sealed value, the
// shared secret through HKDF-SHA-256 (salt: the ephemeral public key; info: the value's context),
// and AES-256-GCM with a random 96-bit IV and the context as additional data. Whoever holds only
// the public key (the background of a locked vault, anything reading storage) can seal but never
// open; the private key is kept sealed inside the vault (vault/background/capture-key.ts).
import * as z from 'zod/mini';
import { fromBase64, fromUtf8, randomBytes, toBase64, utf8 } from './bytes';
import { type Result, err, ok } from '../../../shared/result';

const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const IV_BYTES = 12;
const TAG_BYTES = 16;
// An uncompressed P-256 point: 0x04, then x and y of 32 bytes each.
const PUBLIC_BYTES = 65;
const BOX_VERSION = 1;

export const SealedBox = z.object({
  v: z.literal(BOX_VERSION),
  /** The ephemeral public key, raw (uncompressed point). */
  epk: z.base64(),
  iv: z.base64(),
  ct: z.base64(),
});
export type SealedBox = z.infer<typeof SealedBox>;

export interface SealingPair {
  publicKey: CryptoKey;
  privateKey: CryptoKey;
}

/** A new recipient key pair; its private half is exported once, to be sealed in the vault. */
export async function generateSealingPair(): Promise<SealingPair> {
  return (await crypto.subtle.generateKey(CURVE, true, ['deriveBits'])) as SealingPair;
}

export async function exportPublicKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

export async function exportPrivateKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('pkcs8', key)));
}

/** Null for anything that is not a P-256 public key. */
export async function importPublicKey(text: string): Promise<CryptoKey | null> {
  const raw = fromBase64(text);
  if (!raw || raw.length !== PUBLIC_BYTES) return null;
  try {
    return await crypto.subtle.importKey('raw', raw, CURVE, true, []);
  } catch {
    return null;
  }
}

/** Null for anything that is not a P-256 private key. Not extractable once imported. */
export async function importPrivateKey(text: string): Promise<CryptoKey | null> {
  const raw = fromBase64(text);
  if (!raw) return null;
  try {
    return await crypto.subtle.importKey('pkcs8', raw, CURVE, false, ['deriveBits']);
  } catch {
    return null;
  }
}

async function boxKey(privateKey: CryptoKey, publicKey: CryptoKey, ephemeral: Uint8Array<ArrayBuffer>, context: string, use: KeyUsage): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const hkdf = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: ephemeral, info: utf8(`latchkey sealed box v${BOX_VERSION}:${context}`) },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    [use],
  );
}

/** Seals `plaintext` for the holder of the private half of `recipient`, bound to `context`. */
export async function sealTo(recipient: CryptoKey, context: string, plaintext: string): Promise<SealedBox> {
  const ephemeral = await generateSealingPair();
  const epk = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const key = await boxKey(ephemeral.privateKey, recipient, epk, context, 'encrypt');
  const iv = randomBytes(IV_BYTES);
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8(context), tagLength: TAG_BYTES * 8 }, key, utf8(plaintext));
  return { v: BOX_VERSION, epk: toBase64(epk), iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

/**
 * Opens a sealed box with the recipient's private key. 'malformed': not a sealed box at all;
 * 'tampered': another key, another context, or changed bytes (AES-GCM cannot tell them apart).
 * Never throws.
 */
export async function openSealed(recipient: CryptoKey, context: string, raw: unknown): Promise<Result<string, 'malformed' | 'tampered'>> {
  const parsed = SealedBox.safeParse(raw);
  if (!parsed.success) return err('malformed');
  const epkRaw = fromBase64(parsed.data.epk);
  const iv = fromBase64(parsed.data.iv);
  const ct = fromBase64(parsed.data.ct);
  if (!epkRaw || epkRaw.length !== PUBLIC_BYTES || !iv || iv.length !== IV_BYTES || !ct || ct.length < TAG_BYTES) return err('malformed');
  const epk = await importPublicKey(parsed.data.epk);
  if (!epk) return err('malformed');
  try {
    const key = await boxKey(recipient, epk, epkRaw, context, 'decrypt');
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: utf8(context), tagLength: TAG_BYTES * 8 }, key, ct);
    const text = fromUtf8(new Uint8Array(plain));
    return text === null ? err('tampered') : ok(text);
  } catch {
    return err('tampered');
  }
}
