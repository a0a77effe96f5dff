// Form classes from structure and wording, on small synthetic snapshots.
import { describe, expect, it } from 'vitest';
import { classifyForm } from '../../../src/detect/core/classify';
import type { FormSnapshot } from '../../../src/detect/core/snapshot-types';
import { field, form } from './snapshot-builders';

const rolesOf = (f: FormSnapshot) => {
  const r = classifyForm(f);
  return f.fields.map((_, i) => r.fields.find((x) => x.index === i)?.role);
};

describe('one <form> around several sign-ins', () => {
  // A header sign-in and the page's own, both inside the page-wide <form> of an ASP.NET site.
  const twoLogins = form([
    field({ name: 'Header$UserName' }), field({ type: 'password', name: 'Header$Password' }),
    field({ name: 'Main$UserName' }), field({ type: 'password', name: 'Main$Password' }),
    field({ type: 'email', name: 'newsletter' }),
  ], { buttons: ['Search', 'Log in'] });

  it('is a login whose passwords are each a current password, not new + confirm', () => {
    expect(classifyForm(twoLogins).class).toBe('login');
    expect(rolesOf(twoLogins)).toEqual(['username', 'current-password', 'username', 'current-password', 'email']);
  });

  it('still answers to sign-up evidence when the groups are sign-up steps', () => {
    const steps = form([
      field({ type: 'email', name: 'determine_email' }), field({ type: 'password', name: 'password_hidden' }),
      field({ type: 'email', name: 'user[email]' }), field({ type: 'password', name: 'user[password]' }),
      field({ name: 'first_name' }),
    ], { id: 'signup_form', action: '/account/register', buttons: ['Create account'] });
    expect(classifyForm(steps).class).toBe('signup');
  });

  // A sign-in beside a sign-up in one page-wide <form>: the sign-in's password comes before the
  // sign-up's new password, so it cannot be that password's confirmation.
  const loginThenSignup = (over: Parameters<typeof form>[1] = {}) => form([
    field({ name: 'Login$Username' }), field({ type: 'password', name: 'Login$Password' }),
    field({ name: 'NewUser$Username' }), field({ type: 'email', name: 'NewUser$Email' }),
    field({ type: 'password', name: 'NewUser$Password', label: 'Password' }), field({ type: 'password', name: 'NewUser$PasswordConfirm', label: 'Confirm password' }),
  ], over);

  it('takes a password before the new one for a current password, not a confirmation', () => {
    expect(rolesOf(loginThenSignup())).toEqual(['username', 'current-password', 'username', 'email', 'new-password', 'confirm-password']);
  });

  it('calls a sign-in beside a sign-up in one form a sign-up, unless only the sign-in is named', () => {
    expect(classifyForm(loginThenSignup()).class).toBe('signup');
    expect(classifyForm(loginThenSignup({ headings: ['Sign in'] })).class).toBe('login');
    expect(classifyForm(loginThenSignup({ headings: ['Sign in', 'Create an account'] })).class).toBe('signup');
  });

  it('keeps new + confirm when the second password has no identity field of its own', () => {
    const signup = form([field({ type: 'email' }), field({ type: 'password' }), field({ type: 'password' })]);
    expect(rolesOf(signup)).toEqual(['email', 'new-password', 'confirm-password']);
  });
});

describe('a new password beside profile fields', () => {
  const fields = () => [field({ name: 'name' }), field({ type: 'email' }), field({ type: 'password', label: 'New password' }), field({ type: 'password', label: 'Confirm new password' })];

  it('is an account settings change when the form names its action a change', () => {
    expect(classifyForm(form(fields(), { buttons: ['Save changes'], headings: ['Account details'] })).class).toBe('change-password');
    expect(classifyForm(form(fields(), { buttons: ['Сохранить изменения'] })).class).toBe('change-password');
  });

  it('is an account settings change when the form is headed as the account\'s settings', () => {
    expect(classifyForm(form(fields(), { headings: ['Edit Account & Settings'] })).class).toBe('change-password');
  });

  it('is a sign-up otherwise, or when it names itself one', () => {
    expect(classifyForm(form(fields())).class).toBe('signup');
    expect(classifyForm(form(fields(), { buttons: ['Create account'], headings: ['Update your password later in settings'] })).class).toBe('signup');
  });
});

describe('profile fields beside one password', () => {
  const profile = (pw: Parameters<typeof field>[0]) => form([
    field({ name: 'firstname', label: 'First name' }), field({ name: 'lastname', label: 'Last name' }), field({ type: 'tel', name: 'phone' }),
    field({ type: 'password', ...pw }),
  ], { buttons: ['Save'] });

  // A new account has no current password to give.
  it('is an account\'s settings when the password asked for is the current one', () => {
    const settings = profile({ name: 'currentPassword', label: 'Current password, to save your changes' });
    expect(classifyForm(settings).class).toBe('change-password');
    expect(rolesOf(settings)[3]).toBe('current-password');
  });

  it('is a sign-up when the password is a new one, whatever its label borrows', () => {
    expect(classifyForm(profile({ name: 'password', autocomplete: ['new-password'], label: 'I want to use my current email address' })).class).toBe('signup');
    expect(classifyForm(profile({ name: 'password' })).class).toBe('signup');
  });
});

