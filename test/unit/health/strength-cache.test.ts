import { describe, expect, it, vi } from 'vitest';
import { alwaysWeak, createStrengthCache } from '../../../src/core/health/strength-cache';
import { loadStrengthScorer, score } from '../strength/language-data';

describe('strength cache', () => {
  it('scores each distinct password once', () => {
    const scorer = vi.fn((password: string) => (password.startsWith('strong') ? 4 : 1));
    const cache = createStrengthCache(scorer);
    expect(cache.fill(['strong-one-here', 'weakish-pass', 'strong-one-here'], Infinity, () => 0)).toBe(0);
    expect(cache.fill(['strong-one-here', 'weakish-pass'], Infinity, () => 0)).toBe(0);
    expect(scorer).toHaveBeenCalledTimes(2);
    expect(cache.weak('strong-one-here')).toBe(false);
    expect(cache.weak('weakish-pass')).toBe(true);
    expect(cache.weak('never-seen-it')).toBeUndefined();
  });

  it('answers short passwords without the scorer', () => {
    const scorer = vi.fn(() => 4);
    const cache = createStrengthCache(scorer);
    expect(cache.weak('Zq9!x#7')).toBe(true);
    expect(cache.fill(['Zq9!x#7'], Infinity, () => 0)).toBe(0);
    expect(scorer).not.toHaveBeenCalled();
  });

  it('stops at the deadline and says how many are left', () => {
    let clock = 0;
    const cache = createStrengthCache(() => {
      clock += 10;
      return 4;
    });
    const passwords = Array.from({ length: 10 }, (_, i) => `long-password-${i}`);
    expect(cache.fill(passwords, 30, () => clock)).toBe(7);
    expect(cache.fill(passwords, 1000, () => clock)).toBe(0);
    expect(cache.size()).toBe(10);
  });

  it('agrees with zxcvbn-ts: 7 characters never score above 2', async () => {
    for (const password of ['Zq9!x#7', 'aB3$kL9', '%^&*()_']) {
      expect(alwaysWeak(password)).toBe(true);
      expect((await score(password)).score).toBeLessThanOrEqual(2);
    }
    const scorer = await loadStrengthScorer();
    expect(scorer('password1')).toBeLessThanOrEqual(2);
    expect(scorer('xK9#mQ2$vL7!pR4z')).toBe(4);
  });
});
