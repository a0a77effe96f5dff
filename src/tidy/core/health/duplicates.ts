// Runs anywhere. Two entries for one account: same site group and same normalised username
// (importing/identity.ts, the rule an import uses to spot conflicts), typically left by imports
// from several browsers. An entry saved on several origins joins every group any of them is in.
// Entries without a username are left out: two of them on one shop may be two accounts, and the
// report flags them as "no username" instead.
import type { Identity } from '../importing/identity';
import type { Entry } from '../../../vault/core/entry';

export function findDuplicates(entries: Iterable<Entry>, identity: Identity): string[][] {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    for (let up = parent.get(at); up !== undefined && up !== at; up = parent.get(at)) at = up;
    parent.set(id, at);
    return at;
  };
  const ownerOfKey = new Map<string, string>();
  for (const entry of entries) {
    if (entry.username.trim() === '') continue;
    parent.set(entry.id, entry.id);
    for (const key of identity.keysOf(entry.site.origins, entry.username)) {
      const owner = ownerOfKey.get(key);
      if (owner === undefined) ownerOfKey.set(key, entry.id);
      else parent.set(root(entry.id), root(owner));
    }
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const top = root(id);
    const group = groups.get(top);
    if (group) group.push(id);
    else groups.set(top, [id]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
