// Runs anywhere. Whether two pages belong to one site for linking the steps of one flow: a reset
// page on another subdomain (login.aliexpress.com -> aliexpress.com), or a site group (Apple's
// shared-credentials data: aliexpress.com and aliexpress.ru). Scheme and port do not matter here:
// nothing is filled, only a remembered username is carried over.
import { inSameGroup } from '../../vault/core/match/groups';
import { groupKeys, parseSiteUrl } from '../../vault/core/match/site';

export function sameSite(a: string, b: string): boolean {
  const left = parseSiteUrl(a);
  const right = parseSiteUrl(b);
  if (!left || !right) return false;
  if (left.site === null || right.site === null) return left.host === right.host;
  return left.site === right.site || inSameGroup(groupKeys(left), groupKeys(right));
}
