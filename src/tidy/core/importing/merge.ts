// Runs anywhere. Turning preview rows into entries: a new login becomes an entry with the dates
// the file knew; a conflict keeps both passwords, the winner current and the loser in history
// ("the loser goes to history"). Nothing an import touches loses a password: history
// is not capped here, as entry.ts allows for imported entries.
import type { ImportLogin } from '../csv/import-row';
import type { MatchMode } from '../../../vault/core/match/entry-site';
import { type Entry, HISTORY_CAP, type HistoryItem } from '../../../vault/core/entry';
import { changePassword } from '../../../vault/core/password-change';
import type { ConflictWinner } from './preview';

export function entryFromLogin(login: ImportLogin, id: string, now: number, matchDefault: MatchMode = 'site'): Entry {
  const created = login.created ?? login.passwordChanged ?? login.updated ?? now;
  const passwordChanged = login.passwordChanged ?? login.updated ?? created;
  // One object literal of a fixed shape: a commit builds up to 100,000 of these in one go, and
  // spreading a base entry made two objects (and their garbage) per row.
  const entry: Entry = {
    id,
    site: { origins: login.origins, match: login.match ?? matchDefault },
    username: login.username,
    password: login.password,
    notes: login.notes,
    name: login.name,
    totp: login.totp,
    created,
    updated: login.updated ?? Math.max(created, passwordChanged),
    passwordChanged,
    lastUsed: login.lastUsed ?? null,
    history: login.history ?? [],
    status: login.status === 'pending' ? 'pending' : 'active',
    reviewedAt: login.reviewedAt ?? null,
  };
  if (login.status === 'pending' && login.pendingPrevious) entry.pendingPrevious = login.pendingPrevious;
  if (login.holdsPayment !== undefined) entry.holdsPayment = login.holdsPayment;
  return entry;
}

/** Newest first, each (password, date) once. */
function mergeHistory(ours: HistoryItem[], theirs: readonly HistoryItem[]): HistoryItem[] {
  if (theirs.length === 0) return ours;
  const seen = new Set(ours.map((h) => `${h.changedAt}\u0000${h.password}`));
  const added = theirs.filter((h) => !seen.has(`${h.changedAt}\u0000${h.password}`));
  return [...ours, ...added].sort((a, b) => b.changedAt - a.changedAt);
}

// Notes are not passwords, but they are often where the security answers live: keep both.
function mergeNotes(winner: string, loser: string): string {
  if (loser === '' || winner.includes(loser)) return winner;
  return winner === '' ? loser : `${winner}\n\n${loser}`;
}

export function resolveConflict(entry: Entry, login: ImportLogin, winner: ConflictWinner, now: number): Entry {
  const incomingChanged = login.passwordChanged ?? login.updated;
  let next: Entry;
  if (winner === 'incoming') {
    // The incoming password became current on its own date when that is the newer one;
    // otherwise the user brought an older password back, now.
    const when = incomingChanged !== undefined && incomingChanged > entry.passwordChanged ? incomingChanged : now;
    const changed = changePassword(entry, login.password, when, { pending: false });
    // changePassword keeps HISTORY_CAP old passwords (right for everyday changes); an import
    // must not drop one, so the tail it cut is put back.
    next = { ...changed, history: [...changed.history, ...entry.history.slice(HISTORY_CAP - 1)] };
  } else {
    // The losing password stopped being current no later than the entry's own change when the
    // file says it is older; if we cannot tell, it is set aside now.
    const changedAt = incomingChanged !== undefined && incomingChanged <= entry.passwordChanged ? entry.passwordChanged : now;
    const known = entry.history.some((h) => h.password === login.password);
    next = known ? entry : { ...entry, history: mergeHistory(entry.history, [{ password: login.password, changedAt }]) };
  }
  const origins = [...new Set([...entry.site.origins, ...login.origins])];
  const [ours, theirs] = winner === 'incoming' ? [login, entry] : [entry, login];
  // A second one-time-code secret is not dropped: it is kept in the notes, where the user sees it.
  const otherTotp = ours.totp !== '' && theirs.totp !== '' && theirs.totp !== ours.totp ? `TOTP: ${theirs.totp}` : '';
  return {
    ...next,
    site: { ...next.site, origins },
    notes: mergeNotes(mergeNotes(ours.notes, theirs.notes), otherTotp),
    name: ours.name || theirs.name,
    totp: ours.totp || theirs.totp,
    history: mergeHistory(next.history, login.history ?? []),
    updated: now,
  };
}
