// Runs anywhere. What to offer after a successful submit (DESIGN.md job 3; "What to
// offer"), from the capture and the stored entries that belong on its page (the caller filters
// them with core/match, so site groups and match modes apply). Pure: every rule is a table row
// in test/unit/keep/offer.test.ts.
import type { Entry } from '../../vault/core/entry';
import { submittedPassword, type Capture } from './capture';
import type { Decision } from './decision';
import { isUnconfirmedNew } from './generated';
import { recall, type Identity } from './identity';
import { loginVerdict } from './pending';
import { sameUsername } from './usernames';

const ids = (entries: readonly Entry[]) => entries.map((e) => e.id);
const byUser = (entries: readonly Entry[], username: string) => entries.filter((e) => sameUsername(e.username, username));

function save(username: string | null, password: string, reason: string): Decision {
  return { kind: 'save', username: username ?? '', password, noUsername: username === null || username === '', reason };
}

// Login and sign-up: the password typed is the one the site took.
function afterLogin(capture: Capture, password: string, entries: readonly Entry[]): Decision {
  const user = capture.username;
  const mine = user === null ? entries : byUser(entries, user);
  const verdict = loginVerdict(mine, password);
  if (verdict) return verdict;
  // A generated password saved before its username was typed (generated.ts): this login names it.
  const unnamed = entries.find((e) => isUnconfirmedNew(e) && e.username === '' && e.password === password);
  if (unnamed && user !== null) return { kind: 'confirm', entryId: unnamed.id, username: user, reason: 'login with a generated password saved without a username' };
  if (user !== null && mine.length === 0) return save(user, password, 'new username for the site');
  if (mine.length > 0) return { kind: 'update', candidates: ids(mine), password, pending: false, reason: user ? 'known username, new password' : 'password-only login, new password' };
  return save(null, password, 'password-only login on a site with no entries');
}

// Change form: the entry to update is the one whose password is the current one typed.
function afterChange(capture: Capture, current: string | null, next: string, entries: readonly Entry[]): Decision {
  const user = capture.username;
  const scope = user !== null && byUser(entries, user).length > 0 ? byUser(entries, user) : entries;
  const holders = current === null ? [] : scope.filter((e) => e.password === current);
  // A generated password saved at fill time as a new unnamed entry (the page named no account):
  // the current password names the account now, so that entry is updated and the unnamed one goes.
  const unnamed = entries.filter((e) => isUnconfirmedNew(e) && e.username === '' && e.password === next);
  if (holders.length > 0 && unnamed.length > 0 && !scope.some((e) => e.password === next && !unnamed.includes(e))) {
    return { kind: 'update', candidates: ids(holders), password: next, pending: true, reason: 'entry with the current password, for a generated one', drop: ids(unnamed) };
  }
  if (scope.some((e) => e.password === next)) return { kind: 'nothing', reason: 'the new password is already stored' };
  if (holders.length > 0) return { kind: 'update', candidates: ids(holders), password: next, pending: true, reason: 'entry with the current password' };
  if (scope.length > 0) return { kind: 'update', candidates: ids(scope), password: next, pending: true, reason: 'no entry has the current password: pick one' };
  return save(user, next, 'change on a site with no entries');
}

// Reset page (set-new-password): usually no username on it, so the forgot step names the entry.
function afterReset(capture: Capture, next: string, entries: readonly Entry[], identities: readonly Identity[], now: number): Decision {
  const user = capture.username ?? recall(identities, 'forgot', capture.url, now)?.username ?? null;
  const scope = user === null ? entries : byUser(entries, user);
  if (scope.some((e) => e.password === next)) return { kind: 'nothing', reason: 'the new password is already stored' };
  if (user !== null) {
    return scope.length > 0
      ? { kind: 'update', candidates: ids(scope), password: next, pending: true, reason: 'username from the forgot-password step' }
      : save(user, next, 'reset for a username not saved yet');
  }
  if (entries.length > 0) return { kind: 'update', candidates: ids(entries), password: next, pending: true, reason: 'no linked forgot step: pick the entry' };
  return save(null, next, 'reset on a site with no entries and no username');
}

/**
 * The decision for a capture whose submit succeeded. `entries` are those matching the capture's
 * page; `identities` are the remembered forgot-password steps (identity.ts).
 */
export function decideOffer(capture: Capture, entries: readonly Entry[], identities: readonly Identity[], now: number): Decision {
  const password = submittedPassword(capture);
  switch (capture.formClass) {
    case 'forgot-password':
    case 'verification-code':
      return { kind: 'nothing', reason: `${capture.formClass} steps carry no password` };
    case 'login':
    case 'signup':
      return password === null ? { kind: 'nothing', reason: 'no password' } : afterLogin(capture, password, entries);
    case 'change-password':
      return capture.newPassword === null
        ? { kind: 'nothing', reason: 'no new password' }
        : afterChange(capture, capture.currentPassword, capture.newPassword, entries);
    case 'set-new-password':
      return capture.newPassword === null
        ? { kind: 'nothing', reason: 'no new password' }
        : afterReset(capture, capture.newPassword, entries, identities, now);
  }
}
