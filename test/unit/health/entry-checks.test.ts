import { describe, expect, it } from 'vitest';
import { hasNoUsername, isHttpOnly, isOld, isPending, isReviewed } from '../../../src/tidy/core/health/entry-checks';
import { createRulesCheck } from '../../../src/tidy/core/health/site-rules';
import { builtFromUserInputs, userInputsOf } from '../../../src/tidy/core/health/user-inputs';
import { DAY, entry, NOW } from './make-entry';

describe('checks on one entry', () => {
  it('calls a password old after the configured number of days', () => {
    const e = entry('a', 'https://shop.test', 'ann', 'x', { passwordChanged: NOW - 400 * DAY });
    expect(isOld(e, NOW, 365)).toBe(true);
    expect(isOld(e, NOW, 500)).toBe(false);
  });

  it('finds no username, http only and pending', () => {
    expect(hasNoUsername(entry('a', 'https://shop.test', '  ', 'x'))).toBe(true);
    expect(isHttpOnly(entry('a', 'http://shop.test', 'ann', 'x'))).toBe(true);
    expect(isHttpOnly({ ...entry('a', 'http://shop.test', 'ann', 'x'), site: { origins: ['http://shop.test', 'https://shop.test'], match: 'site' } })).toBe(false);
    expect(isPending(entry('a', 'https://shop.test', 'ann', 'x', { status: 'pending', pendingPrevious: { password: 'y', passwordChanged: 0 } }))).toBe(true);
  });

  it('counts a review only until the password changes again', () => {
    const e = entry('a', 'https://shop.test', 'ann', 'x', { passwordChanged: NOW - DAY, reviewedAt: NOW });
    expect(isReviewed(e)).toBe(true);
    expect(isReviewed({ ...e, passwordChanged: NOW + 1 })).toBe(false);
    expect(isReviewed({ ...e, reviewedAt: null })).toBe(false);
  });

  it('finds passwords built from the username or the shop name', () => {
    const inputs = userInputsOf('ann.smith@mail.test', ['www.aliexpress.com']);
    expect(inputs).toEqual(['ann.smith', 'aliexpress']);
    expect(builtFromUserInputs('AliExpress2024!', inputs)).toBe(true);
    expect(builtFromUserInputs('Ann.Smith#99', inputs)).toBe(true);
    expect(builtFromUserInputs('kQ9#vLm2@xZ', inputs)).toBe(false);
    // Too short to mean anything: "bob" in "bobcat-Lamp-9" is chance.
    expect(userInputsOf('bob', ['ab.test'])).toEqual([]);
  });

  it('checks passwords against the site rules (AliExpress: 6 to 20, a capital and a number)', () => {
    const breaks = createRulesCheck();
    expect(breaks('login.aliexpress.com', 'alllowercase')).toBe(true);
    expect(breaks('aliexpress.com', 'Fine2Pass')).toBe(false);
    expect(breaks('aliexpress.com', 'Toolong1234567890123456')).toBe(true);
    expect(breaks('no-rules-here.test', 'a')).toBe(false);
  });
});
