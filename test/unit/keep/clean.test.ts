import { describe, expect, it } from 'vitest';
import type { CapturedValue, Submission } from '../../../src/keep/core/capture';
import { cleanSubmission } from '../../../src/keep/core/clean';
import { T0 } from './fixtures';

const facts = { id: 'c1', tabId: 4, url: 'https://shop.test/account', origin: 'https://shop.test', at: T0 };
const typed = (value: string): CapturedValue => ({ value, source: 'typed' });

function submission(over: Partial<Submission>): Submission {
  return { formKey: 'f', formClass: 'login', username: null, currentPassword: null, newPassword: null, confirmPassword: null, ...over };
}

describe('cleanSubmission', () => {
  it('keeps a login with the facts the background supplied', () => {
    const kept = cleanSubmission(submission({ username: typed(' Shopper@mail.test '), currentPassword: typed('Secret-42') }), facts);
    expect(kept).toEqual({ ...facts, formKey: 'f', formClass: 'login', username: 'Shopper@mail.test', currentPassword: 'Secret-42', newPassword: null, generated: false });
  });

  it('never keeps anything from a verification-code form', () => {
    expect(cleanSubmission(submission({ formClass: 'verification-code', username: typed('me@mail.test'), currentPassword: typed('482913') }), facts)).toBeNull();
  });

  it('keeps only the identity of a forgot-password step', () => {
    const kept = cleanSubmission(submission({ formClass: 'forgot-password', username: typed('me@mail.test'), currentPassword: typed('whatever') }), facts);
    expect(kept).toMatchObject({ formClass: 'forgot-password', username: 'me@mail.test', currentPassword: null, newPassword: null });
    expect(cleanSubmission(submission({ formClass: 'forgot-password' }), facts)).toBeNull();
  });

  it.each([
    ['a masked password', '••••••••'],
    ['asterisks', '********'],
    ['a one-time code in a password field', '482913'],
    ['a card number', '4111 1111 1111 1111'],
  ])('drops the whole submission for %s', (_name, value) => {
    expect(cleanSubmission(submission({ username: typed('me@mail.test'), currentPassword: typed(value) }), facts)).toBeNull();
  });

  it('drops a one-character password and keeps the username as step one', () => {
    expect(cleanSubmission(submission({ username: typed('me@mail.test'), currentPassword: typed('x') }), facts)).toBeNull();
    expect(cleanSubmission(submission({ username: typed('me@mail.test'), currentPassword: typed('') }), facts)).toMatchObject({ username: 'me@mail.test', currentPassword: null });
  });

  it('refuses new and confirm that differ', () => {
    const s = submission({ formClass: 'set-new-password', newPassword: typed('New-Pass-1'), confirmPassword: typed('New-Pass-2') });
    expect(cleanSubmission(s, facts)).toBeNull();
  });

  it('keeps new and confirm that agree, and notes a generated password', () => {
    const s = submission({ formClass: 'signup', username: typed('me@mail.test'), newPassword: { value: 'Gen-erated-9x', source: 'generated' }, confirmPassword: typed('Gen-erated-9x') });
    expect(cleanSubmission(s, facts)).toMatchObject({ newPassword: 'Gen-erated-9x', generated: true });
  });

  it('treats a new password equal to the current one as no change', () => {
    const s = submission({ formClass: 'change-password', currentPassword: typed('Same-Pass-1'), newPassword: typed('Same-Pass-1') });
    expect(cleanSubmission(s, facts)).toMatchObject({ currentPassword: 'Same-Pass-1', newPassword: null });
  });

  it('drops a submission with nothing left', () => {
    expect(cleanSubmission(submission({ username: typed('a') }), facts)).toBeNull();
  });
});
