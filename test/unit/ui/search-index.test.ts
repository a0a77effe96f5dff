// The popup's search index finds exactly what matchesQuery finds, and fast enough per keystroke.
import { describe, expect, it } from 'vitest';
import { matchesQuery, type EntrySummary } from '../../../src/core/vault/summary';
import { buildIndex, search } from '../../../src/ui/popup/search-index';

const entry = (id: string, origins: string[], username: string, notes = ''): EntrySummary => ({
  id, site: { origins, match: 'site' }, username, notes, updated: 0, passwordChanged: 0, lastUsed: null, status: 'active',
});

const entries = [
  entry('a', ['https://shop.test'], 'anna@mail.test'),
  entry('b', ['https://www.Shop.test:8443', 'https://login.aliexpress.com'], 'Boris', 'gift card PIN'),
  entry('c', ['not a url'], '', 'Tienda'),
  entry('d', ['http://магазин.test'], 'ДАША'),
];

describe('search index', () => {
  it.each(['', '  ', 'shop', 'SHOP 8443', 'aliexpress boris', 'gift pin', 'not a', 'tienda', 'xn--', 'даша', 'zzz', 'shop anna'])(
    'finds what matchesQuery finds for %j',
    (query) => {
      expect(search(buildIndex(entries), query).map((e) => e.id)).toEqual(entries.filter((e) => matchesQuery(e, query)).map((e) => e.id));
    },
  );

  it('filters 10,000 entries in well under 10 ms per keystroke once indexed', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => entry(String(i), [`https://shop${i}.example.com`], `user${i}@mail.test`));
    const index = buildIndex(many);
    const start = performance.now();
    for (const query of ['s', 'sh', 'shop1', 'shop12', 'user99']) search(index, query);
    expect((performance.now() - start) / 5).toBeLessThan(10);
  });
});