describe('a new password alone', () => {
  it('is a sign-up step when the box asks to create a password', () => {
    const f = form([field({ type: 'password', autocomplete: ['new-password'], label: 'Create a password' })], { buttons: ['Next'] });
    expect(classifyForm(f).class).toBe('signup');
  });

  it('replaces the account\'s password when the box asks for a new one', () => {
    const f = form([field({ type: 'password', name: 'password', label: 'New password' })], { buttons: ['Save password'] });
    expect(classifyForm(f).class).toBe('set-new-password');
  });
});

describe('sign-in wording', () => {
  it('reads a bank\'s "sign on" as signing in', () => {
    const f = form([field({ name: 'card_number', label: 'Card number' }), field({ type: 'password' })], {
      buttons: ['Register for online banking', 'Sign on to online banking'], headings: ['Sign on to online banking'],
    });
    expect(classifyForm(f).class).toBe('login');
  });
});

describe('identity fields without a password', () => {
  const emailAndZip = (over: Parameters<typeof form>[1]) => form([field({ name: 'email' }), field({ name: 'zip' })], over);

  it('is a passwordless sign-up when the form names itself one', () => {
    expect(classifyForm(emailAndZip({ buttons: ['Join!'], headings: ['Create your account'] })).class).toBe('signup');
  });

  it('is a sign-up\'s first step when only its heading names a sign-up, above a "Next" button', () => {
    const email = (headings: string[]) => form([field({ name: 'MemberName', placeholder: 'New email' })], { headings, buttons: ['Next'] });
    expect(classifyForm(email(['Create account'])).class).toBe('signup');
    expect(classifyForm(email([])).class).toBe('none');
    expect(classifyForm(email(['Subscribe to our newsletter'])).class).toBe('none');
  });

  // "Join" and "Sign up" are newsletter verbs too; the list they join is what the form is for.
  it('is a newsletter box when it joins a mailing list or an e-mail sign-up', () => {
    expect(classifyForm(emailAndZip({ buttons: ['Join!'], headings: ['Join the mailing list'] })).class).toBe('none');
    expect(classifyForm(emailAndZip({ buttons: ['Sign up'], headings: ['E-Mail Sign-Up'] })).class).toBe('none');
    // An e-mail registration registers the address for mail, not an account.
    const emailTwice = form([field({ type: 'email', label: 'Enter email' }), field({ type: 'email', label: 'Confirm email' })],
      { id: 'EmailRegistrationForm', buttons: ['JOIN'] });
    expect(classifyForm(emailTwice).class).toBe('none');
  });

  // "Remember me" marks a sign-in's first step only where one identifier is asked: a payment form
  // remembers card details too, and its expiry and CVC boxes are typed tel.
  it('takes a remember-me box for a sign-in step only beside a single identifier', () => {
    const remember = field({ type: 'checkbox', name: 'remember', label: 'Remember my details for future purchases' });
    expect(classifyForm(form([field({ type: 'email', name: 'email' }), remember])).class).toBe('login');
    const payment = form([
      field({ type: 'tel', name: 'cardNumber', autocomplete: ['cc-number'] }), field({ type: 'tel', name: 'expiryDate', label: 'Expiry date' }),
      field({ type: 'tel', name: 'cvv', label: 'CVV' }), remember,
    ], { buttons: ['Donate'] });
    expect(classifyForm(payment).class).toBe('none');
  });

  // A sign-in takes whichever identifier the person has; a newsletter wants an email, a people
  // picker a user, and neither offers the choice.
  it('is the first step of a sign-in when its one box takes an email or a user name', () => {
    const lone = (label: string) => form([field({ name: 'subject', label })], { buttons: ['Next'] });
    expect(classifyForm(lone('E-Mail / Username')).class).toBe('login');
    expect(classifyForm(lone('Email address')).class).toBe('none');
    expect(classifyForm(lone('Type or choose a user')).class).toBe('none');
  });

  // A sign-in by a code sent to the email asks for the email, a name and the code, and no password.
  it('is a passwordless sign-in when its button says sign in over an identifier and a code box', () => {
    const boxes = [field({ name: 'Mail' }), field({ name: 'i_num', maxLength: 6 }), field({ name: 'Name' })];
    expect(classifyForm(form(boxes, { buttons: ['Send code', 'Log in'] })).class).toBe('login');
    expect(classifyForm(form(boxes, { buttons: ['Send'] })).class).toBe('none');
    expect(classifyForm(form(boxes, { buttons: ['Log in'], headings: ['Newsletter'] })).class).toBe('none');
    // A fourth box is an order or a contact form with a sign-in link, not a sign-in.
    expect(classifyForm(form([...boxes, field({ name: 'phone' })], { buttons: ['Log in'] })).class).toBe('none');
  });

  // An email-first sign-in ("Email", "Continue") says nothing of itself in its words; its
  // developer named the box for the sign-in. A newsletter's box is named for the newsletter.
  it('is the first step of a sign-in when the box\'s own name or id puts it in a sign-in', () => {
    const email = (name: string, id: string) => form([field({ type: 'email', name, id, label: 'Email' })], { buttons: ['Continue'] });
    expect(classifyForm(email('user[email]', 'email-login-email')).class).toBe('login');
    expect(classifyForm(email('loginEmail', '')).class).toBe('login');
    expect(classifyForm(email('user[email]', 'email')).class).toBe('none');
    expect(classifyForm(email('newsletter-email', 'nl-email')).class).toBe('none');
    // A newsletter under a sign-in's header keeps its own noun.
    expect(classifyForm(form([field({ type: 'email', name: 'login_email' })], { headings: ['Subscribe to our newsletter'] })).class).toBe('none');
  });
});

