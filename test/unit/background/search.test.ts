import { describe, expect, it } from 'vitest';
import { indexFor, searchPage } from '../../../src/background/vault/search';
import { createEntry, type Entry } from '../../../src/core/vault/entry';
import { matchesQuery, summarize } from '../../../src/core/vault/summary';

function entries(n: number): Map<string, Entry> {
  const map = new Map<string, Entry>();
  for (let i = 0; i < n; i++) {
    const e = createEntry({ id: `id-${i}`, site: { origins: [`https://www.shop-${i % 37}.test`], match: 'site' }, username: `buyer${i}@mail.test`, password: 'x', notes: i % 5 === 0 ? 'gift card' : '' }, 0);
    map.set(e.id, e);
  }
  return map;
}

describe('background entry search', () => {
  const all = entries(500);

  it.each(['', 'shop-3', 'SHOP-3 buyer1', 'gift', 'card shop-1', 'nothing-like-this'])('finds exactly what matchesQuery finds for "%s"', (query) => {
    const { items, total } = searchPage(indexFor(all), query, 0, 1000);
    const expected = [...all.values()].map(summarize).filter((s) => matchesQuery(s, query));
    expect(total).toBe(expected.length);
    expect(new Set(items.map((s) => s.id))).toEqual(new Set(expected.map((s) => s.id)));
  });

  it('sorts by host then username and pages without overlap', () => {
    const index = indexFor(all);
    const first = searchPage(index, '', 0, 50).items;
    const second = searchPage(index, '', 50, 50).items;
    expect(first).toHaveLength(50);
    expect(new Set([...first, ...second].map((s) => s.id)).size).toBe(100);
    const keys = [...first, ...second].map((s) => `${new URL(s.site.origins[0] ?? '').host} ${s.username}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('reuses the index for the same map and rebuilds for a new one', () => {
    expect(indexFor(all)).toBe(indexFor(all));
    expect(indexFor(new Map(all))).not.toBe(indexFor(all));
  });

  it('never puts a password in a result', () => {
    expect(JSON.stringify(searchPage(indexFor(all), '', 0, 500))).not.toContain('"password"');
  });
});
