// Generated passwords are saved the moment they are filled (keep/core/generated.ts), and the submit
// that follows confirms or names that entry instead of offering a duplicate (keep/core/offer.ts).
import { describe, expect, it } from 'vitest';
import { isUnconfirmedNew, planGenerated, type GeneratedFill } from '../../../src/keep/core/generated';
import { decideOffer } from '../../../src/keep/core/offer';
import { Entry } from '../../../src/vault/core/entry';
import { revertPending } from '../../../src/vault/core/password-change';
import { capture, entry, T0 } from './fixtures';

const ORIGIN = 'https://www.shop.test';
const fill = (over: Partial<GeneratedFill> = {}): GeneratedFill => ({ username: null, password: 'Gen-Pass-9x!', origin: ORIGIN, pageClass: 'signup', ...over });
const alice = entry('a', 'alice@mail.test', 'Alice-Pass-1');
const bob = entry('b', 'bob@mail.test', 'Bob-Pass-1');

describe('planGenerated', () => {
  it('updates the entry of the username typed in the form: pending, the old password in history and pendingPrevious', () => {
    const plan = planGenerated([alice, bob], fill({ username: ' Alice@mail.test', pageClass: 'change-password' }), T0, 'new');
    expect(plan).toMatchObject({ kind: 'update', entry: { id: 'a', password: 'Gen-Pass-9x!', status: 'pending', pendingPrevious: { password: 'Alice-Pass-1' } } });
    if (plan.kind === 'nothing') throw new Error('no plan');
    expect(plan.entry.history[0]).toEqual({ password: 'Alice-Pass-1', changedAt: T0 });
    // A change the site refuses goes back to the old password in one step.
    expect(revertPending(plan.entry, T0 + 1)).toMatchObject({ password: 'Alice-Pass-1', status: 'active' });
  });

  it('creates a new unconfirmed entry (pending, nothing to revert to) for a username not saved yet', () => {
    const plan = planGenerated([alice], fill({ username: 'new@mail.test' }), T0, 'new');
    expect(plan).toMatchObject({ kind: 'create', entry: { id: 'new', username: 'new@mail.test', password: 'Gen-Pass-9x!', status: 'pending', site: { origins: [ORIGIN], match: 'site' } } });
    if (plan.kind === 'nothing') throw new Error('no plan');
    expect(isUnconfirmedNew(plan.entry)).toBe(true);
    expect(Entry.safeParse(plan.entry).success).toBe(true);
  });

  it('on a change or reset page with no username, updates the site\'s only entry; never on a sign-up page', () => {
    expect(planGenerated([alice], fill({ pageClass: 'change-password' }), T0, 'new')).toMatchObject({ kind: 'update', entry: { id: 'a' } });
    expect(planGenerated([alice], fill({ pageClass: 'set-new-password' }), T0, 'new')).toMatchObject({ kind: 'update', entry: { id: 'a' } });
    expect(planGenerated([alice], fill({ pageClass: 'signup' }), T0, 'new')).toMatchObject({ kind: 'create', entry: { username: '' } });
    expect(planGenerated([alice, bob], fill({ pageClass: 'change-password' }), T0, 'new')).toMatchObject({ kind: 'create', entry: { username: '' } });
  });

  it('prefers the entry the guide was started for when the username does not contradict it', () => {
    expect(planGenerated([alice, bob], fill({ pageClass: 'set-new-password' }), T0, 'new', 'b')).toMatchObject({ kind: 'update', entry: { id: 'b' } });
    expect(planGenerated([alice, bob], fill({ username: 'alice@mail.test' }), T0, 'new', 'b')).toMatchObject({ kind: 'update', entry: { id: 'a' } });
  });

  it('writes nothing when the password is already stored (the same fill twice)', () => {
    expect(planGenerated([alice], fill({ password: 'Alice-Pass-1' }), T0, 'new')).toMatchObject({ kind: 'nothing' });
  });
});

describe('the submit after a generated fill', () => {
  const planned = (f: GeneratedFill, entries: Entry[]) => {
    const plan = planGenerated(entries, f, T0 - 1000, 'g');
    if (plan.kind === 'nothing') throw new Error('no plan');
    return [...entries.filter((e) => e.id !== plan.entry.id), plan.entry];
  };

  it('a sign-up with the generated password confirms the entry saved at fill time, no second save', () => {
    const entries = planned(fill({ username: 'new@mail.test' }), [alice]);
    const signup = capture({ formClass: 'signup', username: 'new@mail.test', currentPassword: null, newPassword: 'Gen-Pass-9x!', generated: true });
    expect(decideOffer(signup, entries, [], T0)).toMatchObject({ kind: 'confirm', entryId: 'g' });
  });

  it('a sign-up whose username was typed after the fill names the unnamed entry and confirms it', () => {
    const entries = planned(fill(), [alice]);
    const signup = capture({ formClass: 'signup', username: 'late@mail.test', currentPassword: null, newPassword: 'Gen-Pass-9x!', generated: true });
    expect(decideOffer(signup, entries, [], T0)).toMatchObject({ kind: 'confirm', entryId: 'g', username: 'late@mail.test' });
  });

  it('a change form with the generated password and nothing else new offers nothing: the entry is already pending', () => {
    const entries = planned(fill({ username: 'alice@mail.test', pageClass: 'change-password' }), [alice, bob]);
    const change = capture({ formClass: 'change-password', username: null, currentPassword: 'Alice-Pass-1', newPassword: 'Gen-Pass-9x!' });
    expect(decideOffer(change, entries, [], T0)).toMatchObject({ kind: 'nothing' });
  });

  it('a change form among several entries updates the holder of the current password and drops the unnamed entry', () => {
    const entries = planned(fill({ pageClass: 'change-password' }), [alice, bob]);
    const change = capture({ formClass: 'change-password', username: null, currentPassword: 'Bob-Pass-1', newPassword: 'Gen-Pass-9x!' });
    expect(decideOffer(change, entries, [], T0)).toMatchObject({ kind: 'update', candidates: ['b'], pending: true, drop: ['g'] });
  });
});
