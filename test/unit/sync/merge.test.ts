import { describe, expect, it } from 'vitest';
import { createEntry } from '../../../src/vault/core/entry';
import { changePassword } from '../../../src/vault/core/password-change';
import { compareClocks, mergeStates, pruneTombstones, recordLocal, resolveAll, TOMBSTONE_MAX_AGE_MS } from '../../../src/sync/core/merge';

const T0 = 1_700_000_000_000;
// Synced times are whole seconds (wire-precision.ts): edits to tell apart are seconds apart.
const S = 1_000;
const none = new Set<string>();
const base = createEntry({ id: 'e1', site: { origins: ['https://www.aliexpress.com'], match: 'site' }, username: 'ann@example.com', password: 'First1pass' }, T0);
// A and B both hold e1 as first synced.
const shared = recordLocal(new Map(), 'A', new Map([['e1', base]]), none, T0).state;

describe('sync merge', () => {
  it('orders clocks', () => {
    expect(compareClocks({ A: 1 }, { A: 2 })).toBe('before');
    expect(compareClocks({ A: 2, B: 1 }, { A: 2 })).toBe('after');
    expect(compareClocks({ A: 2 }, { B: 1 })).toBe('concurrent');
    expect(compareClocks({ A: 1 }, { A: 1 })).toBe('equal');
  });

  it('keeps both passwords of concurrent edits: the newer current, the other in history, marked as a conflict', () => {
    const onA = recordLocal(shared, 'A', new Map([['e1', changePassword(base, 'OnA2pass', T0 + 10 * S, { pending: false })]]), none, T0 + 10 * S).state;
    const onB = recordLocal(shared, 'B', new Map([['e1', changePassword(base, 'OnB3pass', T0 + 20 * S, { pending: false })]]), none, T0 + 20 * S).state;
    for (const merged of [mergeStates(onA, onB), mergeStates(onB, onA)]) {
      const entry = resolveAll(merged).get('e1')!;
      expect(entry.password).toBe('OnB3pass');
      expect(entry.history.map((h) => h.password)).toEqual(['OnA2pass', 'First1pass']);
      expect(entry.conflictAt).toBe(T0 + 20 * S);
    }
  });

  it('a deletion wins over the edits it saw, not over one made meanwhile', () => {
    const deletedOnA = recordLocal(shared, 'A', new Map(), none, T0 + 30).state;
    expect(resolveAll(mergeStates(shared, deletedOnA)).has('e1')).toBe(false);
    // B edits before it hears of the deletion, even at an earlier wall-clock time.
    const editedOnB = recordLocal(shared, 'B', new Map([['e1', changePassword(base, 'OnB3pass', T0 + 5, { pending: false })]]), none, T0 + 5).state;
    const entry = resolveAll(mergeStates(deletedOnA, editedOnB)).get('e1');
    expect(entry?.password).toBe('OnB3pass');
  });

  it('a record that did not open here is not sent as a deletion', () => {
    expect(recordLocal(shared, 'A', new Map(), new Set(['e1']), T0 + 1).changed).toBe(false);
  });

  it('syncs a pending change as pending, with what it would revert to', () => {
    const pending = changePassword(base, 'Reset4pass', T0 + 40, { pending: true });
    const onA = recordLocal(shared, 'A', new Map([['e1', pending]]), none, T0 + 40).state;
    const onB = resolveAll(mergeStates(shared, onA)).get('e1');
    expect(onB).toMatchObject({ status: 'pending', password: 'Reset4pass', pendingPrevious: { password: 'First1pass' } });
  });

  it('forgets a deletion past TOMBSTONE_MAX_AGE_MS, and only a deletion; a computer away longer brings the entry back (the trade-off)', () => {
    const other = createEntry({ id: 'e2', site: base.site, username: 'bob', password: 'Second2pass' }, T0);
    const both = recordLocal(new Map(), 'A', new Map([['e1', base], ['e2', other]]), none, T0).state;
    const deletedOnA = recordLocal(both, 'A', new Map([['e2', other]]), none, T0 + S).state;
    const young = pruneTombstones(deletedOnA, T0 + TOMBSTONE_MAX_AGE_MS);
    expect(young.pruned).toBe(0);
    const old = pruneTombstones(deletedOnA, T0 + S + TOMBSTONE_MAX_AGE_MS);
    expect(old.pruned).toBe(1);
    expect([...old.state.keys()]).toEqual(['e2']);
    // Edits are never pruned, however old.
    expect(pruneTombstones(both, T0 + 100 * TOMBSTONE_MAX_AGE_MS).state).toEqual(new Map(both));
    // B was away since before the deletion: with the tombstone it stays deleted, without it it is back.
    expect(resolveAll(mergeStates(deletedOnA, both)).has('e1')).toBe(false);
    expect(resolveAll(mergeStates(old.state, both)).has('e1')).toBe(true);
  });
});
