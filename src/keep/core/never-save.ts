// Runs anywhere. The never-save list (settings.neverSave): "Never for this site" covers the whole
// site (registrable domain), so login.shop.test and www.shop.test are one choice. Hosts without a
// registrable domain (IP addresses, localhost) stand for themselves.
import { parseSiteUrl } from '../../vault/core/match/site';

/** The key a page URL is listed under, or null for pages that are never captured anyway. */
export function neverSaveKey(url: string): string | null {
  const parsed = parseSiteUrl(url);
  return parsed ? (parsed.site ?? parsed.host) : null;
}

export function isNeverSave(list: readonly string[], url: string): boolean {
  const key = neverSaveKey(url);
  return key !== null && list.includes(key);
}

/** The list with the page's site added once (no change when it is already there). */
export function addNeverSave(list: readonly string[], url: string): string[] {
  const key = neverSaveKey(url);
  return key === null || list.includes(key) ? [...list] : [...list, key].sort();
}
