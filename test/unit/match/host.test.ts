// One host rule: a recipe lookup, a change-password URL and a guide's site key see one host
// however it was written (case, a fully qualified trailing dot, Unicode or punycode).
import { describe, expect, it } from 'vitest';
import { changePasswordUrl, recipeFor } from '../../../src/guide/core/recipes/engine';
import { guidedSite } from '../../../src/guide/core/site-key';
import { normaliseHost } from '../../../src/vault/core/match/host';
import { parseSiteUrl } from '../../../src/vault/core/match/site';

describe('normaliseHost', () => {
  it.each([
    ['Login.AliExpress.COM', 'login.aliexpress.com'],
    ['login.aliexpress.com.', 'login.aliexpress.com'],
    [' shop.example.com ', 'shop.example.com'],
    ['münchen.de', 'xn--mnchen-3ya.de'],
    ['XN--MNCHEN-3YA.DE.', 'xn--mnchen-3ya.de'],
  ])('%s is %s', (written, host) => {
    expect(normaliseHost(written)).toBe(host);
  });

  it('gives the host parseSiteUrl gives', () => {
    for (const written of ['Login.AliExpress.COM.', 'münchen.de', 'www.Shop.example.com']) {
      expect(normaliseHost(written)).toBe(parseSiteUrl(`https://${written}/`)?.host);
    }
  });

  it('leaves what is not a host name as typed, trimmed and lower case', () => {
    expect(normaliseHost(' Not A Host ')).toBe('not a host');
    expect(normaliseHost('')).toBe('');
  });
});

describe('the guide uses it everywhere', () => {
  it('finds the recipe, the change URL and the site key of a host written any way', () => {
    expect(recipeFor('Login.AliExpress.com.').id).toBe('aliexpress');
    expect(changePasswordUrl('Shop.Example.COM.', recipeFor('shop.example.com')).url).toBe('https://shop.example.com/.well-known/change-password');
    expect(guidedSite('https://login.aliexpress.com./reset')).toMatchObject({ host: 'login.aliexpress.com', siteKey: 'recipe:aliexpress' });
  });
});
