// Runs anywhere (Node 20 and extension contexts). Master password -> 256-bit AES-GCM key.
// Argon2id through hash-wasm (WASM; an extension needs 'wasm-unsafe-eval' in its CSP), PBKDF2
// through WebCrypto where WASM is unavailable. Parameters are checked on every derive.
import { argon2id } from 'hash-wasm';
import { fromBase64, utf8 } from './bytes';
import { type KdfAlg, type KdfParams, type KdfParamsError, checkKdfParams } from './kdf-params';

const KEY_BYTES = 32;

export class KdfError extends Error {
  constructor(readonly reason: KdfParamsError) {
    super(`KDF parameters refused (${reason.code}): ${reason.detail}`);
    this.name = 'KdfError';
  }
}

// NFC so the same password typed on systems that compose accents differently (macOS input
// methods can produce NFD) derives the same key. Changing this later would lock users out.
const passwordBytes = (password: string) => utf8(password.normalize('NFC'));

/**
 * Raw key bytes, for persisting to storage.session (the key must survive a service-worker
 * restart while unlocked; DESIGN.md security rule 1). Throws KdfError for refused parameters.
 */
export async function deriveRawKey(password: string, raw: KdfParams): Promise<Uint8Array<ArrayBuffer>> {
  const checked = checkKdfParams(raw);
  if (!checked.ok) throw new KdfError(checked.error);
  const params = checked.value;
  // checkKdfParams has decoded the salt once already; it cannot be null here.
  const salt = fromBase64(params.salt) ?? new Uint8Array(0);
  if (params.alg === 'argon2id') {
    const out = await argon2id({
      password: passwordBytes(password),
      salt,
      iterations: params.iterations,
      memorySize: params.memoryKiB,
      parallelism: params.parallelism,
      hashLength: KEY_BYTES,
      outputType: 'binary',
    });
    return new Uint8Array(out);
  }
  const base = await crypto.subtle.importKey('raw', passwordBytes(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: params.iterations },
    base,
    KEY_BYTES * 8,
  );
  return new Uint8Array(bits);
}

/** Imports raw key bytes as an AES-256-GCM key; non-extractable unless asked. */
export function importKey(raw: Uint8Array<ArrayBuffer>, extractable = false): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM', length: 256 }, extractable, ['encrypt', 'decrypt']);
}

export async function deriveKey(password: string, params: KdfParams): Promise<CryptoKey> {
  return importKey(await deriveRawKey(password, params));
}

// The smallest valid WASM module ("\0asm", version 1). Compiling it fails exactly when the
// context forbids WASM (a CSP without 'wasm-unsafe-eval', or no WebAssembly at all).
const EMPTY_WASM_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

export async function wasmAvailable(): Promise<boolean> {
  if (typeof WebAssembly !== 'object') return false;
  try {
    await WebAssembly.instantiate(EMPTY_WASM_MODULE);
    return true;
  } catch {
    return false;
  }
}

/**
 * Which KDF a NEW vault should use: Argon2id (memory-hard) when WASM runs, else PBKDF2.
 * An existing vault always uses the algorithm its header names.
 */
export const preferredKdf = (wasm: boolean): KdfAlg => (wasm ? 'argon2id' : 'pbkdf2-sha256');
