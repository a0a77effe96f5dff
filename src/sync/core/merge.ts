// Runs anywhere. The merge of what two computers know of the synced vault (replica-state.ts). It is
// a join: commutative, associative and idempotent, so computers that receive each other's states
// in any order, twice, or after a lost one, end with the same state once each has seen the others'.
// - A version that another has seen (its clock is below) is dropped: an edit replaces what it edited
//   and a deletion (a tombstone) wins over the edits it saw, only those.
// - Versions written concurrently are all kept, until an edit that saw them replaces them; the
//   entry the vault shows is worked out from them (resolve), so no password is lost.
import type { Entry, HistoryItem } from '../../vault/core/entry';
import { type Clock, type SyncState, type Version, canonicalJson, clockKey } from './replica-state';
import { historyOrder, sameForSync } from './held-history';
import { atWirePrecision, toWireTime } from './wire-precision';

export type ClockOrder = 'before' | 'after' | 'equal' | 'concurrent';

export function compareClocks(a: Clock, b: Clock): ClockOrder {
  let below = false;
  let above = false;
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[id] ?? 0;
    const y = b[id] ?? 0;
    if (x < y) below = true;
    if (x > y) above = true;
  }
  if (below && above) return 'concurrent';
  return below ? 'before' : above ? 'after' : 'equal';
}

const versionKey = (version: Version) => `${clockKey(version.clock)}|${canonicalJson(version)}`;
const fuller = (a: Version, b: Version) => (a.entry?.history.length ?? 0) - (b.entry?.history.length ?? 0);

/** The versions of one entry that neither side's others supersede, in canonical order. */
export function joinVersions(a: readonly Version[], b: readonly Version[]): Version[] {
  const all = [...a, ...b];
  const kept = new Map<string, Version>();
  for (const version of all) {
    if (all.some((other) => compareClocks(version.clock, other.clock) === 'before')) continue;
    // Equal clocks name the same write. A copy synced over the quota carries fewer history
    // items (trim.ts): the fuller one is kept, then the larger canonical form, on every computer alike.
    const key = clockKey(version.clock);
    const held = kept.get(key);
    if (!held || fuller(version, held) > 0 || (fuller(version, held) === 0 && versionKey(version) > versionKey(held))) kept.set(key, version);
  }
  return [...kept.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([, version]) => version);
}

export function mergeStates(a: SyncState, b: SyncState): Map<string, readonly Version[]> {
  const merged = new Map<string, readonly Version[]>(a);
  for (const [id, versions] of b) merged.set(id, joinVersions(a.get(id) ?? [], versions));
  return merged;
}

type Live = Version & { entry: Entry };
const isLive = (version: Version): version is Live => version.entry !== null;

// The newer edit wins: the later `updated` (whole seconds: wire-precision.ts), then the larger computer id, then the clock (only a
// computer that lost its own earlier versions could reach that far). A total order, so every
// computer picks the same version.
function newerFirst(a: Live, b: Live): number {
  if (a.entry.updated !== b.entry.updated) return b.entry.updated - a.entry.updated;
  if (a.by !== b.by) return a.by < b.by ? 1 : -1;
  return clockKey(a.clock) < clockKey(b.clock) ? 1 : -1;
}

/**
 * The entry the vault shows for these versions, or null when it is deleted: a tombstone shows only
 * when no edit it did not see survives. Concurrent edits: the newest is current, every other
 * version's password and history go into its history, and it is marked as a conflict to review.
 */
export function resolve(versions: readonly Version[]): Entry | null {
  const live = versions.filter(isLive).sort(newerFirst);
  const [winner, ...others] = live;
  if (!winner) return null;
  if (others.length === 0) return winner.entry;
  // One item per password, from when it first stopped being current: both sides' histories hold
  // the password they both edited away from, each with its own time.
  const history = new Map<string, HistoryItem>();
  const add = (item: HistoryItem) => {
    const held = history.get(item.password);
    if (!held || item.changedAt < held.changedAt) history.set(item.password, item);
  };
  for (const version of live) version.entry.history.forEach(add);
  for (const { entry } of others) {
    // It stopped being current when the winning edit replaced it.
    if (entry.password !== winner.entry.password) add({ password: entry.password, changedAt: winner.entry.updated });
  }
  const lastUsed = live.reduce<number | null>((max, { entry }) => (entry.lastUsed !== null && (max === null || entry.lastUsed > max) ? entry.lastUsed : max), null);
  const passwords = new Set(live.map(({ entry }) => entry.password));
  const resolved: Entry = { ...winner.entry, history: [...history.values()].sort(historyOrder), lastUsed };
  if (passwords.size > 1) resolved.conflictAt = Math.max(...live.map(({ entry }) => entry.updated));
  return resolved;
}

/** The vault every computer shows for this state. */
export function resolveAll(state: SyncState): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const [id, versions] of state) {
    const entry = resolve(versions);
    if (entry) entries.set(id, entry);
  }
  return entries;
}

/** Every computer's count across the versions, this computer's one higher: a clock after all of them. */
function nextClock(versions: readonly Version[], replica: string): Clock {
  const clock: Clock = {};
  for (const version of versions) for (const [id, count] of Object.entries(version.clock)) clock[id] = Math.max(clock[id] ?? 0, count);
  clock[replica] = (clock[replica] ?? 0) + 1;
  return clock;
}

/**
 * The state after this computer's own changes: every entry of the vault that differs from what the
 * state shows (sameForSync) becomes a new version after all the entry's versions, its times at
 * the wire's precision, and every entry the state
 * shows that the vault no longer holds a tombstone. `unreadable` ids (records that did not open
 * here) are neither: a damaged record must not travel as a deletion.
 */
export function recordLocal(
  state: SyncState,
  replica: string,
  entries: ReadonlyMap<string, Entry>,
  unreadable: ReadonlySet<string>,
  now: number,
): { state: Map<string, readonly Version[]>; changed: boolean } {
  const next = new Map(state);
  let changed = false;
  for (const [id, entry] of entries) {
    const versions = state.get(id) ?? [];
    const shown = resolve(versions);
    if (shown && sameForSync(shown, entry)) continue;
    const synced = atWirePrecision(entry);
    next.set(id, [{ clock: nextClock(versions, replica), by: replica, at: synced.updated, entry: synced }]);
    changed = true;
  }
  for (const [id, versions] of state) {
    if (entries.has(id) || unreadable.has(id) || resolve(versions) === null) continue;
    next.set(id, [{ clock: nextClock(versions, replica), by: replica, at: toWireTime(now), entry: null }]);
    changed = true;
  }
  return { state: next, changed };
}

/**
 * How long a deletion is remembered. A tombstone stops a computer that had not heard of the
 * deletion from bringing the entry back; kept forever they would fill the quota. Past this age the
 * state forgets it: a computer that was away longer than that and still holds an edit the deletion
 * saw brings the entry back (sync/README.md: the trade-off). Of no other kind of version.
 */
export const TOMBSTONE_MAX_AGE_MS = 180 * 86_400_000;

/** The state without deletions older than TOMBSTONE_MAX_AGE_MS at `now`. */
export function pruneTombstones(state: SyncState, now: number): { state: Map<string, readonly Version[]>; pruned: number } {
  const next = new Map(state);
  let pruned = 0;
  for (const [id, versions] of state) {
    const kept = versions.filter((version) => version.entry !== null || now - version.at < TOMBSTONE_MAX_AGE_MS);
    if (kept.length === versions.length) continue;
    pruned += versions.length - kept.length;
    if (kept.length === 0) next.delete(id);
    else next.set(id, kept);
  }
  return { state: next, pruned };
}
