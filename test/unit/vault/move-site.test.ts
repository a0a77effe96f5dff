import { describe, expect, it } from 'vitest';
import { createEntry, type Entry } from '../../../src/vault/core/entry';
import { moveToSite, typedOrigin, undoMove } from '../../../src/vault/core/move-site';

const entry = (id: string, origins: string[], match: 'site' | 'host' | 'origin' = 'site'): Entry =>
  createEntry({ id, site: { origins, match }, username: `${id}@mail.test`, password: `pw-${id}-long` }, 1000);
const vault = (...entries: Entry[]) => new Map(entries.map((e) => [e.id, e]));

describe('typedOrigin', () => {
  it.each([
    ['aliexpress.com', 'https://aliexpress.com'],
    ['  https://login.aliexpress.com/login?x=1 ', 'https://login.aliexpress.com'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
  ])('%s is %s', (typed, origin) => expect(typedOrigin(typed)).toBe(origin));

  it.each(['', 'not a site', 'ftp://shop.test', 'javascript:alert(1)', 'https://user:pw@shop.test'])('refuses %j', (typed) => {
    expect(typedOrigin(typed)).toBeNull();
  });
});

describe('moveToSite and undoMove', () => {
  const ru = entry('a', ['https://aliexpress.ru', 'https://m.aliexpress.ru'], 'host');
  const us = entry('b', ['https://aliexpress.us']);
  const other = entry('c', ['https://shop.test']);

  it('gives the chosen entries one origin, keeps their match mode, and leaves the others alone', () => {
    const { next, moved } = moveToSite(vault(ru, us, other), ['a', 'b'], 'https://aliexpress.com', 5000);
    const byId = new Map(next.map((e) => [e.id, e]));
    expect(byId.get('a')?.site).toEqual({ origins: ['https://aliexpress.com'], match: 'host' });
    expect(byId.get('b')?.site).toEqual({ origins: ['https://aliexpress.com'], match: 'site' });
    expect(byId.get('a')?.updated).toBe(5000);
    expect(byId.get('a')?.password).toBe(ru.password);
    expect(byId.get('c')).toBe(other);
    expect(moved.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('does not count an entry already at that origin', () => {
    expect(moveToSite(vault(other), ['c'], 'https://shop.test', 5000).moved).toEqual([]);
  });

  it('undo puts back the old origins, except for an entry moved again since', () => {
    const first = moveToSite(vault(ru, us, other), ['a', 'b'], 'https://aliexpress.com', 5000);
    const again = moveToSite(vault(...first.next), ['b'], 'https://shop.test', 6000);
    const undone = undoMove(vault(...again.next), first.moved, 7000);
    const byId = new Map(undone.next.map((e) => [e.id, e]));
    expect(undone.restored).toBe(1);
    expect(byId.get('a')?.site).toEqual(ru.site);
    expect(byId.get('b')?.site.origins).toEqual(['https://shop.test']);
  });
});
