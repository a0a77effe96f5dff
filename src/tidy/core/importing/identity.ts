// Runs anywhere. When two logins are "the same account": same site group and same username
// once normalised. Site group as match/groups.ts has it (Apple's shared-credentials data plus
// ours), so an amazon.de row meets an amazon.com entry; the scheme and port do not matter here
// (an http entry and an https row for one account are still one account, the health report
// flags the http one).
import { sharedWith } from '../../../vault/core/match/groups';
import { parseSiteUrl } from '../../../vault/core/match/site';

/** Case and Unicode form are how the same email gets typed twice; spaces around it are typos. */
export const normaliseUsername = (username: string): string => username.normalize('NFC').trim().toLowerCase();

export interface Identity {
  /** One key per origin: a login saved on several origins is found from any of them. */
  keysOf(origins: readonly string[], username: string): string[];
  /** The site group key of each origin (the health report's "how many sites use this password"). */
  siteKeys(origins: readonly string[]): string[];
}

/**
 * Built per preview: it memoises one group lookup per site. A group is named by its
 * alphabetically first member. Apple's groups overlap little, and where they chain (A~B, B~C
 * but not A~C) the key follows the first member, so at worst a row is "new" and the health
 * report's duplicate finder sees it later; nothing is lost.
 */
export function createIdentity(): Identity {
  const groupOf = new Map<string, string>();
  // Entries repeat origins (several accounts on one shop): parse each origin once.
  const byOrigin = new Map<string, string>();
  const siteKey = (origin: string): string => {
    let key = byOrigin.get(origin);
    if (key === undefined) byOrigin.set(origin, (key = originKey(origin)));
    return key;
  };
  const originKey = (origin: string): string => {
    const url = parseSiteUrl(origin);
    if (!url) return origin;
    // IP addresses, localhost and single-label hosts: only the exact host is the same site.
    if (url.site === null) return url.host;
    let key = groupOf.get(url.site);
    if (key === undefined) {
      key = [url.site, ...sharedWith(url.site)].sort()[0] ?? url.site;
      groupOf.set(url.site, key);
    }
    return key;
  };
  return {
    keysOf(origins, username) {
      const user = normaliseUsername(username);
      return [...new Set(origins.map((o) => `${siteKey(o)}\u0000${user}`))];
    },
    siteKeys(origins) {
      return [...new Set(origins.map(siteKey))];
    },
  };
}
