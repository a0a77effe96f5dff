// Runs in: background. The options page's edits beyond a single save: merge duplicates, mark as
// reviewed, restore an old password, list an entry's history (dates only). Each is one atomic
// write worked out inside the vault's write queue, from the entries as they are then.
import { findDuplicates } from '../core/health/duplicates';
import { planMerge } from '../core/health/merge';
import { createIdentity } from '../core/importing/identity';
import { ReplyFailure } from '../../shared/protocol/reply';
import type { Entry } from '../../vault/core/entry';
import { changePassword } from '../../vault/core/password-change';
import { summarize, type EntrySummary } from '../../vault/core/summary';
import { deltaTo } from '../../vault/core/entry-change';
import { changeEntries } from '../../vault/background/entry-writes';
import { unlocked } from '../../vault/background/vault';

/**
 * Merges each group that is still one account's duplicates. The page sends ids from a report
 * it showed; the plan is made here again from the entries as they are now, and a group that no
 * longer is a set of duplicates (an entry edited or deleted since) is skipped, not forced.
 */
export function mergeGroups(groups: readonly (readonly string[])[], now: number): Promise<{ merged: number; removed: number; skipped: number }> {
  return changeEntries(now, (current) => {
    let merged = 0;
    let removed = 0;
    let skipped = 0;
    const next = new Map(current);
    const identity = createIdentity();
    for (const ids of groups) {
      const unique = [...new Set(ids)];
      const group = unique.flatMap((id) => next.get(id) ?? []);
      const [found] = findDuplicates(group, identity);
      if (group.length < 2 || group.length !== unique.length || found?.length !== group.length) {
        skipped++;
        continue;
      }
      const plan = planMerge(group, now);
      for (const id of plan.removed) next.delete(id);
      next.set(plan.merged.id, plan.merged);
      merged++;
      removed += plan.removed.length;
    }
    return { ...deltaTo(current, [...next.values()]), result: { merged, removed, skipped } };
  });
}

export function markReviewed(ids: readonly string[], reviewed: boolean, now: number): Promise<{ changed: number }> {
  return changeEntries(now, (current) => {
    const marked = [...new Set(ids)].flatMap((id): Entry[] => {
      const entry = current.get(id);
      return entry ? [{ ...entry, reviewedAt: reviewed ? now : null }] : [];
    });
    return { put: marked, result: { changed: marked.length } };
  });
}

/**
 * The user looked at a sync conflict (the site takes the current password, or they restored the
 * other from history): `conflictAt` goes. Only the conflict the page showed: one that a later sync
 * brought meanwhile is not cleared unseen. The entry's times stay as they are (nothing about the
 * login changed); sync carries the cleared mark to the other computers as an edit after both of
 * the merged ones.
 */
export function clearConflict(id: string, conflictAt: number, now: number): Promise<{ cleared: boolean }> {
  return changeEntries<{ cleared: boolean }>(now, (current) => {
    const entry = current.get(id);
    if (!entry) throw new ReplyFailure('bad-request', 'no such entry');
    if (entry.conflictAt === undefined) return { result: { cleared: false } };
    if (entry.conflictAt !== conflictAt) throw new ReplyFailure('bad-request', 'this entry has changed: open it again');
    const { conflictAt: _answered, ...rest } = entry;
    return { put: [rest], result: { cleared: true } };
  });
}

async function entryOrFail(id: string, now: number): Promise<Entry> {
  const entry = (await unlocked(now)).entries.get(id);
  if (!entry) throw new ReplyFailure('bad-request', 'no such entry');
  return entry;
}

export async function historyOf(id: string, now: number): Promise<{ history: { changedAt: number }[] }> {
  return { history: (await entryOrFail(id, now)).history.map(({ changedAt }) => ({ changedAt })) };
}

/**
 * Makes history item `index` the current password again; the password it replaces goes into
 * history like any change. `changedAt` must match: the page's list may be older than the entry.
 */
export async function restorePassword(id: string, index: number, changedAt: number, now: number): Promise<EntrySummary> {
  const restored = await changeEntries(now, (current) => {
    const entry = current.get(id);
    if (!entry) throw new ReplyFailure('bad-request', 'no such entry');
    const item = entry.history[index];
    if (!item || item.changedAt !== changedAt) throw new ReplyFailure('bad-request', 'this history has changed: open the entry again');
    const without = { ...entry, history: entry.history.filter((_, i) => i !== index) };
    const changed = changePassword(without, item.password, now, { pending: false });
    return { put: [changed], result: changed };
  });
  return summarize(restored);
}
