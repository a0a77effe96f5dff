// The background tests' remembered Argon2id (remembered-argon2.ts) answers a repeat with the
// bytes the real derivation gave, and derives anew for any input that differs.
import * as real from 'hash-wasm';
import { describe, expect, it, vi } from 'vitest';
import { remembering } from './remembered-argon2';

// Small parameters: what is checked is which calls reach the real function, not Argon2id itself.
const base = { password: 'a master passphrase', salt: new Uint8Array(16).fill(7), iterations: 1, parallelism: 1, memorySize: 64, hashLength: 32, outputType: 'binary' } as const;

describe('remembered Argon2id', () => {
  it('gives the real bytes, derives a repeat once, and derives anew for another password, salt or parameter', async () => {
    const spy = vi.fn(real.argon2id);
    const { argon2id } = remembering({ ...real, argon2id: spy });
    const expected = await real.argon2id(base);

    expect(await argon2id(base)).toEqual(expected);
    expect(await argon2id({ ...base, salt: new Uint8Array(16).fill(7) })).toEqual(expected);
    expect(spy).toHaveBeenCalledTimes(1);

    const variants = [{ password: 'another passphrase' }, { salt: new Uint8Array(16).fill(8) }, { iterations: 2 }, { memorySize: 128 }, { hashLength: 16 }];
    for (const variant of variants) {
      const input = { ...base, ...variant };
      expect(await argon2id(input)).toEqual(await real.argon2id(input));
      expect(await argon2id(input)).not.toEqual(expected);
    }
    expect(spy).toHaveBeenCalledTimes(1 + variants.length);
  });

  it('hands each caller its own copy of the bytes', async () => {
    const { argon2id } = remembering(real);
    const input = { ...base, password: 'a passphrase whose key is changed by its caller' };
    const first = (await argon2id(input)) as Uint8Array;
    const kept = first.slice();
    first.fill(0);
    expect(await argon2id(input)).toEqual(kept);
  });
});
