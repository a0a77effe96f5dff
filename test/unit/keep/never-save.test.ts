import { describe, expect, it } from 'vitest';
import { addNeverSave, isNeverSave, neverSaveKey } from '../../../src/keep/core/never-save';

describe('never-save list', () => {
  it.each([
    ['https://login.shop.test/signin', 'shop.test'],
    ['http://www.shop.co.uk/', 'shop.co.uk'],
    ['http://127.0.0.1:8080/login', '127.0.0.1'],
    ['http://localhost:3000/', 'localhost'],
    ['chrome-extension://abc/popup.html', null],
    ['not a url', null],
  ])('%s is listed as %s', (url, key) => {
    expect(neverSaveKey(url)).toBe(key);
  });

  it('covers every subdomain of a listed site and nothing else', () => {
    const list = addNeverSave([], 'https://login.shop.test/signin');
    expect(isNeverSave(list, 'https://www.shop.test/account')).toBe(true);
    expect(isNeverSave(list, 'https://shop.test.evil.test/')).toBe(false);
    expect(isNeverSave(list, 'https://othershop.test/')).toBe(false);
  });

  it('adds a site once and keeps the list sorted', () => {
    const list = addNeverSave(addNeverSave(['zeta.test'], 'https://b.alpha.test/'), 'https://alpha.test/');
    expect(list).toEqual(['alpha.test', 'zeta.test']);
  });
});
