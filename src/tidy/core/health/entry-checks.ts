// Runs anywhere. The health checks that look at one entry alone.
import type { Entry } from '../../../vault/core/entry';

export const DAY_MS = 86_400_000;
export const DEFAULT_OLD_AFTER_DAYS = 365;

/** Not changed for `oldAfterDays` ("not changed for a configurable time, 1 year by default"). */
export const isOld = (entry: Entry, now: number, oldAfterDays: number): boolean => now - entry.passwordChanged >= oldAfterDays * DAY_MS;

export const hasNoUsername = (entry: Entry): boolean => entry.username.trim() === '';

/** Every origin is http: the password crosses the network in the clear on each login. */
export const isHttpOnly = (entry: Entry): boolean => entry.site.origins.every((origin) => origin.startsWith('http:'));

export const isPending = (entry: Entry): boolean => entry.status === 'pending';

/** Sync merged edits made on two computers at once and the user has not looked at it yet. */
export const hasConflict = (entry: Entry): boolean => entry.conflictAt !== undefined;

/**
 * Marked as reviewed since its password last changed: its problems are the user's choice. Never
 * while a sync conflict is open: the merge keeps the winner's times, so a conflict that arrives
 * after a review would hide behind it, and which of two passwords the site takes is a question for
 * the entry view (`entries/conflict-reviewed`), not for a bulk mark.
 */
export const isReviewed = (entry: { reviewedAt: number | null; passwordChanged: number; conflictAt?: number | null }): boolean =>
  entry.reviewedAt !== null && entry.reviewedAt >= entry.passwordChanged && (entry.conflictAt ?? null) === null;
