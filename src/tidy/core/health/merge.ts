// Runs anywhere. Merging duplicate entries into one: the entry whose password changed
// most recently is kept with its password current; every other password (the others' current
// ones, their histories and anything a pending change could revert to) moves into its history,
// so no password the user ever saved is lost. History is not capped here, as for imports
// (vault/entry.ts): a merge must not push old passwords out.
import type { Entry, HistoryItem } from '../../../vault/core/entry';

export interface MergePlan {
  merged: Entry;
  /** The other entries, folded into `merged` and then deleted. */
  removed: string[];
}

/** The newest password wins; on a tie the most recently updated entry, then the lowest id (stable). */
export function keeperOf(group: readonly Entry[]): Entry {
  const [first, ...rest] = group;
  if (!first) throw new Error('an empty group has nothing to keep');
  return rest.reduce((best, entry) => {
    if (entry.passwordChanged !== best.passwordChanged) return entry.passwordChanged > best.passwordChanged ? entry : best;
    if (entry.updated !== best.updated) return entry.updated > best.updated ? entry : best;
    return entry.id < best.id ? entry : best;
  }, first);
}

/** Newest first, each password once, never the current one. */
function mergedHistory(keep: Entry, others: readonly Entry[]): HistoryItem[] {
  const items: HistoryItem[] = [...keep.history];
  if (keep.pendingPrevious) items.push({ password: keep.pendingPrevious.password, changedAt: keep.passwordChanged });
  for (const other of others) {
    // The other's password stopped being the account's password when the kept one was set.
    items.push({ password: other.password, changedAt: keep.passwordChanged }, ...other.history);
    if (other.pendingPrevious) items.push({ password: other.pendingPrevious.password, changedAt: other.passwordChanged });
  }
  items.sort((a, b) => b.changedAt - a.changedAt);
  const seen = new Set([keep.password]);
  return items.filter((item) => !seen.has(item.password) && Boolean(seen.add(item.password)));
}

// Notes often hold security answers or order numbers: keep every distinct one. A merged entry
// keeps one TOTP secret; any other one the group held goes into the notes rather than away.
function mergedNotes(group: readonly Entry[], totp: string): string {
  const otherSecrets = [...new Set(group.map((e) => e.totp).filter((secret) => secret !== '' && secret !== totp))].map((secret) => `TOTP: ${secret}`);
  return [...new Set([...group.map((e) => e.notes.trim()), ...otherSecrets].filter(Boolean))].join('\n\n');
}

const maxOrNull = (values: readonly (number | null)[]): number | null =>
  values.reduce<number | null>((best, v) => (v === null ? best : best === null ? v : Math.max(best, v)), null);

export function planMerge(group: readonly Entry[], now: number): MergePlan {
  const keep = keeperOf(group);
  const others = group.filter((entry) => entry.id !== keep.id);
  // The kept entry's own order first: its first origin is the one the UI shows and edits.
  const origins = [...new Set([keep, ...others].flatMap((entry) => entry.site.origins))];
  const all = [keep, ...others];
  const totp = all.find((entry) => entry.totp !== '')?.totp ?? '';
  const merged: Entry = {
    ...keep,
    site: { ...keep.site, origins },
    name: all.find((entry) => entry.name !== '')?.name ?? '',
    totp,
    notes: mergedNotes(all, totp),
    created: Math.min(...group.map((entry) => entry.created)),
    updated: now,
    lastUsed: maxOrNull(group.map((entry) => entry.lastUsed)),
    history: mergedHistory(keep, others),
  };
  return { merged, removed: others.map((entry) => entry.id) };
}

/** What a merge will do, without a password: the options page's preview. */
export interface MergePreview {
  keepId: string;
  removeIds: string[];
  /** Old passwords the kept entry will hold. */
  historyAfter: number;
  /** Distinct passwords among the group (1: they were all the same). */
  passwords: number;
  origins: string[];
}

export function previewMerge(group: readonly Entry[], now: number): MergePreview {
  const { merged, removed } = planMerge(group, now);
  return {
    keepId: merged.id,
    removeIds: removed,
    historyAfter: merged.history.length,
    passwords: new Set(group.map((entry) => entry.password)).size,
    origins: merged.site.origins,
  };
}
