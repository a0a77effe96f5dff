import { describe, expect, it } from 'vitest';
import { buildSiteIndex, candidatesFor } from '../../../src/vault/core/match/candidates';
import { matches, type EntrySite, type MatchMode } from '../../../src/vault/core/match/matches';

// Origins and pages that exercise every way to match: same host, same site, public and private
// suffixes, Apple's two-way and one-way groups, our own groups, IP addresses, localhost, ports.
const ORIGINS = [
  'https://www.example.com', 'https://login.example.com', 'http://example.com', 'https://example.com:8443',
  'https://example.co.uk', 'https://shop.example.co.uk', 'https://a.github.io', 'https://b.github.io',
  'https://login.aliexpress.com', 'https://aliexpress.ru', 'https://aliexpress.us', 'https://www.amazon.de',
  'https://www.amazon.com', 'https://signin.ebay.co.uk', 'https://www.ebay.com.au', 'https://discordapp.com',
  'https://discord.com', 'https://www.costco.ca', 'https://signin.costco.com', 'http://192.168.1.10:8080',
  'http://localhost:3000', 'https://shop.myshopify.com', 'https://evil.myshopify.com', 'https://магазин.рф',
];
const PAGES = ORIGINS.flatMap((origin) => [`${origin}/login`, origin.replace('https:', 'http:') + '/'])
  .concat(['https://aliexpress.com/', 'https://www.amazon.co.jp/', 'https://signin.ebay.de/', 'http://localhost:3001/', 'about:blank']);
const MODES: MatchMode[] = ['site', 'host', 'origin'];

function randomSites(seed: number, count: number): EntrySite[] {
  let state = seed;
  const rand = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: count }, () => ({
    origins: [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(ORIGINS)))],
    match: pick(MODES),
  }));
}

describe('candidatesFor', () => {
  it('never leaves out an entry that matches the page, and keeps the entries\' order', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const sites = randomSites(seed, 300);
      const index = buildSiteIndex(sites, (site) => site);
      for (const page of PAGES) {
        const expected = sites.filter((site) => matches(site, page).ok);
        const found = candidatesFor(index, page).filter((site) => matches(site, page).ok);
        expect(found, page).toEqual(expected);
      }
    }
  });

  it('leaves out entries of other sites; entries in a site group are always candidates', () => {
    const other: EntrySite = { origins: ['https://example.co.uk'], match: 'site' };
    const mine: EntrySite = { origins: ['https://login.example.com'], match: 'host' };
    const grouped: EntrySite = { origins: ['https://www.amazon.de'], match: 'site' };
    const sites = [...Array.from({ length: 100 }, () => other), mine, grouped];
    const index = buildSiteIndex(sites, (site) => site);
    expect(candidatesFor(index, 'https://www.example.com/login')).toEqual([mine, grouped]);
    expect(candidatesFor(index, 'about:blank')).toEqual([]);
  });
});
