// Runs anywhere. The pending lifecycle seen from a successful login (DESIGN.md job 3): the new
// password of a pending entry working confirms the change; the password it replaced working means
// the site turned the change down, so the user is offered the old one back (it is what the site
// still takes; vault/password-change.ts revertPending keeps the rejected one in history).
import type { Entry } from '../../vault/core/entry';
import type { Decision } from './decision';

/** What a successful login with `password` says about these entries (same site, same user). */
export function loginVerdict(entries: readonly Entry[], password: string): Decision | null {
  const current = entries.find((e) => e.password === password);
  if (current) {
    return current.status === 'pending'
      ? { kind: 'confirm', entryId: current.id, reason: 'login with the pending password worked' }
      : { kind: 'nothing', reason: 'login with the stored password' };
  }
  const replaced = entries.find((e) => e.status === 'pending' && e.pendingPrevious?.password === password);
  if (replaced) return { kind: 'revert', entryId: replaced.id, reason: 'login with the password a pending change replaced worked' };
  return null;
}
