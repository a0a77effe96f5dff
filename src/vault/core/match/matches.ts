// Runs anywhere. Does a saved login belong on this page? Used to list entries for a page and to
// allow or refuse a fill (DESIGN.md security rule 3: no fill into http pages for https entries or
// into other subdomains in exact mode). Pure, so every rule is a row in a table test.
import { groupMatcher } from './groups';
import { groupKeys, parseSiteUrl, type SiteUrl } from './site';

export { EntrySite, MatchMode } from './entry-site';
import type { EntrySite, MatchMode } from './entry-site';

export type MatchReason =
  | 'same-origin'
  | 'same-host'
  | 'same-site'
  | 'same-group'
  | 'insecure-page' // https login on an http page: never fill, may be shown with a warning
  | 'http-entry-on-https-page'
  | 'port-mismatch'
  | 'different-origin'
  | 'different-host'
  | 'different-site'
  | 'unsupported-page' // not http(s): about:blank, file:, extension pages
  | 'invalid-entry';

export interface MatchResult {
  ok: boolean;
  reason: MatchReason;
  /** Set when the UI may surface the entry but must not fill it, or should caution the user. */
  warning?: 'https-entry-on-http-page' | 'http-page';
}

export interface ParsedOrigin {
  url: SiteUrl;
  keys: string[];
}

interface PageSide {
  url: SiteUrl;
  /** Whether an entry's group keys share a group with the page (page side precomputed). */
  sameGroup(entryKeys: readonly string[]): boolean;
}

// How a host relates to the saved one under each mode, before scheme and port are considered.
function relate(entry: ParsedOrigin, pageSide: PageSide, mode: MatchMode): MatchReason {
  const page = pageSide.url;
  const { url: entryUrl } = entry;
  if (mode !== 'site' || entryUrl.site === null || page.site === null) {
    // IP addresses, localhost and single-label hosts always need the exact host.
    if (entryUrl.host === page.host) return mode === 'origin' ? 'same-origin' : 'same-host';
    return mode === 'origin' ? 'different-origin' : mode === 'host' ? 'different-host' : 'different-site';
  }
  if (entryUrl.site === page.site) return 'same-site';
  return pageSide.sameGroup(entry.keys) ? 'same-group' : 'different-site';
}

function matchOne(parsed: ParsedOrigin, pageSide: PageSide, mode: MatchMode): MatchResult {
  const page = pageSide.url;
  const entry = parsed.url;
  const relation = relate(parsed, pageSide, mode);
  if (relation.startsWith('different')) return { ok: false, reason: relation };
  // Ports are part of the origin in every mode: another port is another server.
  if (entry.port !== page.port) return { ok: false, reason: 'port-mismatch' };
  if (entry.scheme === 'https:' && page.scheme === 'http:') {
    return { ok: false, reason: 'insecure-page', warning: 'https-entry-on-http-page' };
  }
  // A login saved over http is never offered to the https site: it may have been captured by a
  // network attacker's page, and the health report asks the user to re-save it.
  if (entry.scheme === 'http:' && page.scheme === 'https:') return { ok: false, reason: 'http-entry-on-https-page' };
  return page.scheme === 'http:' ? { ok: true, reason: relation, warning: 'http-page' } : { ok: true, reason: relation };
}

// When no origin matches, report the most useful failure: one the UI can surface first.
const FAILURE_RANK: MatchReason[] = ['insecure-page', 'port-mismatch', 'http-entry-on-https-page'];
const rank = (r: MatchResult) => {
  const i = FAILURE_RANK.indexOf(r.reason);
  return i === -1 ? FAILURE_RANK.length : i;
};

// Parsed origins per entry site: parsing (URL + public suffix lookup) is most of a match's cost,
// and the same loaded entries are matched against every page the popup opens on.
const parsedOrigins = new WeakMap<EntrySite, (ParsedOrigin | null)[]>();

export function originsOf(entrySite: EntrySite): (ParsedOrigin | null)[] {
  let parsed = parsedOrigins.get(entrySite);
  if (!parsed) {
    parsed = entrySite.origins.map((origin) => {
      const url = parseSiteUrl(origin);
      return url ? { url, keys: groupKeys(url) } : null;
    });
    parsedOrigins.set(entrySite, parsed);
  }
  return parsed;
}

/** A matcher for one page, for checking many entries against it: the page is parsed once. */
export function matcherFor(pageUrl: string): (entrySite: EntrySite) => MatchResult {
  const url = parseSiteUrl(pageUrl);
  if (!url) return () => ({ ok: false, reason: 'unsupported-page' });
  const pageSide: PageSide = { url, sameGroup: groupMatcher(groupKeys(url)) };
  return (entrySite) => {
    let best: MatchResult = { ok: false, reason: 'invalid-entry' };
    for (const entry of originsOf(entrySite)) {
      if (!entry) continue;
      const result = matchOne(entry, pageSide, entrySite.match);
      if (result.ok) return result;
      if (best.reason === 'invalid-entry' || rank(result) < rank(best)) best = result;
    }
    return best;
  };
}

export function matches(entrySite: EntrySite, pageUrl: string): MatchResult {
  return matcherFor(pageUrl)(entrySite);
}
