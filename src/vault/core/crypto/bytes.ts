// Runs anywhere. Byte <-> text conversions for the vault: base64 for what we store as JSON, UTF-8
// for what we encrypt. Strict decoding: stored data that is not canonical base64 is tampered or
// corrupt, and we would rather say so than decode something else.
const encoder = new TextEncoder();
// fatal: invalid UTF-8 after a successful decryption means a bug, not a value to show.
const decoder = new TextDecoder('utf-8', { fatal: true });

// Canonical padded base64 (RFC 4648 section 4). The pattern checks the alphabet and that padding
// comes only at the end; the length and canonical padding are checked apart, by encoding the bytes
// again. A pattern that matched four characters at a time overflowed V8's regex stack on a few MB
// (the vault's snapshot, vault/background/snapshot.ts).
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

// The browsers' own base64 (Chrome 140, Firefox 133: proposal-arraybuffer-base64), about a hundred
// times faster than the fallback below on the few MB of the vault's snapshot (0.7 s each way).
// Node 20 has neither: the unit tests check the fallback, the E2E suite the browsers' own.
interface NativeBase64 {
  fromBase64?(text: string, options: { lastChunkHandling: 'strict' }): Uint8Array<ArrayBuffer>;
}
const nativeFrom = (Uint8Array as unknown as NativeBase64).fromBase64;
const nativeTo = (Uint8Array.prototype as unknown as { toBase64?: () => string }).toBase64;

export function toBase64(bytes: Uint8Array): string {
  if (nativeTo) return nativeTo.call(bytes);
  // btoa takes a binary string; build it in chunks so large records don't blow the argument limit.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Decodes canonical base64; returns null for anything else (never throws). */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null;
  if (nativeFrom) {
    // 'strict': padding required and its bits zero, as the re-encoding check below demands.
    try {
      return nativeFrom.call(Uint8Array, text, { lastChunkHandling: 'strict' });
    } catch {
      return null;
    }
  }
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  // Reject non-zero padding bits ("QR==" and "QQ==" must not both decode to "A").
  return toBase64(out) === text ? out : null;
}

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => encoder.encode(text);

/** Decodes UTF-8; returns null for invalid sequences. */
export function fromUtf8(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}
