import { describe, expect, it } from 'vitest';
import { createStrengthCache } from '../../../src/tidy/core/health/strength-cache';
import { fingerprint, fromStored, StoredVerdicts, toStored } from '../../../src/tidy/core/health/verdicts';

describe('stored strength verdicts', () => {
  it('round-trips verdicts for the passwords still in the vault, without the passwords', () => {
    const cache = createStrengthCache({ score: (password) => (password.includes('strong') ? 4 : 1), isCommon: (password) => password === 'weakish-pass' });
    cache.fill(['a-strong-one-1', 'weakish-pass', 'gone-strong-x'], Infinity, () => 0);
    const stored = StoredVerdicts.parse(JSON.parse(JSON.stringify(toStored(cache.verdicts()))));
    expect(JSON.stringify(stored)).not.toMatch(/strong-one|weakish/);
    expect(fromStored(stored, ['a-strong-one-1', 'weakish-pass', 'never-scored-1'])).toEqual([
      ['a-strong-one-1', { weak: false, common: false }],
      ['weakish-pass', { weak: true, common: true }],
    ]);
    const untouchable = () => {
      throw new Error('no checking needed');
    };
    const seeded = createStrengthCache({ score: untouchable, isCommon: untouchable });
    for (const [password, verdict] of fromStored(stored, ['weakish-pass'])) seeded.seed(password, verdict);
    expect(seeded.weak('weakish-pass')).toBe(true);
    expect(seeded.common('weakish-pass')).toBe(true);
    expect(seeded.fill(['weakish-pass'], Infinity, () => 0)).toBe(0);
  });

  it('fingerprints are stable and tell close passwords apart', () => {
    expect(fingerprint('Correct-Horse-1')).toBe(fingerprint('Correct-Horse-1'));
    const prints = new Set(Array.from({ length: 10_000 }, (_, i) => fingerprint(`Pw-${i}`)));
    expect(prints.size).toBe(10_000);
    expect(fingerprint('Correct-Horse-1')).not.toBe(fingerprint('Correct-Horse-2'));
  });
});
