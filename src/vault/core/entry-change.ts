// Runs anywhere. What turns one entry list into another, as the vault's write queue takes it
// (vault/background/entry-writes.ts): entries to write and ids to delete. For changes that are
// easiest to say as a whole new list (an import's commit, a merge), worked out from the list
// as it is when the change's turn comes.
import type { Entry } from './entry';

export interface EntryDelta {
  put: Entry[];
  remove: string[];
}

/**
 * Entries of `next` that are new or differ from `current`, and ids of `current` missing from
 * `next`. The same object is the same entry; another object is compared by value, so an
 * unchanged entry rebuilt by a pure function is not written again.
 */
export function deltaTo(current: ReadonlyMap<string, Entry>, next: readonly Entry[]): EntryDelta {
  const put: Entry[] = [];
  const kept = new Set<string>();
  for (const entry of next) {
    kept.add(entry.id);
    const old = current.get(entry.id);
    if (old === entry || (old && JSON.stringify(old) === JSON.stringify(entry))) continue;
    put.push(entry);
  }
  const remove = [...current.keys()].filter((id) => !kept.has(id));
  return { put, remove };
}
