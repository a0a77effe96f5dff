// Runs anywhere. A synced entry may carry fewer history items than the computer that wrote it
// holds: over the quota, the pack leaves the oldest out (trim.ts). So a shorter history never
// means "deleted": a merge never takes a password out of this computer's vault. Each computer
// keeps the older items it holds beside what the merge shows (keepHeldHistory), and does not
// count them as an edit of its own (sameForSync), which would send them round again and again.
import type { Entry, HistoryItem } from '../../vault/core/entry';
import { sameAtWirePrecision, toWireTime } from './wire-precision';

/** Newest first, equal times by password: the order resolve (merge.ts) gives a history. */
export const historyOrder = (a: HistoryItem, b: HistoryItem): number =>
  b.changedAt - a.changedAt || (a.password < b.password ? -1 : a.password > b.password ? 1 : 0);

const passwordsOf = (entry: Entry): Set<string> =>
  new Set([entry.password, ...entry.history.map((h) => h.password), ...(entry.pendingPrevious ? [entry.pendingPrevious.password] : [])]);

/**
 * What the vault keeps for an entry the merge shows as `merged`: that entry, plus every password
 * of the entry held here (`held`) that `merged` does not hold anywhere, as history. A history
 * item keeps its time; the password that was current here (or a pending change's previous one)
 * was replaced by an edit whose copy left it out, so before anything that copy carries.
 */
export function keepHeldHistory(held: Entry | undefined, merged: Entry): Entry {
  if (!held) return merged;
  const known = passwordsOf(merged);
  const replacedBy = Math.min(held.updated, merged.history.at(-1)?.changedAt ?? merged.updated);
  const extra = [
    ...held.history,
    { password: held.password, changedAt: replacedBy },
    ...(held.pendingPrevious ? [{ password: held.pendingPrevious.password, changedAt: replacedBy }] : []),
  ].filter((h) => !known.has(h.password));
  if (extra.length === 0) return merged;
  const history = new Map<string, HistoryItem>();
  for (const item of extra) if (!history.has(item.password)) history.set(item.password, item);
  return { ...merged, history: [...merged.history, ...history.values()].sort(historyOrder) };
}

/**
 * Whether the vault's `entry` is what the state shows (`shown`), at the wire's precision and but
 * for history older than all of `shown`'s that `shown` does not hold (kept here by
 * keepHeldHistory). Only a change of the entry is a new version for the other computers.
 */
export function sameForSync(shown: Entry, entry: Entry): boolean {
  const oldest = shown.history.at(-1)?.changedAt;
  const known = passwordsOf(shown);
  const own = oldest === undefined ? entry : { ...entry, history: entry.history.filter((h) => known.has(h.password) || toWireTime(h.changedAt) > oldest) };
  return sameAtWirePrecision(shown, own);
}
