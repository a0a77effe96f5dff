import { describe, expect, it } from 'vitest';
import { createEntry, Entry, HISTORY_CAP, markUsed } from '../../../src/vault/core/entry';
import { changePassword, confirmPending, revertPending } from '../../../src/vault/core/password-change';

const T0 = 1_700_000_000_000;
const base = createEntry(
  { id: 'e1', site: { origins: ['https://www.aliexpress.com'], match: 'site' }, username: 'ann@example.com', password: 'Old1pass' },
  T0,
);

describe('entry schema', () => {
  it('accepts a new entry, and a new unconfirmed one (pending with nothing to revert to: a generated password)', () => {
    expect(Entry.safeParse(base).success).toBe(true);
    const unconfirmed = { ...base, status: 'pending' };
    expect(Entry.safeParse(unconfirmed).success).toBe(true);
    expect(revertPending(Entry.parse(unconfirmed), T0 + 1)).toMatchObject({ status: 'pending', password: 'Old1pass' });
    expect(confirmPending(Entry.parse(unconfirmed), T0 + 1)).toMatchObject({ status: 'active', password: 'Old1pass' });
    expect(Entry.safeParse({ ...base, created: '2024-01-01' }).success).toBe(false);
    expect(Entry.safeParse({ ...base, site: { origins: [], match: 'site' } }).success).toBe(false);
  });
});

describe('changePassword', () => {
  it('moves the old password into history, newest first', () => {
    const e = changePassword(base, 'New2pass', T0 + 1, { pending: false });
    expect(e).toMatchObject({ password: 'New2pass', passwordChanged: T0 + 1, updated: T0 + 1, status: 'active' });
    expect(e.history).toEqual([{ password: 'Old1pass', changedAt: T0 + 1 }]);
    const e2 = changePassword(e, 'New3pass', T0 + 2, { pending: false });
    expect(e2.history.map((h) => h.password)).toEqual(['New2pass', 'Old1pass']);
    expect(Entry.safeParse(e2).success).toBe(true);
  });

  it('keeps at most HISTORY_CAP (20) old passwords', () => {
    let e = base;
    for (let i = 0; i < 30; i++) e = changePassword(e, `Pass${i}x`, T0 + i, { pending: false });
    expect(e.history).toHaveLength(HISTORY_CAP);
    expect(e.history[0]?.password).toBe('Pass28x');
  });

  it('does nothing when the password is unchanged', () => {
    expect(changePassword(base, 'Old1pass', T0 + 1, { pending: true })).toBe(base);
  });
});

describe('pending changes', () => {
  const pending = changePassword(base, 'New2pass', T0 + 10, { pending: true });

  it('stays pending with the previous password kept for undo', () => {
    expect(pending).toMatchObject({ status: 'pending', password: 'New2pass', pendingPrevious: { password: 'Old1pass', passwordChanged: T0 } });
    expect(Entry.safeParse(pending).success).toBe(true);
  });

  it('confirmPending keeps the new password', () => {
    const e = confirmPending(pending, T0 + 20);
    expect(e).toMatchObject({ status: 'active', password: 'New2pass', updated: T0 + 20 });
    expect(e).not.toHaveProperty('pendingPrevious');
    expect(Entry.safeParse(e).success).toBe(true);
  });

  it('revertPending restores the previous password and keeps the rejected one in history', () => {
    const e = revertPending(pending, T0 + 20);
    expect(e).toMatchObject({ status: 'active', password: 'Old1pass', passwordChanged: T0 });
    expect(e.history).toEqual([{ password: 'New2pass', changedAt: T0 + 20 }]);
    expect(e).not.toHaveProperty('pendingPrevious');
    expect(Entry.safeParse(e).success).toBe(true);
  });

  it('a second change before confirmation still reverts to the last confirmed password', () => {
    const twice = changePassword(pending, 'New3pass', T0 + 30, { pending: true });
    expect(twice.pendingPrevious?.password).toBe('Old1pass');
    expect(revertPending(twice, T0 + 40).password).toBe('Old1pass');
  });

  it('a confirmed (non-pending) change clears a pending one', () => {
    const e = changePassword(pending, 'New3pass', T0 + 30, { pending: false });
    expect(e.status).toBe('active');
    expect(e).not.toHaveProperty('pendingPrevious');
  });

  it('confirm and revert leave active entries alone', () => {
    expect(confirmPending(base, T0 + 1)).toBe(base);
    expect(revertPending(base, T0 + 1)).toBe(base);
  });

  it('markUsed records the time', () => {
    expect(markUsed(base, T0 + 5).lastUsed).toBe(T0 + 5);
  });
});
