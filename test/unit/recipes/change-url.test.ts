// Change-password URL precedence: the recipe, then Apple's data, then /.well-known/change-password
// with the W3C check spelled out, then the account page guess.
import { describe, expect, it } from 'vitest';
import { changePasswordUrl, recipeFor, wellKnownTrusted } from '../../../src/guide/core/recipes/engine';

describe('changePasswordUrl', () => {
  it('uses the recipe URL first, resolved on the regional site', () => {
    expect(changePasswordUrl('www.amazon.de', recipeFor('www.amazon.de'))).toEqual({ source: 'recipe', url: 'https://www.amazon.de/ax/account/manage' });
    expect(changePasswordUrl('www.ebay.co.uk', recipeFor('www.ebay.co.uk')).source).toBe('recipe');
  });

  it("uses Apple's data when the recipe has no change URL, by host or registrable domain", () => {
    expect(changePasswordUrl('login.aliexpress.com', recipeFor('login.aliexpress.com'))).toEqual({ source: 'apple', url: 'https://login.aliexpress.com/' });
    expect(changePasswordUrl('shop.1800contacts.com', recipeFor('shop.1800contacts.com'))).toEqual({ source: 'apple', url: 'https://www.1800contacts.com/account/settings' });
  });

  it('falls back to the well-known URL, to be verified first, then the account page', () => {
    expect(changePasswordUrl('shop.example.com', recipeFor('shop.example.com'))).toEqual({
      source: 'well-known',
      url: 'https://shop.example.com/.well-known/change-password',
      verifyWith: 'https://shop.example.com/.well-known/resource-that-should-not-exist-whose-status-code-should-not-be-200',
      otherwise: { source: 'account-guess', url: 'https://shop.example.com/account' },
    });
    const shopify = changePasswordUrl('cool-socks.myshopify.com', recipeFor('cool-socks.myshopify.com'));
    expect(shopify).toMatchObject({ source: 'well-known', otherwise: { url: 'https://cool-socks.myshopify.com/account' } });
  });

  it('trusts the well-known URL only when the resource that must not exist is not 2xx', () => {
    expect(wellKnownTrusted(404)).toBe(true);
    expect(wellKnownTrusted(410)).toBe(true);
    expect(wellKnownTrusted(200)).toBe(false);
    expect(wellKnownTrusted(204)).toBe(false);
  });
});
