// What a copy over the quota leaves out (trim.ts): the oldest history items only, never the
// current password, a pending change's previous one, the newest history item or a conflict's.
import { describe, expect, it } from 'vitest';
import { createEntry, type Entry } from '../../../src/vault/core/entry';
import { changePassword } from '../../../src/vault/core/password-change';
import { recordLocal, resolveAll } from '../../../src/sync/core/merge';
import { trimHistory } from '../../../src/sync/core/trim';

const T0 = 1_700_000_000_000;
const S = 1_000;
const site = { origins: ['https://shop.example'], match: 'site' as const };

function withHistory(id: string, passwords: readonly string[], pendingLast = false): Entry {
  let entry = createEntry({ id, site, username: 'ann', password: passwords[0] ?? '' }, T0);
  passwords.slice(1).forEach((p, i) => {
    entry = changePassword(entry, p, T0 + (i + 1) * S, { pending: pendingLast && i >= passwords.length - 3 });
  });
  return entry;
}
const trimmed = (entries: Entry[], keep: number) => {
  const state = recordLocal(new Map(), 'A', new Map(entries.map((e) => [e.id, e])), new Set(), T0).state;
  const out = trimHistory(state, keep);
  return { entries: resolveAll(out.state), left: out.left };
};
const historyOf = (e: Entry | undefined) => e?.history.map((h) => h.password);

describe('history left out over the quota', () => {
  it('keeps the newest items and the current password, and counts what it leaves out', () => {
    const { entries, left } = trimmed([withHistory('e1', ['p1', 'p2', 'p3', 'p4', 'p5']), withHistory('e2', ['q1', 'q2'])], 2);
    expect(entries.get('e1')).toMatchObject({ password: 'p5' });
    expect(historyOf(entries.get('e1'))).toEqual(['p4', 'p3']);
    expect(historyOf(entries.get('e2'))).toEqual(['q1']);
    expect(left).toBe(2);
  });

  it("keeps a pending change's previous password, in history too, whatever the step", () => {
    // p3 confirmed, then p4 and p5 pending: p5 reverts to p3, three items down.
    const { entries } = trimmed([withHistory('e1', ['p1', 'p2', 'p3', 'p4', 'p5'], true)], 1);
    expect(entries.get('e1')).toMatchObject({ status: 'pending', pendingPrevious: { password: 'p3' } });
    expect(historyOf(entries.get('e1'))).toEqual(['p4', 'p3']);
  });

  it("keeps every password a conflict put in history, and at least the newest item", () => {
    const base = withHistory('e1', ['p1', 'p2', 'p3']);
    const conflictAt = T0 + 10 * S;
    const conflict: Entry = { ...base, conflictAt, history: [{ password: 'x', changedAt: conflictAt }, { password: 'y', changedAt: conflictAt }, ...base.history] };
    const { entries } = trimmed([conflict], 1);
    expect(historyOf(entries.get('e1'))).toEqual(['x', 'y']);
  });
});
