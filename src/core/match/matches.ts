// Runs anywhere. Does a saved login belong on this page? Used to list entries for a page and to
// allow or refuse a fill (DESIGN.md security rule 3: no fill into http pages for https entries or
// into other subdomains in exact mode). Pure, so every rule is a row in a table test.
import { inSameGroup } from './groups';
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

// How a host relates to the saved one under each mode, before scheme and port are considered.
function relate(entry: SiteUrl, page: SiteUrl, mode: MatchMode): MatchReason {
  if (mode !== 'site' || entry.site === null || page.site === null) {
    // IP addresses, localhost and single-label hosts always need the exact host.
    if (entry.host === page.host) return mode === 'origin' ? 'same-origin' : 'same-host';
    return mode === 'origin' ? 'different-origin' : mode === 'host' ? 'different-host' : 'different-site';
  }
  if (entry.site === page.site) return 'same-site';
  return inSameGroup(groupKeys(entry), groupKeys(page)) ? 'same-group' : 'different-site';
}

function matchOne(entry: SiteUrl, page: SiteUrl, mode: MatchMode): MatchResult {
  const relation = relate(entry, page, mode);
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

export function matches(entrySite: EntrySite, pageUrl: string): MatchResult {
  const page = parseSiteUrl(pageUrl);
  if (!page) return { ok: false, reason: 'unsupported-page' };
  let best: MatchResult = { ok: false, reason: 'invalid-entry' };
  for (const origin of entrySite.origins) {
    const entry = parseSiteUrl(origin);
    if (!entry) continue;
    const result = matchOne(entry, page, entrySite.match);
    if (result.ok) return result;
    if (best.reason === 'invalid-entry' || rank(result) < rank(best)) best = result;
  }
  return best;
}
