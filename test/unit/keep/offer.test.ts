import { describe, expect, it } from 'vitest';
import type { Identity } from '../../../src/keep/core/identity';
import { decideOffer } from '../../../src/keep/core/offer';
import type { Entry } from '../../../src/vault/core/entry';
import { capture, entry, pendingEntry, T0 } from './fixtures';

const alice = entry('a', 'alice@mail.test', 'Alice-Pass-1');
const bob = entry('b', 'bob@mail.test', 'Bob-Pass-1');
const carol = entry('c', 'carol@mail.test', 'Shared-Pass-1');
const dave = entry('d', 'dave@mail.test', 'Shared-Pass-1');
const forgot = (username: string, url = 'https://www.shop.test/forgot', at = T0 - 30 * 60_000): Identity => ({ kind: 'forgot', url, username, at });

describe('decideOffer: login and sign-up', () => {
  it.each<[string, Parameters<typeof capture>[0], Entry[], object]>([
    ['a new username', { username: 'new@mail.test', currentPassword: 'New-User-1' }, [alice], { kind: 'save', username: 'new@mail.test', password: 'New-User-1', noUsername: false }],
    ['the first login on a site', {}, [], { kind: 'save', username: 'shopper@mail.test' }],
    ['exactly what is stored', { username: 'alice@mail.test', currentPassword: 'Alice-Pass-1' }, [alice, bob], { kind: 'nothing' }],
    ['what is stored, typed in another case', { username: 'ALICE@mail.test', currentPassword: 'Alice-Pass-1' }, [alice], { kind: 'nothing' }],
    ['a known username with a new password', { username: 'alice@mail.test', currentPassword: 'Alice-Pass-2' }, [alice, bob], { kind: 'update', candidates: ['a'], password: 'Alice-Pass-2', pending: false }],
    ['a password-only login with a stored password', { username: null, currentPassword: 'Bob-Pass-1' }, [alice, bob], { kind: 'nothing' }],
    ['a password-only login with a new password', { username: null, currentPassword: 'Other-1' }, [alice, bob], { kind: 'update', candidates: ['a', 'b'], pending: false }],
    ['a password-only login on an empty site', { username: null, currentPassword: 'Other-1' }, [], { kind: 'save', username: '', noUsername: true }],
    ['a sign-up with a new username', { formClass: 'signup', username: 'new@mail.test', currentPassword: null, newPassword: 'Fresh-1' }, [alice], { kind: 'save', password: 'Fresh-1' }],
    ['a sign-up that repeats a stored login', { formClass: 'signup', username: 'alice@mail.test', currentPassword: null, newPassword: 'Alice-Pass-1' }, [alice], { kind: 'nothing' }],
  ])('%s', (_name, over, entries, expected) => {
    expect(decideOffer(capture(over), entries, [], T0)).toMatchObject(expected);
  });
});

describe('decideOffer: pending changes', () => {
  const changed = pendingEntry('p', 'alice@mail.test', 'Old-Pass-1', 'New-Pass-1');

  it('confirms a pending entry when its new password logs in', () => {
    expect(decideOffer(capture({ username: 'alice@mail.test', currentPassword: 'New-Pass-1' }), [changed], [], T0)).toMatchObject({ kind: 'confirm', entryId: 'p' });
  });

  it('offers to revert when the password the change replaced logs in', () => {
    expect(decideOffer(capture({ username: 'alice@mail.test', currentPassword: 'Old-Pass-1' }), [changed], [], T0)).toMatchObject({ kind: 'revert', entryId: 'p' });
  });

  it('offers an update, not a revert, for a third password', () => {
    expect(decideOffer(capture({ username: 'alice@mail.test', currentPassword: 'Third-1' }), [changed], [], T0)).toMatchObject({ kind: 'update', candidates: ['p'] });
  });

  it('does not confirm another user’s pending entry', () => {
    expect(decideOffer(capture({ username: 'bob@mail.test', currentPassword: 'New-Pass-1' }), [changed], [], T0)).toMatchObject({ kind: 'save' });
  });
});

