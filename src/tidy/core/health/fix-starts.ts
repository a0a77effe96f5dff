// Runs anywhere. When the fix-it queue's "Fix" last opened an entry's change-password page: the
// item stays in the queue, marked "not changed yet", until the entry's password changes after
// that moment (Keep saw the change, or the user typed it). Kept bounded: the newest starts, for a
// few months.
import * as z from 'zod/mini';

export const FixStarts = z.object({ started: z.record(z.string(), z.number()) });
export type FixStarts = z.infer<typeof FixStarts>;

export const NO_FIX_STARTS: FixStarts = { started: {} };

export const MAX_FIX_STARTS = 500;
export const FIX_START_TTL_MS = 90 * 86_400_000;

export function withFixStart(starts: FixStarts, entryId: string, now: number): FixStarts {
  const kept = Object.entries({ ...starts.started, [entryId]: now })
    .filter(([, at]) => at <= now && now - at < FIX_START_TTL_MS)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_FIX_STARTS);
  return { started: Object.fromEntries(kept) };
}

/** The fix start to show: only one the password has not changed since ("not changed yet"). */
export function pendingFixStart(starts: FixStarts, entryId: string, passwordChanged: number): number | null {
  const at = starts.started[entryId];
  return at !== undefined && passwordChanged < at ? at : null;
}
