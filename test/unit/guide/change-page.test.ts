// Where a change flow starts: the recipe's page (on the tab's own scheme and port), Apple's data,
// else /.well-known/change-password only when the W3C check passes (a resource that must not
// exist answers non-2xx); a 2xx answer, or a check the browser refuses (CORS), means the account page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changePageUrl } from '../../../src/guide/background/change-page';
import { GENERIC_RECIPE, SITE_RECIPES } from '../../../src/guide/recipes/index';

const recipe = (id: string) => SITE_RECIPES.find((r) => r.id === id) ?? GENERIC_RECIPE;

function answer(status: number | 'refused') {
  const fetch = vi.fn(async () => {
    if (status === 'refused') throw new TypeError('Failed to fetch');
    return { status, type: 'basic' } as Response;
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('changePageUrl', () => {
  it('uses the recipe page, on the scheme and port the tab shows', async () => {
    const fetch = answer(404);
    expect(await changePageUrl('www.etsy.com', recipe('etsy'), 'https://www.etsy.com')).toBe('https://www.etsy.com/your/account');
    expect(await changePageUrl('www.etsy.com', recipe('etsy'), 'http://etsy.test:8080')).toBe('http://etsy.test:8080/your/account');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('trusts /.well-known/change-password only when the must-not-exist resource is not 2xx', async () => {
    const fetch = answer(404);
    expect(await changePageUrl('shop.example.org', GENERIC_RECIPE, 'https://shop.example.org')).toBe('https://shop.example.org/.well-known/change-password');
    expect(fetch).toHaveBeenCalledWith(expect.stringContaining('/.well-known/resource-that-should-not-exist'), expect.objectContaining({ credentials: 'omit' }));
    answer(200);
    expect(await changePageUrl('shop.example.org', GENERIC_RECIPE, 'https://shop.example.org')).toBe('https://shop.example.org/account');
    answer('refused');
    expect(await changePageUrl('shop.example.org', GENERIC_RECIPE, 'https://shop.example.org')).toBe('https://shop.example.org/account');
  });
});
