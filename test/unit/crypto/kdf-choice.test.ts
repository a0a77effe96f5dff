import { describe, expect, it } from 'vitest';
import { kdfChoiceProblem, toChoice, withFreshSalt } from '../../../src/vault/core/crypto/kdf-choice';
import { ARGON2ID_FLOOR, checkKdfParams, PBKDF2_FLOOR } from '../../../src/vault/core/crypto/kdf-params';

describe('KDF choices in the settings', () => {
  it('accepts the floors and refuses anything below them', () => {
    expect(kdfChoiceProblem({ alg: 'argon2id', ...ARGON2ID_FLOOR })).toBeNull();
    expect(kdfChoiceProblem({ alg: 'argon2id', memoryKiB: ARGON2ID_FLOOR.memoryKiB - 1, iterations: 3 })).toBe('too-weak');
    expect(kdfChoiceProblem({ alg: 'argon2id', memoryKiB: 64 * 1024, iterations: ARGON2ID_FLOOR.iterations - 1 })).toBe('too-weak');
    expect(kdfChoiceProblem({ alg: 'pbkdf2-sha256', iterations: PBKDF2_FLOOR.iterations })).toBeNull();
    expect(kdfChoiceProblem({ alg: 'pbkdf2-sha256', iterations: PBKDF2_FLOOR.iterations - 1 })).toBe('too-weak');
  });

  it('refuses parameters above the ceilings (a tampered or mistyped choice cannot hang an unlock)', () => {
    expect(kdfChoiceProblem({ alg: 'argon2id', memoryKiB: 4 * 1024 * 1024, iterations: 3 })).toBe('too-costly');
    expect(kdfChoiceProblem({ alg: 'pbkdf2-sha256', iterations: 50_000_000 })).toBe('too-costly');
  });

  it('draws a fresh salt every time and round-trips the parameters', () => {
    const a = withFreshSalt({ alg: 'argon2id', memoryKiB: 32 * 1024, iterations: 4 });
    const b = withFreshSalt(a);
    expect(a.salt).not.toBe(b.salt);
    expect(checkKdfParams(b).ok).toBe(true);
    expect(toChoice(b)).toEqual({ alg: 'argon2id', memoryKiB: 32 * 1024, iterations: 4, parallelism: 1 });
  });
});
