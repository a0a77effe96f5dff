import { describe, expect, it } from 'vitest';
import { sharedWith } from '../../../src/vault/core/match/groups';
import { groupKeys, parseSiteUrl, registrableDomain } from '../../../src/vault/core/match/site';

describe('site', () => {
  it.each([
    ['login.aliexpress.com', 'aliexpress.com'],
    ['www.amazon.co.uk', 'amazon.co.uk'],
    ['a.github.io', 'a.github.io'],
    ['127.0.0.1', null],
    ['localhost', null],
    ['intranet', null],
  ])('registrable domain of %s is %s', (host, site) => {
    expect(registrableDomain(host)).toBe(site);
  });

  it('lists the host, its parents and the site as group keys', () => {
    const url = parseSiteUrl('https://a.signin.costco.com/x');
    expect(url && groupKeys(url)).toEqual(['a.signin.costco.com', 'signin.costco.com', 'costco.com']);
  });
});

describe('site groups', () => {
  it('merges Apple data with our additions (AliExpress, Amazon regions)', () => {
    expect(sharedWith('aliexpress.ru')).toEqual(['aliexpress.com', 'aliexpress.us']);
    expect(sharedWith('aliexpress.com')).toEqual(expect.arrayContaining(['alibaba.com', 'aliexpress.ru', 'aliexpress.us']));
    expect(sharedWith('amazon.com')).toHaveLength(20);
  });
  it("relies on Apple's eBay group for eBay's regional sites", () => {
    const ebay = sharedWith('ebay.com');
    for (const d of ['ebay.co.uk', 'ebay.de', 'ebay.fr', 'ebay.it', 'ebay.es', 'ebay.ca', 'ebay.com.au', 'ebay.at', 'ebay.be', 'ebay.ch', 'ebay.ie', 'ebay.nl', 'ebay.pl']) {
      expect(ebay).toContain(d);
    }
  });
});
