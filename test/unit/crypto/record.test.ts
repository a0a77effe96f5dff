import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../../src/vault/core/crypto/bytes';
import { importKey } from '../../../src/vault/core/crypto/kdf';
import { openRecord, sealRecord, type SealedRecord } from '../../../src/vault/core/crypto/record';

const key = await importKey(new Uint8Array(32).fill(1));
const otherKey = await importKey(new Uint8Array(32).fill(2));
const json = JSON.stringify({ username: 'ann@example.com', password: 'Hunter2hunter2' });

function flip(b64: string, index: number): string {
  const bytes = fromBase64(b64);
  if (!bytes) throw new Error('test fixture is not base64');
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return toBase64(bytes);
}

describe('sealRecord / openRecord', () => {
  it('round-trips, with a fresh 96-bit IV every time', async () => {
    const a = await sealRecord(key, 'e1', 1, json);
    const b = await sealRecord(key, 'e1', 1, json);
    expect(fromBase64(a.iv)).toHaveLength(12);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
    expect(await openRecord(key, a, 'e1')).toEqual({ ok: true, value: { id: 'e1', v: 1, plaintext: json } });
  });

  it('round-trips empty and non-ASCII plaintext', async () => {
    for (const text of ['', 'пароль 密码 🔑']) {
      const r = await openRecord(key, await sealRecord(key, 'x', 1, text));
      expect(r).toMatchObject({ ok: true, value: { plaintext: text } });
    }
  });

  const tamperings: [string, (s: SealedRecord) => SealedRecord][] = [
    ['a flipped ciphertext byte', (s) => ({ ...s, ct: flip(s.ct, 0) })],
    ['a flipped tag byte', (s) => ({ ...s, ct: flip(s.ct, (fromBase64(s.ct)?.length ?? 1) - 1) })],
    ['a flipped IV byte', (s) => ({ ...s, iv: flip(s.iv, 5) })],
    ['a changed id', (s) => ({ ...s, id: 'e2' })],
    ['a changed version', (s) => ({ ...s, v: 2 })],
  ];
  it.each(tamperings)('reports %s as tampered', async (_, tamper) => {
    const sealed = tamper(await sealRecord(key, 'e1', 1, json));
    expect(await openRecord(key, sealed)).toEqual({ ok: false, error: 'tampered' });
  });

  it('reports a whole record copied into another slot as tampered', async () => {
    const sealed = await sealRecord(key, 'e1', 1, json);
    expect(await openRecord(key, sealed, 'e2')).toEqual({ ok: false, error: 'tampered' });
  });

  it('cannot tell a wrong key from tampering (the header key check does that)', async () => {
    const sealed = await sealRecord(key, 'e1', 1, json);
    expect(await openRecord(otherKey, sealed)).toEqual({ ok: false, error: 'tampered' });
  });

  it.each([
    ['null', null],
    ['a string', 'abc'],
    ['missing ct', { id: 'e1', v: 1, iv: 'AAAAAAAAAAAAAAAA' }],
    ['an 8-byte IV', { id: 'e1', v: 1, iv: 'AAAAAAAAAAA=', ct: 'AAAAAAAAAAAAAAAAAAAAAA==' }],
    ['a ciphertext shorter than the tag', { id: 'e1', v: 1, iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAA' }],
    ['a negative version', { id: 'e1', v: -1, iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAAAAAAAAAAAAAAAAAAAA==' }],
  ])('reports %s as malformed without throwing', async (_, raw) => {
    expect(await openRecord(key, raw)).toEqual({ ok: false, error: 'malformed' });
  });
});
