// Runs anywhere. URL patterns of a step: a path regex over path + query + hash (Shopify's recover
// form lives at /account/login#recover), or a glob over host + path + query + hash where `*`
// matches any run of characters. Both case-insensitive: hosts are, and sites mix /Reset and /reset.
import type { UrlPattern } from './recognise-schema';

const cache = new Map<string, RegExp>();

function compiled(key: string, make: () => RegExp): RegExp {
  let re = cache.get(key);
  if (!re) {
    re = make();
    cache.set(key, re);
  }
  return re;
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'iu');
}

export function urlMatches(pattern: UrlPattern, url: URL): boolean {
  const tail = `${url.pathname}${url.search}${url.hash}`;
  if (pattern.path !== undefined) {
    const source = pattern.path;
    if (!compiled(`p:${source}`, () => new RegExp(source, 'iu')).test(tail)) return false;
  }
  if (pattern.glob !== undefined) {
    const glob = pattern.glob;
    if (!compiled(`g:${glob}`, () => globToRegExp(glob)).test(`${url.hostname}${tail}`)) return false;
  }
  return true;
}
