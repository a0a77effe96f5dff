// Runs in: background. The distinct passwords of the unlocked vault, worked out once per entry
// map (a new map on every write): the strength sweep asks for them every slice, the online check
// every ask.
import type { Entry } from '../../vault/core/entry';

const passwordSets = new WeakMap<ReadonlyMap<string, Entry>, Set<string>>();

export function passwordsOf(vault: { entries: ReadonlyMap<string, Entry> }): Set<string> {
  let passwords = passwordSets.get(vault.entries);
  if (!passwords) passwordSets.set(vault.entries, (passwords = new Set([...vault.entries.values()].map((entry) => entry.password))));
  return passwords;
}
