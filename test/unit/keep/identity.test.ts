import { describe, expect, it } from 'vitest';
import { IDENTITY_TTL_MS, recall, remember, type Identity } from '../../../src/keep/core/identity';
import { capture, T0 } from './fixtures';
import { isLoginStepOne, withStepOne } from '../../../src/keep/core/two-step';

const step = (username: string, url = 'https://www.shop.test/login', at = T0 - 60_000): Identity => ({ kind: 'login-step', url, username, at });

describe('remembered identities', () => {
  it('keeps one per kind and site, the newest', () => {
    let list: Identity[] = [];
    list = remember(list, step('first@mail.test'), T0);
    list = remember(list, step('second@mail.test', 'https://login.shop.test/signin'), T0);
    list = remember(list, { kind: 'forgot', url: 'https://www.shop.test/forgot', username: 'first@mail.test', at: T0 }, T0);
    expect(list.map((i) => [i.kind, i.username])).toEqual([['login-step', 'second@mail.test'], ['forgot', 'first@mail.test']]);
  });

  it('forgets identities past their time', () => {
    const old = step('old@mail.test', undefined, T0 - IDENTITY_TTL_MS['login-step']);
    expect(remember([old], step('new@mail.test', 'https://other.test/'), T0)).toHaveLength(1);
    expect(recall([old], 'login-step', 'https://www.shop.test/', T0)).toBeNull();
  });

  it('refuses an identity from the future (a clock moved back)', () => {
    expect(recall([step('x@mail.test', undefined, T0 + 1000)], 'login-step', 'https://www.shop.test/', T0)).toBeNull();
  });
});

describe('two-step login', () => {
  it('recognises step one', () => {
    expect(isLoginStepOne(capture({ currentPassword: null }))).toBe(true);
    expect(isLoginStepOne(capture())).toBe(false);
    expect(isLoginStepOne(capture({ formClass: 'forgot-password', currentPassword: null }))).toBe(false);
  });

  it('merges step one’s username into step two on the same site within minutes', () => {
    const two = capture({ username: null, url: 'https://login.shop.test/password' });
    expect(withStepOne(two, [step('me@mail.test')], T0).username).toBe('me@mail.test');
  });

  it('does not merge across sites, after the time limit, or over a typed username', () => {
    const two = capture({ username: null });
    expect(withStepOne(two, [step('me@mail.test', 'https://other.test/login')], T0).username).toBeNull();
    expect(withStepOne(two, [step('me@mail.test', undefined, T0 - 6 * 60_000)], T0).username).toBeNull();
    expect(withStepOne(capture({ username: 'typed@mail.test' }), [step('me@mail.test')], T0).username).toBe('typed@mail.test');
  });
});
