import { describe, expect, it } from 'vitest';
import { applyChoice, type AcceptContext } from '../../../src/keep/core/accept';
import type { Decision } from '../../../src/keep/core/decision';
import { confirmPending } from '../../../src/vault/core/password-change';
import { entry, pendingEntry, T0 } from './fixtures';

const bob = entry('b', 'bob@mail.test', 'Bob-Pass-1');
const carol = entry('c', 'carol@mail.test', 'Shared-1');
const changed = pendingEntry('p', 'pat@mail.test', 'Old-1', 'New-1');
const ctx = (password: string | null): AcceptContext => ({
  now: T0,
  newId: 'fresh',
  origin: 'https://www.shop.test',
  password,
  entries: new Map([bob, carol, changed].map((e) => [e.id, e])),
});
const update: Decision = { kind: 'update', candidates: ['b', 'c'], password: 'Next-1', pending: true, reason: '' };

describe('applyChoice', () => {
  it('saves a new entry under the sender origin, with an edited username', () => {
    const save: Decision = { kind: 'save', username: 'me@mail.test', password: 'Mine-1', noUsername: false, reason: '' };
    const applied = applyChoice(save, { action: 'save', username: ' edited@mail.test ' }, ctx('Mine-1'));
    expect(applied).toMatchObject({ ok: true, entry: { id: 'fresh', username: 'edited@mail.test', password: 'Mine-1', site: { origins: ['https://www.shop.test'], match: 'site' }, status: 'active' } });
  });

  it('updates a picked candidate: old password into history, pending', () => {
    const applied = applyChoice(update, { action: 'update', entryId: 'c' }, ctx('Next-1'));
    expect(applied).toMatchObject({ ok: true, entry: { id: 'c', password: 'Next-1', status: 'pending', pendingPrevious: { password: 'Shared-1' } } });
    if (applied.ok) expect(applied.entry.history[0]).toEqual({ password: 'Shared-1', changedAt: T0 });
  });

  it('updates without pending after a login proved the password', () => {
    const login: Decision = { ...update, pending: false };
    expect(applyChoice(login, { action: 'update', entryId: 'b' }, ctx('Next-1'))).toMatchObject({ ok: true, entry: { status: 'active', password: 'Next-1' } });
  });

  it('refuses an entry that was not offered', () => {
    expect(applyChoice(update, { action: 'update', entryId: 'p' }, ctx('Next-1'))).toEqual({ ok: false, reason: 'not an offered entry' });
    expect(applyChoice(update, { action: 'update', entryId: 'nope' }, ctx('Next-1'))).toEqual({ ok: false, reason: 'no such entry' });
  });

  it('reverts a pending change only when a revert was offered for it', () => {
    const revert: Decision = { kind: 'revert', entryId: 'p', reason: '' };
    expect(applyChoice(revert, { action: 'revert', entryId: 'p' }, ctx(null))).toMatchObject({ ok: true, entry: { password: 'Old-1', status: 'active' } });
    expect(applyChoice(update, { action: 'revert', entryId: 'p' }, ctx(null))).toMatchObject({ ok: false });
    expect(applyChoice(revert, { action: 'revert', entryId: 'b' }, ctx(null))).toMatchObject({ ok: false });
  });

  it('refuses to save from a decision that holds no password', () => {
    expect(applyChoice({ kind: 'revert', entryId: 'p', reason: '' }, { action: 'save' }, ctx(null))).toMatchObject({ ok: false });
    expect(applyChoice({ kind: 'nothing', reason: '' }, { action: 'save' }, ctx('x1'))).toMatchObject({ ok: false });
  });

  it('a confirmed pending entry keeps its new password', () => {
    expect(confirmPending(changed, T0)).toMatchObject({ password: 'New-1', status: 'active' });
  });
});
