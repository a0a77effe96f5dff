// Small builders for keep tests: captures and entries on made-up shops.
import type { Capture } from '../../../src/keep/core/capture';
import type { SealedCapture } from '../../../src/keep/core/sealed-capture';
import { createEntry, type Entry } from '../../../src/vault/core/entry';
import { changePassword } from '../../../src/vault/core/password-change';

export const T0 = 1_700_000_000_000;

export function capture(over: Partial<Capture> = {}): Capture {
  return {
    id: 'c1',
    tabId: 1,
    url: 'https://www.shop.test/login',
    origin: 'https://www.shop.test',
    formKey: 'f1',
    formClass: 'login',
    username: 'shopper@mail.test',
    currentPassword: 'Old-Pass-1',
    newPassword: null,
    generated: false,
    at: T0,
    ...over,
  };
}

/** A capture as Keep stores it, its passwords sealed (none here: state tests read no password). */
export function stored(over: Partial<SealedCapture> = {}): SealedCapture {
  const { currentPassword: _current, newPassword: _next, ...rest } = capture();
  return { ...rest, secret: null, ...over };
}

export function entry(id: string, username: string, password: string, origin = 'https://www.shop.test'): Entry {
  return createEntry({ id, site: { origins: [origin], match: 'site' }, username, password }, T0 - 86_400_000);
}

/** An entry whose password was changed to `next` and not yet confirmed. */
export const pendingEntry = (id: string, username: string, previous: string, next: string): Entry =>
  changePassword(entry(id, username, previous), next, T0 - 60_000, { pending: true });
