// Runs anywhere. Byte <-> text conversions for the vault: base64 for what we store as JSON, UTF-8
// for what we encrypt. Strict decoding: stored data that is not canonical base64 is tampered or
// corrupt, and we would rather say so than decode something else.
const encoder = new TextEncoder();
// fatal: invalid UTF-8 after a successful decryption means a bug, not a value to show.
const decoder = new TextDecoder('utf-8', { fatal: true });

// Canonical padded base64 (RFC 4648 section 4): length a multiple of 4, padding only at the end.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function toBase64(bytes: Uint8Array): string {
  // btoa takes a binary string; build it in chunks so large records don't blow the argument limit.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Decodes canonical base64; returns null for anything else (never throws). */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!BASE64.test(text)) return null;
  const binary = atob(text);
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
