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

// Only the origin is needed here, so the URL parser alone answers (no public-suffix lookup: a
// 100,000-row file would pay for one per row).
function originOf(value: string): string | null {
  const text = HAS_SCHEME.test(value) ? value : BARE_HOST.test(value) ? `https://${value}` : null;
  if (text === null) return null;
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
