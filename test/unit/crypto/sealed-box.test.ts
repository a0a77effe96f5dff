// A value sealed to a public key (vault/core/crypto/sealed-box.ts): only the private half opens it, only
// in the context it was sealed for, and any changed byte is refused.
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../../src/vault/core/crypto/bytes';
import {
  exportPrivateKey, exportPublicKey, generateSealingPair, importPrivateKey, importPublicKey, openSealed, sealTo, type SealedBox,
} from '../../../src/vault/core/crypto/sealed-box';

const pair = await generateSealingPair();
const other = await generateSealingPair();
const SECRET = 'Captured-Pass-1 пароль 🔑';

function flip(b64: string, index: number): string {
  const bytes = fromBase64(b64);
  if (!bytes) throw new Error('test fixture is not base64');
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return toBase64(bytes);
}

describe('sealed boxes', () => {
  it('open with the private half, in the same context; an ephemeral key and IV each time', async () => {
    const a = await sealTo(pair.publicKey, 'capture:1', SECRET);
    const b = await sealTo(pair.publicKey, 'capture:1', SECRET);
    expect(a.epk).not.toBe(b.epk);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
    expect(JSON.stringify(a)).not.toContain('Captured');
    expect(await openSealed(pair.privateKey, 'capture:1', a)).toEqual({ ok: true, value: SECRET });
    expect(await openSealed(pair.privateKey, 'capture:1', b)).toEqual({ ok: true, value: SECRET });
  });

  it('refuse another key, another context, and any changed byte', async () => {
    const box = await sealTo(pair.publicKey, 'capture:1', SECRET);
    expect(await openSealed(other.privateKey, 'capture:1', box)).toEqual({ ok: false, error: 'tampered' });
    expect(await openSealed(pair.privateKey, 'capture:2', box)).toEqual({ ok: false, error: 'tampered' });
    expect(await openSealed(pair.privateKey, 'capture:1', { ...box, ct: flip(box.ct, 0) })).toEqual({ ok: false, error: 'tampered' });
    expect(await openSealed(pair.privateKey, 'capture:1', { ...box, iv: flip(box.iv, 3) })).toEqual({ ok: false, error: 'tampered' });
    // Another valid point as the ephemeral key: a different shared secret.
    const { epk } = await sealTo(pair.publicKey, 'capture:1', SECRET);
    expect(await openSealed(pair.privateKey, 'capture:1', { ...box, epk })).toEqual({ ok: false, error: 'tampered' });
  });

  it.each<[string, unknown]>([
    ['not an object', 'sealed'],
    ['another version', { v: 2, epk: 'AA==', iv: 'AA==', ct: 'AA==' }],
    ['an ephemeral key that is no point', { v: 1, epk: toBase64(new Uint8Array(65).fill(4)), iv: toBase64(new Uint8Array(12)), ct: toBase64(new Uint8Array(32)) }],
    ['a short IV', { v: 1, epk: toBase64(new Uint8Array(65)), iv: toBase64(new Uint8Array(8)), ct: toBase64(new Uint8Array(32)) }],
  ])('call %s malformed', async (_name, raw) => {
    expect(await openSealed(pair.privateKey, 'capture:1', raw as SealedBox)).toEqual({ ok: false, error: 'malformed' });
  });

  it('export and import the pair (the private half to be sealed in the vault)', async () => {
    const publicKey = await importPublicKey(await exportPublicKey(pair.publicKey));
    const privateKey = await importPrivateKey(await exportPrivateKey(pair.privateKey));
    if (!publicKey || !privateKey) throw new Error('the pair did not import');
    expect(privateKey.extractable).toBe(false);
    expect(await openSealed(privateKey, 'c', await sealTo(publicKey, 'c', SECRET))).toEqual({ ok: true, value: SECRET });
    expect(await importPublicKey('not base64!')).toBeNull();
    expect(await importPublicKey(toBase64(new Uint8Array(64)))).toBeNull();
    expect(await importPrivateKey(toBase64(new Uint8Array(40)))).toBeNull();
  });
});
