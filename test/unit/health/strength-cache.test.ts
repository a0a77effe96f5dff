import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import { describe, expect, it, vi } from 'vitest';
import { commonList, isCommonPassword } from '../../../src/tidy/core/health/common-passwords';
import { alwaysWeak, createStrengthCache } from '../../../src/tidy/core/health/strength-cache';
import { loadStrengthScorer, score } from '../strength/language-data';

const notCommon = () => false;

describe('strength cache', () => {
  it('checks each distinct password once', () => {
    const scorer = vi.fn((password: string) => (password.startsWith('strong') ? 4 : 1));
    const isCommon = vi.fn((password: string) => password === 'weakish-pass');
    const cache = createStrengthCache({ score: scorer, isCommon });
    expect(cache.fill(['strong-one-here', 'weakish-pass', 'strong-one-here'], Infinity, () => 0)).toBe(0);
    expect(cache.fill(['strong-one-here', 'weakish-pass'], Infinity, () => 0)).toBe(0);
    expect(scorer).toHaveBeenCalledTimes(2);
    expect(isCommon).toHaveBeenCalledTimes(2);
    expect(cache.weak('strong-one-here')).toBe(false);
    expect(cache.weak('weakish-pass')).toBe(true);
    expect(cache.common('weakish-pass')).toBe(true);
    expect(cache.common('strong-one-here')).toBe(false);
    expect(cache.weak('never-seen-it')).toBeUndefined();
    expect(cache.common('never-seen-it')).toBeUndefined();
  });

  it('answers weak for short passwords without the scorer, and still checks them against the common list', () => {
    const scorer = vi.fn(() => 4);
    const cache = createStrengthCache({ score: scorer, isCommon: (password) => password === 'abc123' });
    expect(cache.weak('Zq9!x#7')).toBe(true);
    expect(cache.common('abc123')).toBeUndefined();
    expect(cache.fill(['Zq9!x#7', 'abc123'], Infinity, () => 0)).toBe(0);
    expect(scorer).not.toHaveBeenCalled();
    expect(cache.common('abc123')).toBe(true);
    expect(cache.common('Zq9!x#7')).toBe(false);
  });

  it('stops at the deadline and says how many are left', () => {
    let clock = 0;
    const cache = createStrengthCache({
      score: () => {
        clock += 10;
        return 4;
      },
      isCommon: notCommon,
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

describe('the common-passwords list (offline exposed check)', () => {
  const list = commonList(zxcvbnCommon.dictionary.passwords);

  it('is the size the README and the health page state', () => {
    // README ("Exposed passwords") and the exposureOffline string name this number: a new
    // @zxcvbn-ts/language-common with another list must update them.
    expect(list.size).toBe(49_233);
  });

  it('catches breached favourites in any capitalisation, not strong or pattern-only ones', () => {
    for (const password of ['123456', 'password1', 'Password1', 'P@ssw0rd', 'qwerty123', 'iloveyou', '1q2w3e4r', 'amazon']) expect(isCommonPassword(list, password), password).toBe(true);
    // Patterns zxcvbn already finds are left out of the list (they are weak instead), and so are
    // passwords never seen in the breach corpus.
    for (const password of ['aaaaaa', 'aliexpress', 'xK9#mQ2$vL7!pR4z', 'Summer2019']) expect(isCommonPassword(list, password), password).toBe(false);
  });
});
