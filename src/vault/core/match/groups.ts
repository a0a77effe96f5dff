// Runs anywhere. Which sites share one login: Apple's shared-credentials.json (MIT, see
// data/LICENSE.md; https://github.com/apple/password-manager-resources) plus additions.ts.
// Apple's format has two kinds of group: "shared" (every member may use every other's login) and
// "from"/"to" (a login saved on a `from` domain may be used on a `to` domain, not the reverse;
// the domain moved or was absorbed). Both are validated on load: shipped data is a boundary too.
import * as z from 'zod/mini';
import appleGroups from './data/shared-credentials.json';
import { latchkeyGroups } from './additions';

const Group = z.union([
  z.object({ shared: z.array(z.string()) }),
  z.object({ from: z.array(z.string()), to: z.array(z.string()), fromDomainsAreObsoleted: z.optional(z.boolean()) }),
]);

interface GroupIndex {
  /** domain -> ids of the "shared" groups it belongs to */
  shared: Map<string, number[]>;
  /** "shared" group id -> its domains */
  members: Map<number, string[]>;
  /** `from` domain -> `to` domains its logins may be used on */
  oneWay: Map<string, Set<string>>;
}

function buildIndex(raw: unknown[]): GroupIndex {
  const index: GroupIndex = { shared: new Map(), members: new Map(), oneWay: new Map() };
  raw.forEach((item, id) => {
    const parsed = Group.safeParse(item);
    // A malformed upstream group is skipped, not fatal: matching falls back to same-site only.
    if (!parsed.success) return;
    const group = parsed.data;
    if ('shared' in group) {
      for (const domain of group.shared) index.shared.set(domain, [...(index.shared.get(domain) ?? []), id]);
      index.members.set(id, group.shared);
      return;
    }
    for (const from of group.from) {
      const targets = index.oneWay.get(from) ?? new Set<string>();
      for (const to of group.to) targets.add(to);
      index.oneWay.set(from, targets);
    }
  });
  return index;
}

let index: GroupIndex | null = null;
// Built on first use: most pages never need it (same-site matches answer first).
const getIndex = () => (index ??= buildIndex([...(appleGroups as unknown[]), ...latchkeyGroups]));

/**
 * True when a login saved under any of `entryKeys` may be used on a page with `pageKeys` (see
 * site.ts groupKeys: host, its parents, the registrable domain).
 */
export function inSameGroup(entryKeys: readonly string[], pageKeys: readonly string[]): boolean {
  const { shared, oneWay } = getIndex();
  const entryGroups = new Set(entryKeys.flatMap((k) => shared.get(k) ?? []));
  if (pageKeys.some((k) => (shared.get(k) ?? []).some((g) => entryGroups.has(g)))) return true;
  return entryKeys.some((k) => {
    const targets = oneWay.get(k);
    return targets !== undefined && pageKeys.some((p) => targets.has(p));
  });
}

/** True when logins saved under `key` may be shared with another site (a candidate for any page). */
export function inAnyGroup(key: string): boolean {
  const { shared, oneWay } = getIndex();
  return shared.has(key) || oneWay.has(key);
}

/** Every domain that shares logins with `domain` both ways (for the UI: "also used on ..."). */
export function sharedWith(domain: string): string[] {
  // Through the domain's own groups: the health report asks this for thousands of sites, and
  // walking every known domain for each would multiply the two.
  const { shared, members } = getIndex();
  const out = new Set<string>();
  for (const group of shared.get(domain) ?? []) {
    for (const other of members.get(group) ?? []) if (other !== domain) out.add(other);
  }
  return [...out].sort();
}

/**
 * `inSameGroup` with the page side worked out once, for checking many entries against one page
 * (the popup's "for this site" over 10,000 entries).
 */
export function groupMatcher(pageKeys: readonly string[]): (entryKeys: readonly string[]) => boolean {
  const { shared, oneWay } = getIndex();
  const pageGroups = new Set(pageKeys.flatMap((k) => shared.get(k) ?? []));
  return (entryKeys) =>
    entryKeys.some((k) => (shared.get(k) ?? []).some((g) => pageGroups.has(g))) ||
    entryKeys.some((k) => {
      const targets = oneWay.get(k);
      return targets !== undefined && pageKeys.some((p) => targets.has(p));
    });
}
