import { describe, expect, it } from 'vitest';
import { matches, type MatchMode, type MatchReason } from '../../../src/vault/core/match/matches';

type Row = [origin: string, mode: MatchMode, page: string, ok: boolean, reason: MatchReason, warning?: string];

const rows: Row[] = [
  // site mode: registrable domain (public suffix list) or a site group
  ['https://www.example.com', 'site', 'https://login.example.com/signin', true, 'same-site'],
  ['https://example.co.uk', 'site', 'https://shop.example.co.uk/', true, 'same-site'],
  ['https://example.co.uk', 'site', 'https://other.co.uk/', false, 'different-site'],
  ['https://login.aliexpress.com', 'site', 'https://aliexpress.ru/login', true, 'same-group'],
  ['https://aliexpress.us', 'site', 'https://login.aliexpress.com/', true, 'same-group'],
  ['https://www.aliexpress.com', 'site', 'https://best.aliexpress.com/', true, 'same-site'],
  ['https://www.amazon.de', 'site', 'https://www.amazon.com.br/ap/signin', true, 'same-group'],
  ['https://www.amazon.com', 'site', 'https://www.amazon.co.jp/', true, 'same-group'],
  ['https://www.amazon.com', 'site', 'https://www.amazom.com/', false, 'different-site'],
  ['https://signin.ebay.co.uk', 'site', 'https://signin.ebay.de/', true, 'same-group'],
  ['https://www.ebay.com', 'site', 'https://www.ebay.com.au/', true, 'same-group'],
  // private suffixes are sites of their own
  ['https://a.github.io', 'site', 'https://b.github.io/', false, 'different-site'],
  ['https://a.github.io', 'site', 'https://a.github.io/repo', true, 'same-site'],
  ['https://shop.myshopify.com', 'site', 'https://evil.myshopify.com/', false, 'different-site'],
  // Apple's one-way groups: a login from `from` works on `to`, not the reverse
  ['https://discordapp.com', 'site', 'https://discord.com/login', true, 'same-group'],
  ['https://discord.com', 'site', 'https://discordapp.com/login', false, 'different-site'],
  // Apple groups that name a host rather than a site
  ['https://www.costco.ca', 'site', 'https://signin.costco.com/', true, 'same-group'],
  // host mode: exact host, subdomains differ
  ['https://login.example.com', 'host', 'https://login.example.com/x', true, 'same-host'],
  ['https://login.example.com', 'host', 'https://www.example.com/', false, 'different-host'],
  ['https://example.com', 'host', 'https://www.example.com/', false, 'different-host'],
  // origin mode: host, port and scheme
  ['https://example.com', 'origin', 'https://example.com/login?x=1', true, 'same-origin'],
  ['https://example.com', 'origin', 'https://www.example.com/', false, 'different-origin'],
  ['https://example.com:8443', 'origin', 'https://example.com/', false, 'port-mismatch'],
  // schemes: https entries are never filled on http; http entries never match https pages
  ['https://example.com', 'site', 'http://example.com/login', false, 'insecure-page', 'https-entry-on-http-page'],
  ['https://example.com', 'origin', 'http://example.com/', false, 'insecure-page', 'https-entry-on-http-page'],
  ['http://example.com', 'site', 'https://example.com/', false, 'http-entry-on-https-page'],
  ['http://example.com', 'site', 'http://www.example.com/', true, 'same-site', 'http-page'],
  // ports in every mode (default ports fold away)
  ['https://example.com:443', 'origin', 'https://example.com/', true, 'same-origin'],
  ['https://example.com', 'site', 'https://shop.example.com:8443/', false, 'port-mismatch'],
  ['https://example.com:8443', 'site', 'https://example.com:8443/', true, 'same-site'],
  // IP addresses and localhost: exact host whatever the mode
  ['https://192.168.1.10', 'site', 'https://192.168.1.10/admin', true, 'same-host'],
  ['https://192.168.1.10', 'site', 'https://192.168.1.11/', false, 'different-site'],
  ['http://localhost:3000', 'site', 'http://localhost:3000/login', true, 'same-host', 'http-page'],
  ['http://localhost:3000', 'site', 'http://localhost:4000/login', false, 'port-mismatch'],
  ['http://a.localhost', 'site', 'http://b.localhost/', false, 'different-site'],
  ['https://[::1]:8443', 'site', 'https://[::1]:8443/', true, 'same-host'],
  ['http://router', 'site', 'http://router/', true, 'same-host', 'http-page'],
  // case and IDN normalisation by the URL parser
  ['https://EXAMPLE.com', 'host', 'https://example.COM/', true, 'same-host'],
  ['https://bücher.de', 'site', 'https://www.xn--bcher-kva.de/', true, 'same-site'],
  // pages we never match
  ['https://example.com', 'site', 'about:blank', false, 'unsupported-page'],
  ['https://example.com', 'site', 'chrome-extension://abc/popup.html', false, 'unsupported-page'],
  ['https://example.com', 'site', 'not a url', false, 'unsupported-page'],
  ['javascript:alert(1)', 'site', 'https://example.com/', false, 'invalid-entry'],
];

describe('matches', () => {
  it.each(rows)('%s (%s) on %s -> ok=%s %s', (origin, mode, page, ok, reason, warning) => {
    const result = matches({ origins: [origin], match: mode }, page);
    expect(result).toEqual(warning ? { ok, reason, warning } : { ok, reason });
  });

  it('matches when any of several origins matches', () => {
    const site = { origins: ['https://old-shop.example', 'https://shop.example.com'], match: 'host' as const };
    expect(matches(site, 'https://shop.example.com/login')).toEqual({ ok: true, reason: 'same-host' });
  });

  it('reports the most useful failure across origins (the insecure-page warning first)', () => {
    const site = { origins: ['https://other.com', 'https://example.com'], match: 'site' as const };
    expect(matches(site, 'http://example.com/')).toMatchObject({ ok: false, warning: 'https-entry-on-http-page' });
  });
});
