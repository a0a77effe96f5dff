// Sign-ins whose secret is a PIN: a bank's account number and PIN, a phone service's number and
// PIN. A PIN box is never a password to save, but the form is still the page's way in.
import { describe, expect, it } from 'vitest';
import { classifyForm } from '../../../src/detect/core/classify';
import { field, form } from './snapshot-builders';

const pin = field({ type: 'password', name: 'pin', label: 'PIN (five-digit)', maxLength: 5 });
const bank = (over: Parameters<typeof form>[1]) => form([
  field({ name: 'branch', label: 'Branch (three-digit)', maxLength: 3 }),
  field({ name: 'account', label: 'Account (seven-digit)', maxLength: 7 }),
  field({ name: 'subaccount', label: 'Sub-account (two-digit)', maxLength: 2 }), pin,
], over);

describe('an account number and a PIN', () => {
  it('is a sign-in when the form names itself one', () => {
    const r = classifyForm(bank({ buttons: ['Execute Login'], action: '/banking/login.do' }));
    expect(r.class).toBe('login');
    // The PIN keeps no password role: nothing offers to save or fill it as the account's password.
    expect(r.fields.some((f) => f.role === 'current-password' || f.role === 'new-password')).toBe(false);
  });

  it('is no sign-in in a payment form, nor where nothing names a sign-in', () => {
    expect(classifyForm(bank({ buttons: ['Pay now'], headings: ['Payment'] })).class).toBe('none');
    expect(classifyForm(bank({ buttons: ['Continue'] })).class).toBe('none');
    const card = form([field({ name: 'card', label: 'Card number' }), field({ type: 'password', name: 'cvc', maxLength: 4 })],
      { buttons: ['Log in and pay'], headings: ['Checkout'] });
    expect(classifyForm(card).class).toBe('none');
  });
});
