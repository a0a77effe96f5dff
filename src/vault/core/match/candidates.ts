// Runs anywhere. Which saved logins could belong on a page, without matching every one: the
// popup's "for this site" would otherwise match every entry of a large vault on each open, in
// the background's answer. A login can match a page only by sharing its host or registrable
// domain, or through a site group (matches.ts `relate`), so the index keys each entry by its
// origins' site (or host, for IP addresses and localhost) and keeps the few entries whose
// origins are in any group aside. The caller still runs the full matcher on the candidates.
import { inAnyGroup } from './groups';
import { originsOf, type EntrySite } from './matches';
import { parseSiteUrl } from './site';

export interface SiteIndex<T> {
  /** site (or host) -> positions in `items`, ascending */
  bySite: Map<string, number[]>;
  /** positions of items with an origin in a site group, ascending */
  grouped: number[];
  items: readonly T[];
}

export function buildSiteIndex<T>(items: readonly T[], siteOf: (item: T) => EntrySite): SiteIndex<T> {
  const bySite = new Map<string, number[]>();
  const grouped: number[] = [];
  items.forEach((item, position) => {
    const seen = new Set<string>();
    let inGroup = false;
    for (const parsed of originsOf(siteOf(item))) {
      if (!parsed) continue;
      const key = parsed.url.site ?? parsed.url.host;
      if (!seen.has(key)) {
        seen.add(key);
        const list = bySite.get(key);
        if (list) list.push(position);
        else bySite.set(key, [position]);
      }
      inGroup ||= parsed.keys.some(inAnyGroup);
    }
    if (inGroup) grouped.push(position);
  });
  return { bySite, grouped, items };
}

/** The items that may match `pageUrl`, in their original order (a superset of the matches). */
export function candidatesFor<T>(index: SiteIndex<T>, pageUrl: string): T[] {
  const page = parseSiteUrl(pageUrl);
  if (!page) return [];
  const positions = new Set([...(index.bySite.get(page.site ?? page.host) ?? []), ...index.grouped]);
  return [...positions].sort((a, b) => a - b).map((position) => index.items[position]!);
}
