// Runs anywhere. A URL cell to the origins an entry keeps (entries match by origin and site,
// never by path: match/matches.ts). Exports write full sign-in URLs, bare hosts (1Password,
// KeePassXC: "amazon.de"), several URLs in one cell (Bitwarden, Proton Pass) or Android app
// identities (Chrome: android://<hash>@com.ebay.mobile/, Bitwarden: androidapp://com.ebay.mobile)
// that no web page can be filled from.
import { parseSiteUrl } from '../../../vault/core/match/site';

export type OriginsResult =
  | { ok: true; origins: string[] }
  | { ok: false; code: 'no-url' | 'bad-url' | 'android-app'; value: string };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// "amazon.de", "shop.myshopify.com:8443/account": a host with a dot, then maybe a port and path.
const BARE_HOST = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#].*)?$/u;

// The URL most rows hold: http(s), a host of plain ASCII labels (letters, digits, inner hyphens),
// maybe a port, then a path, query, fragment or nothing. Its origin can be read off the text;
// every other shape (user info, backslashes, percent signs, IP addresses, punycode, non-ASCII)
// goes to the URL parser. A property test holds this to the URL parser's answer.
const PLAIN_URL = /^(https?):\/\/((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?::([0-9]{1,5}))?(?:[/?#]|$)/i;
// A host whose last label is a number is an IPv4 address to the URL parser ("ends in a number").
const NUMERIC_LABEL = /(?:^|\.)(?:[0-9]+|0x[0-9a-f]*)$/i;
const MAX_HOST = 253;
const DEFAULT_PORT: Record<string, string> = { http: '80', https: '443' };

/** The origin of a plain http(s) URL without the URL parser, or null when the parser must decide. */
export function plainOrigin(text: string): string | null {
  const plain = PLAIN_URL.exec(text);
  if (!plain) return null;
  const scheme = (plain[1] ?? '').toLowerCase();
  const host = (plain[2] ?? '').toLowerCase();
  if (host.length > MAX_HOST || NUMERIC_LABEL.test(host) || host.includes('xn--')) return null;
  const port = plain[3] === undefined ? '' : String(Number(plain[3]));
  if (Number(port) > 65_535) return null;
  return port === '' || port === DEFAULT_PORT[scheme] ? `${scheme}://${host}` : `${scheme}://${host}:${port}`;
}

// Only the origin is needed here, so the URL parser alone answers (no public-suffix lookup: a
// 100,000-row file would pay for one per row), and most rows not even that (plainOrigin).
function originOf(value: string): string | null {
  const text = HAS_SCHEME.test(value) ? value : BARE_HOST.test(value) ? `https://${value}` : null;
  if (text === null) return null;
  const plain = plainOrigin(text);
  if (plain !== null) return plain;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
}

export function cellToOrigins(cell: string, multi: boolean): OriginsResult {
  const trimmed = cell.trim();
  if (trimmed === '') return { ok: false, code: 'no-url', value: cell };
  const parts = multi ? trimmed.split(/\s*,\s*|\s+/).filter((p) => p !== '') : [trimmed];
  const origins: string[] = [];
  for (const part of parts) {
    const origin = originOf(part);
    if (origin !== null && !origins.includes(origin)) origins.push(origin);
  }
  if (origins.length > 0) return { ok: true, origins };
  const android = parts.some((p) => /^android(app)?:\/\//i.test(p));
  return { ok: false, code: android ? 'android-app' : 'bad-url', value: trimmed };
}

/** Latchkey's own origins column: the entry's origins as we wrote them, space-separated. */
export function originsCell(cell: string): OriginsResult {
  const parts = cell.split(' ').filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, code: 'no-url', value: cell };
  const origins: string[] = [];
  for (const part of parts) {
    // Re-derived rather than trusted: a hand-edited file must not smuggle a path or a
    // javascript: URL into an entry's origins.
    const origin = parseSiteUrl(part)?.origin;
    if (origin === undefined) return { ok: false, code: 'bad-url', value: part };
    if (!origins.includes(origin)) origins.push(origin);
  }
  return { ok: true, origins };
}
