// Runs anywhere. One password on several sites: a leak at one shop opens the others. Grouped by
// the exact password; the same password on two accounts of one site (or one site group, such as
// amazon.com and amazon.de) is not reuse across sites, so such a group is not reported.
import type { Identity } from '../importing/identity';
import type { Entry } from '../../../vault/core/entry';

export interface ReusedGroup {
  ids: string[];
  /** Distinct sites (site groups) the password is used on: at least 2. */
  sites: number;
}

export function findReused(entries: Iterable<Entry>, identity: Identity): ReusedGroup[] {
  const byPassword = new Map<string, Entry[]>();
  for (const entry of entries) {
    const group = byPassword.get(entry.password);
    if (group) group.push(entry);
    else byPassword.set(entry.password, [entry]);
  }
  const groups: ReusedGroup[] = [];
  for (const group of byPassword.values()) {
    if (group.length < 2) continue;
    const sites = new Set(group.flatMap((entry) => identity.siteKeys(entry.site.origins)));
    if (sites.size >= 2) groups.push({ ids: group.map((entry) => entry.id), sites: sites.size });
  }
  // Most exposed first: the group on the most sites is the one to fix first.
  return groups.sort((a, b) => b.sites - a.sites || b.ids.length - a.ids.length);
}
