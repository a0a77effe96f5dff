// Runs anywhere. Synced times are whole seconds. A vault stores milliseconds, but a millisecond
// tells two edits apart only where a second does not, and the merge breaks ties without them (the
// writer's id, then the clock: merge.ts); a second costs about 10 bits less than a millisecond in
// every time of every entry, which is what most of the quota's entries cannot spare. The sync
// state holds entries at this precision, the computer that made a change keeps its milliseconds.
import type { Entry, HistoryItem } from '../../vault/core/entry';
import { canonicalJson } from './replica-state';

export const WIRE_TIME_MS = 1_000;

export const toWireTime = (ms: number): number => Math.floor(ms / WIRE_TIME_MS) * WIRE_TIME_MS;

const nullable = (ms: number | null): number | null => (ms === null ? null : toWireTime(ms));
const item = (h: HistoryItem): HistoryItem => ({ password: h.password, changedAt: toWireTime(h.changedAt) });

/** The entry with every time at the wire's precision. */
export function atWirePrecision(entry: Entry): Entry {
  const rounded: Entry = {
    ...entry,
    created: toWireTime(entry.created),
    updated: toWireTime(entry.updated),
    passwordChanged: toWireTime(entry.passwordChanged),
    lastUsed: nullable(entry.lastUsed),
    reviewedAt: nullable(entry.reviewedAt),
    history: entry.history.map(item),
  };
  if (entry.pendingPrevious) rounded.pendingPrevious = { password: entry.pendingPrevious.password, passwordChanged: toWireTime(entry.pendingPrevious.passwordChanged) };
  if (entry.conflictAt !== undefined) rounded.conflictAt = toWireTime(entry.conflictAt);
  return rounded;
}

/** Whether two entries are the same once at the wire's precision. */
export const sameAtWirePrecision = (a: Entry, b: Entry): boolean => canonicalJson(atWirePrecision(a)) === canonicalJson(atWirePrecision(b));
