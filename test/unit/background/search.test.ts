import { describe, expect, it } from 'vitest';
import { entryList, indexFor } from '../../../src/vault/background/search';
import { createEntry, type Entry } from '../../../src/vault/core/entry';
import { matchesWords, narrows, queryWords, searchText, summarize, type EntrySummary } from '../../../src/vault/core/summary';

/** The search's rule, entry by entry: every word of the query is in the entry's hosts, username or notes. */
/** The list without a page (the popup's search box on no tab): one page of the matches. */
const search = (all: ReadonlyMap<string, Entry>, query: string, offset: number, limit: number) => entryList(all, null, query, offset, limit);

const matchesQuery = (entry: EntrySummary, query: string): boolean => matchesWords(searchText(entry), queryWords(query));

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
    const { items, total } = search(all, query, 0, 1000);
    const expected = [...all.values()].map(summarize).filter((s) => matchesQuery(s, query));
    expect(total).toBe(expected.length);
    expect(new Set(items.map((s) => s.id))).toEqual(new Set(expected.map((s) => s.id)));
  });

  it('answers a query typed on, widened, changed and repeated exactly as from scratch', () => {
    // One map's index through a sequence of queries, as the popup's search box sends them: each answer
    // must equal a fresh index's (whose first query has no earlier matches to start from).
    const sequence = ['s', 'sh', 'shop-3', 'shop-3 ', 'shop-3 b', 'shop-3 buyer1', 'shop-3 buyer1', 'shop-3', 'gift shop-3', 'shop-3 gift', 'buyer1 shop', 'shop-31', 'shop-3', 'x', ''];
    for (const query of sequence) {
      const fresh = search(new Map(all), query, 0, 1000);
      expect(search(all, query, 0, 1000), query).toEqual(fresh);
      expect(search(all, query, 10, 5), `${query} (page 3)`).toEqual(search(new Map(all), query, 10, 5));
    }
  });

  it('narrows only when every match of the new query matches the old one', () => {
    expect(narrows(queryWords('shop'), queryWords('shop-3'))).toBe(true);
    expect(narrows(queryWords('shop-3'), queryWords('shop-3 buyer'))).toBe(true);
    expect(narrows(queryWords('buyer shop'), queryWords('shop-3 buyer1'))).toBe(true);
    expect(narrows(queryWords('shop-3'), queryWords('shop-'))).toBe(false);
    expect(narrows(queryWords('shop-3 gift'), queryWords('shop-3'))).toBe(false);
    // Seeded random words and texts over a small alphabet: whenever narrows says so, a text
    // matching the new words matches the old ones.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => 'abc'[Math.floor(random() * 3)]).join('');
    const words = () => Array.from({ length: 1 + Math.floor(random() * 3) }, word);
    let checked = 0;
    for (let i = 0; i < 6000; i++) {
      const [previous, next, text] = [words(), words(), Array.from({ length: 4 }, word).join(' ')];
      if (!narrows(previous, next) || !matchesWords(text, next)) continue;
      checked++;
      expect(matchesWords(text, previous), `${previous} -> ${next} on "${text}"`).toBe(true);
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('sorts by host then username and pages without overlap', () => {
    const first = search(all, '', 0, 50).items;
    const second = search(all, '', 50, 50).items;
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
    expect(JSON.stringify(search(all, '', 0, 500))).not.toContain('"password"');
  });
});

describe('the popup list, the tab\'s site first', () => {
  const all = entries(500);
  const page = 'https://www.shop-3.test/login';
  const ofSite = (id: string) => all.get(id)?.site.origins[0] === 'https://www.shop-3.test';

  it('lists the entries for the page first, then the rest, each in the index order, without overlap', () => {
    const list = entryList(all, page, '', 0, 1000);
    const site = [...all.values()].filter((e) => ofSite(e.id));
    expect(list.siteFirst).toBe(site.length);
    expect(list.total).toBe(500);
    expect(list.items.slice(0, list.siteFirst).every((s) => ofSite(s.id))).toBe(true);
    expect(list.items.slice(list.siteFirst).some((s) => ofSite(s.id))).toBe(false);
    const plain = search(all, '', 0, 1000).items.map((s) => s.id);
    expect(list.items.slice(list.siteFirst).map((s) => s.id)).toEqual(plain.filter((id) => !ofSite(id)));
    // Pages of the same list join up exactly.
    const paged = [0, 30, 60, 90].flatMap((offset) => entryList(all, page, '', offset, 30).items.map((s) => s.id));
    expect(paged).toEqual(list.items.slice(0, 120).map((s) => s.id));
  });

  it('keeps the site first within a query, and forgets it for another page or none', () => {
    const list = entryList(all, page, 'gift', 0, 1000);
    expect(list.items.every((s) => s.notes === 'gift card')).toBe(true);
    expect(list.siteFirst).toBe(list.items.filter((s) => ofSite(s.id)).length);
    expect(list.items.slice(0, list.siteFirst).every((s) => ofSite(s.id))).toBe(true);
    expect(entryList(all, 'https://www.shop-4.test/', 'gift', 0, 1000).items.slice(0, 3).every((s) => s.site.origins[0] === 'https://www.shop-4.test')).toBe(true);
    expect(entryList(all, null, 'gift', 0, 1000)).toMatchObject({ siteFirst: 0, items: search(all, 'gift', 0, 1000).items });
    expect(entryList(all, 'https://nowhere.test/', '', 0, 5).siteFirst).toBe(0);
  });
});