describe('a form with nothing to type', () => {
  // phpBB's registration opens on its terms: two submit buttons in a form the forum names for
  // the sign-up, on a page titled for it.
  const agreement = form([field({ type: 'submit', name: 'agreed' }), field({ type: 'submit', name: 'not_agreed' })],
    { id: 'agreement', action: './ucp.php?mode=register&sid=1' });

  it('is a registration step when its own name and the page\'s title call it a sign-up', () => {
    expect(classifyForm(agreement, { title: 'Forum • User Control Panel • Register', headings: [] }).class).toBe('signup');
  });

  it('is none when the page does not name a sign-up, or names a sign-in too', () => {
    expect(classifyForm(agreement, { title: 'Forum • Index', headings: [] }).class).toBe('none');
    // A "Register" button beside a sign-in: the page is for signing in.
    expect(classifyForm(agreement, { title: 'Log in or register', headings: [] }).class).toBe('none');
  });
});

describe('an identifier beside a birth date, without a password', () => {
  // Twitter's first step: a name, a phone and the day, month and year of birth, above "Next".
  const dateParts = ['Month', 'Day', 'Year'].map((label) => field({ tag: 'select', type: 'select', label }));
  const nameAndPhone = [field({ name: 'name', label: 'Name' }), field({ type: 'tel', name: 'phone_number', label: 'Phone' })];

  it('is a sign-up step when the form says something of a sign-up', () => {
    expect(classifyForm(form([...nameAndPhone, ...dateParts], { buttons: ['Next'], text: 'Create your account' })).class).toBe('signup');
    const patient = form([field({ type: 'email', name: 'Email' }), field({ name: 'FirstName' }),
      field({ tag: 'select', type: 'select', name: 'birth[month]' }), field({ tag: 'select', type: 'select', name: 'birth[year]' })],
    { id: 'Register_FormStep1' });
    expect(classifyForm(patient).class).toBe('signup');
  });

  it('is not one without sign-up words, or beside sign-in or newsletter words', () => {
    expect(classifyForm(form([...nameAndPhone, ...dateParts], { buttons: ['Next'] })).class).toBe('none');
    const dob = field({ name: 'dob', label: 'Date of birth' });
    // A bank's sign-in asks the account's number and its holder's birth date.
    expect(classifyForm(form([field({ type: 'email' }), dob], { buttons: ['Log in'], text: 'Register' })).class).not.toBe('signup');
    expect(classifyForm(form([field({ type: 'email' }), dob], { buttons: ['Subscribe'], text: 'Sign up for birthday offers' })).class).toBe('none');
  });
});

describe('a user name beside an email, without a password', () => {
  const nameAndEmail = (over: Parameters<typeof form>[1]) => form([field({ name: 'user_email', label: 'Email' }), field({ name: 'user_name', label: 'Username' })], over);

  it('is a sign-up step: a newsletter asks for the email alone, a sign-in for one identifier', () => {
    expect(classifyForm(nameAndEmail({ buttons: ['Next'] })).class).toBe('signup');
  });

  it('is not one when the form recovers a password or joins a newsletter', () => {
    expect(classifyForm(nameAndEmail({ buttons: ['Send password'], headings: ['I forgot my password'] })).class).not.toBe('signup');
    expect(classifyForm(nameAndEmail({ buttons: ['Subscribe'] })).class).toBe('none');
  });
});

describe('a form whose fields wait hidden', () => {
  // A sign-up modal's markup: every field hidden until it opens, but its consent box rendered.
  const modal = form([
    field({ name: 'first_name', placeholder: 'First Name', visible: false }), field({ name: 'email', placeholder: 'Email', visible: false }),
    field({ type: 'password', name: 'password', visible: false }), field({ type: 'checkbox', name: 'gdpr-tnc' }),
  ], { id: 'modal-signup-form', buttons: ['Start Now'] });

  it('is judged on its hidden fields when only a checkbox shows', () => {
    expect(classifyForm(modal).class).toBe('signup');
    expect(rolesOf(modal)).toEqual([undefined, 'email', 'new-password', undefined]);
  });
});
