// Runs anywhere. A password we generated, filled into a new-password field, is saved the moment it
// is filled, before the form is even submitted: a prompt lost to a crash, a closed tab
// or a page that never says whether it worked must not lose the only copy of it. It is saved as
// `pending`: an existing entry keeps its old password in history and `pendingPrevious` (so a
// change the site refused is reverted in one click); with no entry to update, a new entry is
// created pending with nothing to revert to (new and unconfirmed, vault/entry.ts). The submit
// that follows then confirms it (offer.ts, pending.ts) instead of offering a duplicate.
import type { FormClass } from '../../detect/core/model';
import { createEntry, type Entry } from '../../vault/core/entry';
import { changePassword } from '../../vault/core/password-change';
import { sameUsername } from './usernames';

export interface GeneratedFill {
  /** The account the password is for, when known (typed in the form, a forgot step, the guide). */
  username: string | null;
  password: string;
  /** Sender-derived origin of the page it was filled into. */
  origin: string;
  /** The page's detected class: only a change or reset page updates a site's only entry blindly. */
  pageClass: FormClass;
}

export type GeneratedPlan =
  | { kind: 'nothing'; reason: string }
  | { kind: 'update' | 'create'; entry: Entry; reason: string };

/** True for an entry created from a generated password and not yet confirmed by the site. */
export const isUnconfirmedNew = (entry: Entry): boolean => entry.status === 'pending' && entry.pendingPrevious === undefined;

const newestFirst = (a: Entry, b: Entry) => b.updated - a.updated;

function target(entries: readonly Entry[], fill: GeneratedFill, preferId: string | null): Entry | null {
  const preferred = entries.find((e) => e.id === preferId);
  if (preferred && (fill.username === null || sameUsername(preferred.username, fill.username))) return preferred;
  if (fill.username !== null) return entries.filter((e) => sameUsername(e.username, fill.username ?? '')).sort(newestFirst)[0] ?? null;
  // No username: a change or reset page on a site with one account can only be for that account;
  // a sign-up page never is (a second account on the same shop).
  const changing = fill.pageClass === 'change-password' || fill.pageClass === 'set-new-password';
  return changing && entries.length === 1 ? (entries[0] ?? null) : null;
}

/**
 * What to write for a generated password filled into a page. `entries` are those matching the
 * page (core/match); `preferId` the entry a guide was started for, if any.
 */
export function planGenerated(entries: readonly Entry[], fill: GeneratedFill, now: number, newId: string, preferId: string | null = null): GeneratedPlan {
  if (entries.some((e) => e.password === fill.password)) return { kind: 'nothing', reason: 'already stored' };
  const entry = target(entries, fill, preferId);
  if (entry) return { kind: 'update', entry: changePassword(entry, fill.password, now, { pending: true }), reason: 'generated for a saved account' };
  const site = { origins: [fill.origin], match: 'site' as const };
  const created = createEntry({ id: newId, site, username: fill.username?.trim() ?? '', password: fill.password }, now);
  return { kind: 'create', entry: { ...created, status: 'pending' }, reason: 'generated for a new account' };
}
