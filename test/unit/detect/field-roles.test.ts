// Field roles from autocomplete, type, words and structure, on plain snapshots (no DOM).
import { describe, expect, it } from 'vitest';
import { classifyForm } from '../../../src/detect/core/classify';
import type { FieldSnapshot, FormSnapshot } from '../../../src/detect/core/snapshot-types';

function field(over: Partial<FieldSnapshot>): FieldSnapshot {
  return {
    tag: 'input', type: 'text', name: '', id: '', autocomplete: [], placeholder: '', ariaLabel: '', label: '',
    className: '', maxLength: -1, minLength: -1, inputMode: '', pattern: '', valueLength: 0, visible: true,
    readOnly: false, disabled: false, ...over,
  };
}

function form(fields: FieldSnapshot[], over: Partial<FormSnapshot> = {}): FormSnapshot {
  return {
    key: 'f', host: 'document', isFormElement: true, visible: true, area: 0, order: 0, top: 0, id: '', name: '',
    className: '', action: '', fields, buttons: [], headings: [], links: [], text: '', truncated: false, ...over,
  };
}

function roles(f: FormSnapshot): (string | undefined)[] {
  const r = classifyForm(f);
  return f.fields.map((_, i) => r.fields.find((x) => x.index === i)?.role);
}

describe('field roles', () => {
  it.each([
    [[field({ type: 'email' }), field({ type: 'password' })], ['email', 'current-password']],
    [[field({ name: 'login' }), field({ type: 'password' })], ['username', 'current-password']],
    [[field({ type: 'password' }), field({ type: 'password' })], ['new-password', 'confirm-password']],
    [[field({ type: 'password' }), field({ type: 'password' }), field({ type: 'password' })], ['current-password', 'new-password', 'confirm-password']],
    [[field({ type: 'password', label: 'Старый пароль' }), field({ type: 'password', label: 'Новый пароль' })], ['current-password', 'new-password']],
    [[field({ type: 'password', autocomplete: ['new-password'] }), field({ type: 'password', autocomplete: ['new-password'] })], ['new-password', 'confirm-password']],
    [[field({ name: 'pwd', placeholder: 'Contraseña' })], ['current-password']],
    [[field({ autocomplete: ['one-time-code'] })], ['one-time-code']],
    [[field({ type: 'tel', placeholder: '手机号' })], ['phone']],
    [[field({ type: 'password', name: 'cvc', maxLength: 4 })], [undefined]],
    // A forum's sign-up asks for the login and the person's real name, both on its user model.
    [[field({ name: 'user[login]', placeholder: 'Username' }), field({ name: 'user[name]', placeholder: 'Real name' })], ['username', undefined]],
    [[field({ name: 'name', label: 'Correio electrónico' }), field({ type: 'password', name: 'pass' })], ['email', 'current-password']],
    // "Código" is a code in Portuguese, and so is a postcode: its name says which.
    [[field({ name: 'postcode', label: 'Código postal' })], [undefined]],
    [[field({ name: 'codigo', label: 'Código de verificação' })], ['one-time-code']],
  ])('%#: roles', (fields, expected) => {
    expect(roles(form(fields))).toEqual(expected);
  });

  it('takes number-pad boxes for a card, its expiry and CVC or a postal code for no phone, and a gift-card form for no recovery form', () => {
    // type=tel for the phone's number pad, as shops write their payment forms.
    const card = form([
      field({ type: 'tel', name: 'cardNumber', placeholder: 'Card number' }),
      field({ type: 'tel', name: 'exp', placeholder: 'MM / YY' }),
      field({ type: 'tel', name: 'cvc', placeholder: 'Security code' }),
      field({ type: 'tel', name: 'zip', label: 'ZIP code' }),
    ]);
    expect(roles(card)).toEqual([undefined, undefined, undefined, undefined]);
    expect(classifyForm(card).class).toBe('none');
    const giftCard = form([field({ type: 'tel', name: 'giftcard', placeholder: 'Gift card number' })], { buttons: ['Check balance'] });
    expect(classifyForm(giftCard).class).toBe('none');
    // Words that name a phone keep it one, whatever else they say.
    expect(roles(form([field({ type: 'tel', name: 'order_phone', label: 'Phone for order updates' })]))).toEqual(['phone']);
  });

  it('takes password boxes too short for a password for a PIN, not current + new + confirm', () => {
    const pinDigits = form(Array.from({ length: 4 }, () => field({ type: 'password', maxLength: 1 })));
    expect(roles(pinDigits)).toEqual([undefined, undefined, undefined, undefined]);
    expect(classifyForm(pinDigits).class).toBe('none');
    const ssnParts = form([field({ type: 'password', name: 'SSN_1', maxLength: 3 }), field({ type: 'password', name: 'SSN_2', maxLength: 2 }), field({ type: 'password', name: 'SSN_3', maxLength: 4 })]);
    expect(classifyForm(ssnParts).class).toBe('none');
  });

  it('two filled passwords with different values are current + new', () => {
    const f = form([field({ type: 'password', valueLength: 5 }), field({ type: 'password', valueLength: 7 })], { passwordsEqual: false });
    expect(roles(f)).toEqual(['current-password', 'new-password']);
    expect(classifyForm(f).class).toBe('change-password');
  });

  it('gives a lone password the role its form class implies', () => {
    const signup = classifyForm(form([field({ name: 'first_name' }), field({ name: 'last_name' }), field({ type: 'email' }), field({ type: 'password' })]));
    expect(signup.class).toBe('signup');
    expect(signup.fields.find((f) => f.index === 3)?.role).toBe('new-password');
    const login = classifyForm(form([field({ type: 'email' }), field({ type: 'password', autocomplete: ['new-password'] })], { buttons: ['Sign in'] }));
    expect(login.class).toBe('login');
    expect(login.fields.find((f) => f.index === 1)?.role).toBe('current-password');
  });

  it('takes a short box worded as a code for a one-time code, not a postal or promo code', () => {
    const code = form([field({ name: 'code', maxLength: 6 })], { headings: ['Verify it\'s you'] });
    expect(roles(code)).toEqual(['one-time-code']);
    expect(classifyForm(code).class).toBe('verification-code');
    expect(roles(form([field({ name: 'postal_code', maxLength: 6 })]))).toEqual([undefined]);
    expect(roles(form([field({ name: 'code', placeholder: 'Promo code', maxLength: 8 })]))).toEqual([undefined]);
    expect(roles(form([field({ name: 'code', maxLength: 20 })]))).toEqual([undefined]);
  });

  it('reads a name by its last word: user[password] is a password, not a username', () => {
    const f = form([field({ type: 'text', name: 'user[name]', placeholder: 'Full name' }), field({ type: 'email', name: 'user[email]' }),
      field({ type: 'text', name: 'user[password]', id: 'user_password' })], { buttons: ['Create new account'] });
    expect(roles(f)).toEqual([undefined, 'email', 'new-password']);
    expect(classifyForm(f).class).toBe('signup');
  });

  it('reads a name by its last word: account_city is a city and loginPostcode a postcode, not the username', () => {
    // A shop's registration form names its address fields after the account model, and a sign-in
    // box that asks for a postcode is named after the login form.
    const signup = form([
      field({ type: 'email', name: 'account_email' }), field({ name: 'account_street_address', label: 'Straße/Nr.' }),
      field({ name: 'account_city', label: 'Ort' }), field({ name: 'account_telephone', label: 'Telefon' }),
      field({ name: 'ctl00$Body$AccountForm1$tbxZip', label: 'ZIP' }), field({ name: 'account_username', label: 'Benutzername' }),
      field({ type: 'password', name: 'account_password' }), field({ type: 'password', name: 'account_password_confirmation' }),
    ], { buttons: ['Create account'] });
    expect(roles(signup)).toEqual(['email', undefined, undefined, 'phone', undefined, 'username', 'new-password', 'confirm-password']);
    const login = form([field({ name: 'loginEmail', type: 'email' }), field({ name: 'loginPostcode', id: 'loginPostcode' }), field({ type: 'password', name: 'loginPassword' })], { buttons: ['Sign in'] });
    expect(roles(login)).toEqual(['email', undefined, 'current-password']);
  });

  it('takes an email box that offers deals and news for a newsletter, not a sign-up', () => {
    const f = form([field({ type: 'email', placeholder: 'Enter your email' })], { buttons: ['Sign Up'], headings: ['Stay in the know'], text: 'Exclusive offers and news straight to your inbox' });
    expect(classifyForm(f).class).toBe('none');
  });

  // A sign-up built from a change-password template ("inputCurrentPassword"), or one that warns
  // "Don't reuse an old password", still asks for a new password and its confirmation; only the
  // page's own autocomplete=current-password keeps the first box current.
  it('takes the box a confirmation follows for a new password, whatever its id or placeholder says', () => {
    const confirm = field({ type: 'password', name: 'password_confirmation', label: 'Confirm' });
    const signup = (first: FieldSnapshot) => form([field({ type: 'email', name: 'email' }), first, confirm], { buttons: ['Sign up'] });
    expect(roles(signup(field({ type: 'password', id: 'inputCurrentPassword', label: 'Password' })))).toEqual(['email', 'new-password', 'confirm-password']);
    expect(roles(signup(field({ type: 'password', label: 'Password', placeholder: 'Don\'t reuse an old password' })))).toEqual(['email', 'new-password', 'confirm-password']);
    expect(classifyForm(signup(field({ type: 'password', id: 'inputCurrentPassword', label: 'Password' }))).class).toBe('signup');
    expect(roles(signup(field({ type: 'password', id: 'current', autocomplete: ['current-password'] })))).toEqual(['email', 'current-password', 'confirm-password']);
  });

  // Sites stamp autocomplete=new-password on every box of a sign-up to stop autofill, the captcha
  // and the SMS code included: beside real password inputs that carry it too, the token says
  // nothing of a text box, and only its own words could make it a password.
  it('takes no text box for a password by a token stamped on the real password inputs too', () => {
    const ac = ['new-password'];
    const f = form([
      field({ type: 'tel', name: 'mobile' }), field({ name: 'captcha', autocomplete: ac, maxLength: 7 }), field({ name: 'smscode', autocomplete: ac }),
      field({ type: 'password', name: 'password', autocomplete: ac }), field({ type: 'password', name: 'rePassword', autocomplete: ac }),
    ], { buttons: ['Register'] });
    expect(roles(f)).toEqual(['phone', undefined, undefined, 'new-password', 'confirm-password']);
    expect(classifyForm(f).class).toBe('signup');
    // A show-password toggle's text box named a password keeps its role.
    const toggled = form([field({ type: 'email', name: 'email' }), field({ name: 'password', autocomplete: ac }), field({ type: 'password', name: 'confirm', autocomplete: ac })]);
    expect(roles(toggled)).toEqual(['email', 'new-password', 'confirm-password']);
  });

  it('ignores hidden fields when visible ones exist', () => {
    const f = form([field({ type: 'password', visible: false }), field({ type: 'email' }), field({ type: 'password' })]);
    expect(classifyForm(f).class).toBe('login');
  });

  it('records a reason for every decision', () => {
    expect(classifyForm(form([field({ type: 'password' })])).reasons.length).toBeGreaterThan(0);
  });
});
