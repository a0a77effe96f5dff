// Runs anywhere. How a saved password follows the site's (DESIGN.md, job 3): the old password
// moves into history; a change captured from a change or reset form stays 'pending' until a
// successful login with the new password confirms it, and can be reverted in one step if the site
// turned the change down. Pure: the background decides when, these decide what.
import { type Entry, HISTORY_CAP, type HistoryItem } from './entry';

const pushHistory = (history: HistoryItem[], item: HistoryItem) => [item, ...history].slice(0, HISTORY_CAP);

/** Makes `newPassword` current; `pending` when the change is not yet confirmed by a login. */
export function changePassword(entry: Entry, newPassword: string, now: number, { pending }: { pending: boolean }): Entry {
  if (newPassword === entry.password) return entry;
  // A second change before the first was confirmed still reverts to the last confirmed password.
  const previous = entry.status === 'pending' && entry.pendingPrevious
    ? entry.pendingPrevious
    : { password: entry.password, passwordChanged: entry.passwordChanged };
  const { pendingPrevious: _dropped, ...rest } = entry;
  return {
    ...rest,
    password: newPassword,
    passwordChanged: now,
    updated: now,
    history: pushHistory(entry.history, { password: entry.password, changedAt: now }),
    status: pending ? 'pending' : 'active',
    ...(pending ? { pendingPrevious: previous } : {}),
  };
}

/** The new password worked: keep it. */
export function confirmPending(entry: Entry, now: number): Entry {
  if (entry.status !== 'pending') return entry;
  const { pendingPrevious: _dropped, ...rest } = entry;
  return { ...rest, status: 'active', updated: now };
}

/**
 * The site rejected the change: the previous password is current again. The rejected one stays
 * in history rather than vanishing (security rule 7: lose nothing): if the site did accept it
 * after all, the user can still find it.
 */
export function revertPending(entry: Entry, now: number): Entry {
  if (entry.status !== 'pending' || !entry.pendingPrevious) return entry;
  const previous = entry.pendingPrevious;
  // Remove the history item recorded when `previous` was replaced; it is current again.
  const index = entry.history.findIndex((h) => h.password === previous.password);
  const history = index === -1 ? entry.history : entry.history.filter((_, i) => i !== index);
  const { pendingPrevious: _dropped, ...rest } = entry;
  return {
    ...rest,
    password: previous.password,
    passwordChanged: previous.passwordChanged,
    updated: now,
    history: pushHistory(history, { password: entry.password, changedAt: now }),
    status: 'active',
  };
}