describe('decideOffer: change-password forms', () => {
  const change = (currentPassword: string, newPassword: string, username: string | null = null) =>
    capture({ formClass: 'change-password', url: 'https://www.shop.test/account/password', username, currentPassword, newPassword });

  it('updates the entry whose password is the current one, among three on the site', () => {
    expect(decideOffer(change('Bob-Pass-1', 'Bob-Pass-2'), [alice, bob, carol], [], T0)).toMatchObject({ kind: 'update', candidates: ['b'], password: 'Bob-Pass-2', pending: true });
  });

  it('offers a picker when several entries have the current password', () => {
    expect(decideOffer(change('Shared-Pass-1', 'New-1'), [alice, carol, dave], [], T0)).toMatchObject({ kind: 'update', candidates: ['c', 'd'] });
  });

  it('narrows by a username typed on the change form', () => {
    expect(decideOffer(change('Shared-Pass-1', 'New-1', 'dave@mail.test'), [carol, dave], [], T0)).toMatchObject({ kind: 'update', candidates: ['d'] });
  });

  it('offers every entry on the site when none has the current password', () => {
    expect(decideOffer(change('Unknown-1', 'New-1'), [alice, bob], [], T0)).toMatchObject({ kind: 'update', candidates: ['a', 'b'], pending: true });
  });

  it('does nothing when the new password is already stored', () => {
    expect(decideOffer(change('Old-1', 'Alice-Pass-1'), [alice], [], T0)).toMatchObject({ kind: 'nothing' });
  });

  it('saves on a site with no entries', () => {
    expect(decideOffer(change('Old-1', 'New-1'), [], [], T0)).toMatchObject({ kind: 'save', noUsername: true, password: 'New-1' });
  });

  it('does nothing without a new password', () => {
    expect(decideOffer(capture({ formClass: 'change-password', currentPassword: 'Bob-Pass-1', newPassword: null }), [bob], [], T0)).toMatchObject({ kind: 'nothing' });
  });
});

describe('decideOffer: set-new-password (reset) pages', () => {
  const reset = (url = 'https://login.shop.test/reset?token=x', username: string | null = null) =>
    capture({ formClass: 'set-new-password', url, username, currentPassword: null, newPassword: 'Reset-Pass-9' });

  it('updates the entry named on the forgot step, with no picker', () => {
    expect(decideOffer(reset(), [alice, bob, carol], [forgot('bob@mail.test')], T0)).toMatchObject({ kind: 'update', candidates: ['b'], pending: true });
  });

  it('links a forgot step on a site in the same group (another domain)', () => {
    const ali = entry('x', 'buyer@mail.test', 'Ali-1', 'https://aliexpress.com');
    const other = entry('y', 'other@mail.test', 'Ali-2', 'https://aliexpress.com');
    const identities = [forgot('buyer@mail.test', 'https://login.aliexpress.com/forgot')];
    expect(decideOffer(reset('https://aliexpress.ru/reset'), [ali, other], identities, T0)).toMatchObject({ kind: 'update', candidates: ['x'] });
  });

  it('ignores a forgot step on another site', () => {
    expect(decideOffer(reset(), [alice, bob], [forgot('bob@mail.test', 'https://other.test/forgot')], T0)).toMatchObject({ kind: 'update', candidates: ['a', 'b'] });
  });

  it('ignores a forgot step older than a few hours', () => {
    expect(decideOffer(reset(), [alice, bob], [forgot('bob@mail.test', undefined, T0 - 4 * 3_600_000)], T0)).toMatchObject({ candidates: ['a', 'b'] });
  });

  it('uses the newest forgot step on the site', () => {
    const identities = [forgot('alice@mail.test', undefined, T0 - 60 * 60_000), forgot('bob@mail.test', undefined, T0 - 10 * 60_000)];
    expect(decideOffer(reset(), [alice, bob], identities, T0)).toMatchObject({ candidates: ['b'] });
  });

  it('saves the linked username when it has no entry yet', () => {
    expect(decideOffer(reset(), [alice], [forgot('new@mail.test')], T0)).toMatchObject({ kind: 'save', username: 'new@mail.test', noUsername: false });
  });

  it('saves without a username, flagged, with no link and no entries', () => {
    expect(decideOffer(reset(), [], [], T0)).toMatchObject({ kind: 'save', username: '', noUsername: true, password: 'Reset-Pass-9' });
  });

  it('prefers a username shown on the reset page itself', () => {
    expect(decideOffer(reset(undefined, 'alice@mail.test'), [alice, bob], [forgot('bob@mail.test')], T0)).toMatchObject({ candidates: ['a'] });
  });

  it('does nothing when the new password is already stored for that user', () => {
    expect(decideOffer({ ...reset(), newPassword: 'Bob-Pass-1' }, [alice, bob], [forgot('bob@mail.test')], T0)).toMatchObject({ kind: 'nothing' });
  });
});

describe('decideOffer: steps without passwords', () => {
  it.each(['forgot-password', 'verification-code'] as const)('%s offers nothing', (formClass) => {
    expect(decideOffer(capture({ formClass, currentPassword: null }), [alice], [], T0)).toMatchObject({ kind: 'nothing' });
  });
});
