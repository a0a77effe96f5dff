// Runs anywhere. When the whole state does not fit the browser's sync quota, the synced copy
// leaves out the oldest history items of each entry: newest first kept, the number kept stepped
// down (HISTORY_STEPS) until it fits (pack.ts). Always carried: the current password, a pending
// change's previous one (and its history item), the newest history item (where a concurrent
// edit's other password lands), and for an entry marked as a conflict every password the conflict
// put in history. What is left out stays on the computers that hold it (held-history.ts).
import type { Entry } from '../../vault/core/entry';
import type { SyncState, Version } from './replica-state';

/** History items kept per entry, in the order tried once the whole history does not fit. */
export const HISTORY_STEPS = [3, 2, 1] as const;

/** How many of the entry's history items (newest first) go with at most `keep` kept. */
function keptCount(entry: Entry, keep: number): number {
  const { conflictAt, pendingPrevious } = entry;
  // A conflict puts the other computer's password in history at the winning edit's time, which is
  // conflictAt: those items, and everything newer, are the conflict's to show.
  const conflict = conflictAt === undefined ? 0 : entry.history.filter((h) => h.changedAt >= conflictAt).length;
  // A pending change goes back to its previous password if the site refused it, and keeps it in
  // history once confirmed: it goes as history too, with everything newer.
  const pending = pendingPrevious ? entry.history.findIndex((h) => h.password === pendingPrevious.password) + 1 : 0;
  return Math.max(keep, conflict, pending, 1);
}

export interface Trimmed {
  state: Map<string, readonly Version[]>;
  /** History items left out, across the state's versions. */
  left: number;
}

/** The state with each version's history cut to its newest `keep` items (and those always kept). */
export function trimHistory(state: SyncState, keep: number): Trimmed {
  const trimmed = new Map<string, readonly Version[]>();
  let left = 0;
  for (const [id, versions] of state) {
    trimmed.set(id, versions.map((version) => {
      const { entry } = version;
      if (!entry) return version;
      const count = keptCount(entry, keep);
      if (entry.history.length <= count) return version;
      left += entry.history.length - count;
      return { ...version, entry: { ...entry, history: entry.history.slice(0, count) } };
    }));
  }
  return { state: trimmed, left };
}
