import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../../src/vault/core/crypto/bytes';
import { createHeader, parseHeader, unlockHeader } from '../../../src/vault/core/crypto/header';
import type { KdfParams } from '../../../src/vault/core/crypto/kdf-params';
import { openRecord, sealRecord } from '../../../src/vault/core/crypto/record';

const salt = toBase64(new Uint8Array(16).fill(3));
const argon: KdfParams = { alg: 'argon2id', memoryKiB: 19 * 1024, iterations: 2, parallelism: 1, salt };
const pbkdf2: KdfParams = { alg: 'pbkdf2-sha256', iterations: 600_000, salt };

describe('vault header', () => {
  it.each([argon, pbkdf2])('unlocks with the right password ($alg) and opens records sealed before', async (kdf) => {
    const created = await createHeader('Tr0ub4dor&3', kdf, 1_700_000_000_000);
    const sealed = await sealRecord(created.key, 'e1', 1, '{"a":1}');
    const stored = JSON.parse(JSON.stringify(created.header)) as unknown;
    const unlocked = await unlockHeader('Tr0ub4dor&3', stored);
    if (!unlocked.ok) throw new Error(`unlock failed: ${unlocked.error.code}`);
    expect(toBase64(unlocked.value.rawKey)).toBe(toBase64(created.rawKey));
    expect(await openRecord(unlocked.value.key, sealed, 'e1')).toMatchObject({ ok: true, value: { plaintext: '{"a":1}' } });
  });

  it('says wrong-password for a wrong password, not tampered', async () => {
    const { header } = await createHeader('Tr0ub4dor&3', argon, 0);
    expect(await unlockHeader('Tr0ub4dor&4', header)).toEqual({ ok: false, error: { code: 'wrong-password' } });
  });

  it('refuses stored parameters below the floors before deriving anything', async () => {
    const { header } = await createHeader('pw', argon, 0);
    const weakened = { ...header, kdf: { ...argon, memoryKiB: 4096 } };
    expect(parseHeader(weakened)).toMatchObject({ ok: false, error: { code: 'weak-params' } });
    expect(await unlockHeader('pw', weakened)).toMatchObject({ ok: false, error: { code: 'weak-params' } });
    const pbkdfWeak = { ...header, kdf: { ...pbkdf2, iterations: 310_000 } };
    expect(parseHeader(pbkdfWeak)).toMatchObject({ ok: false, error: { code: 'weak-params' } });
  });

  it('refuses unknown header formats', async () => {
    const { header } = await createHeader('pw', argon, 0);
    expect(parseHeader({ ...header, format: 2 })).toMatchObject({ ok: false, error: { code: 'unknown-version', format: 2 } });
    expect(parseHeader({ ...header, format: undefined })).toMatchObject({ ok: false, error: { code: 'unknown-version' } });
  });

  it('reports malformed headers without throwing', async () => {
    const { header } = await createHeader('pw', argon, 0);
    expect(parseHeader(null)).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(parseHeader({ ...header, keyCheck: 'x' })).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(parseHeader({ ...header, created: 'yesterday' })).toMatchObject({ ok: false, error: { code: 'malformed' } });
  });
});
