import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../../src/vault/core/crypto/bytes';
import { KdfError, deriveKey, deriveRawKey, preferredKdf, wasmAvailable } from '../../../src/vault/core/crypto/kdf';
import { checkKdfParams, newKdfParams, type KdfParams } from '../../../src/vault/core/crypto/kdf-params';

const salt = toBase64(new Uint8Array(16).fill(7));
// The floors themselves: the cheapest parameters we accept, so tests stay fast.
const argon: KdfParams = { alg: 'argon2id', memoryKiB: 19 * 1024, iterations: 2, parallelism: 1, salt };
const pbkdf2: KdfParams = { alg: 'pbkdf2-sha256', iterations: 600_000, salt };

describe('deriveRawKey', () => {
  it.each([argon, pbkdf2])('$alg is deterministic for the same password and salt', async (params) => {
    const a = await deriveRawKey('correct horse', params);
    const b = await deriveRawKey('correct horse', params);
    expect(a).toHaveLength(32);
    expect(toBase64(a)).toBe(toBase64(b));
  });

  it.each([argon, pbkdf2])('$alg gives a different key for another password or salt', async (params) => {
    const base = toBase64(await deriveRawKey('correct horse', params));
    expect(toBase64(await deriveRawKey('correct horsf', params))).not.toBe(base);
    const otherSalt = { ...params, salt: toBase64(new Uint8Array(16).fill(8)) };
    expect(toBase64(await deriveRawKey('correct horse', otherSalt))).not.toBe(base);
  });

  it('normalizes the password to NFC (composed and decomposed accents give one key)', async () => {
    const composed = await deriveRawKey('caf\u00e9', argon);
    const decomposed = await deriveRawKey('cafe\u0301', argon);
    expect(toBase64(decomposed)).toBe(toBase64(composed));
  });

  it('makes a non-extractable AES-GCM key', async () => {
    const key = await deriveKey('pw', pbkdf2);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
  });
});

describe('floors and ceilings', () => {
  const weak: [string, KdfParams][] = [
    ['argon2id below 19 MiB', { ...argon, memoryKiB: 19 * 1024 - 1 }],
    ['argon2id t=1', { ...argon, iterations: 1 }],
    ['pbkdf2 599,999', { ...pbkdf2, iterations: 599_999 }],
    ['pbkdf2 100,000 (an old default)', { ...pbkdf2, iterations: 100_000 }],
  ];
  it.each(weak)('refuses %s with a typed error, never upgrading', async (_, params) => {
    expect(checkKdfParams(params)).toMatchObject({ ok: false, error: { code: 'too-weak' } });
    const failure = deriveRawKey('pw', params).catch((e: unknown) => e);
    const e = await failure;
    expect(e).toBeInstanceOf(KdfError);
    expect((e as KdfError).reason.code).toBe('too-weak');
  });

  it('refuses absurd costs a tampered header could ask for', () => {
    expect(checkKdfParams({ ...argon, memoryKiB: 8 * 1024 * 1024 })).toMatchObject({ ok: false, error: { code: 'too-costly' } });
    expect(checkKdfParams({ ...pbkdf2, iterations: 1e9 })).toMatchObject({ ok: false, error: { code: 'too-costly' } });
  });

  it('refuses short salts, bad base64 and unknown algorithms as malformed', () => {
    expect(checkKdfParams({ ...argon, salt: toBase64(new Uint8Array(8)) })).toMatchObject({ error: { code: 'malformed' } });
    expect(checkKdfParams({ ...argon, salt: 'not base64!' })).toMatchObject({ error: { code: 'malformed' } });
    expect(checkKdfParams({ alg: 'scrypt', salt })).toMatchObject({ error: { code: 'malformed' } });
    expect(checkKdfParams({ ...argon, memoryKiB: 65536.5 })).toMatchObject({ error: { code: 'malformed' } });
  });

  it('new parameters use the defaults (Argon2id 64 MiB t=3 p=1; PBKDF2 600,000) and a fresh salt', () => {
    const a = newKdfParams('argon2id');
    expect(a).toMatchObject({ alg: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 });
    expect(newKdfParams('argon2id').salt).not.toBe(a.salt);
    expect(newKdfParams('pbkdf2-sha256')).toMatchObject({ iterations: 600_000 });
    expect(checkKdfParams(a).ok).toBe(true);
  });
});

describe('KDF choice', () => {
  it('prefers Argon2id and falls back to PBKDF2 without WASM', async () => {
    expect(await wasmAvailable()).toBe(true);
    expect(preferredKdf(true)).toBe('argon2id');
    expect(preferredKdf(false)).toBe('pbkdf2-sha256');
  });
});
