// Runs anywhere. Decides a form's class from its field roles, then wording. Structure decides
// whenever it can (Chrome and Firefox both trust field counts and autocomplete over text), and
// words only break ties between classes with the same shape (login vs sign-up with one password,
// forgot-password vs two-step login with one email field).
import { matches, normalize } from './keyword-match';
import { CLASS_WORDS, ROLE_WORDS } from './keywords';
import type { FormClass } from './model';
import type { FieldFacts } from './field-facts';
import type { WordScores } from './form-words';
import { CLASS_WEIGHTS, type ClassWeights } from './weights';

export interface ClassDecision {
  class: FormClass;
  confidence: number;
  reason: string;
}

const TERMS = /agree|terms|privacy|policy|accept|соглас|acepto|aceito|accepte|akzeptier|同意|条款|規約/;
const REMEMBER = /remember|stay signed|keep me|запомнить|recordar|lembrar|souvenir|angemeldet|记住|ログイン状態/;
// A person's birth date, by its words or as the day, month and year boxes it is asked in.
const BIRTH = /birth|(?<![a-z])dob(?![a-z])|geburt|naissance|nacimiento|nascimento|рожден|生日|生年月日|생년월일/;
const DATE_PARTS = [/^(day|dd)$/, /^(month|mm)$/, /^(year|yyyy)$/];

interface Shape {
  pw: FieldFacts[];
  ids: FieldFacts[];
  otp: FieldFacts[];
  other: FieldFacts[];
  checks: FieldFacts[];
  selects: number;
  /** The form holds a password field that is not shown yet. */
  hiddenPassword: boolean;
  /** A password box counted out as a PIN or a card's code is shown. */
  pinBox: boolean;
  /** Every field that counts, in order (for the rarer questions asked of them). */
  active: FieldFacts[];
}

/** A bank's sign-in asks for a branch, an account and a sub-account number beside the PIN. */
const MAX_PIN_LOGIN_IDS = 3;

/** An identifier, the code sent to it and perhaps a name: more is a sign-up or an order. */
const MAX_PASSWORDLESS_LOGIN_FIELDS = 3;

function has(pw: FieldFacts[], role: string): boolean {
  return pw.some((f) => f.role === role);
}

function checksText(checks: FieldFacts[]): string {
  return normalize(checks.map((c) => c.words).join(' '));
}

/** The field's own label asks for an email address or a user name, whichever the person has. */
function eitherIdentifier(f: FieldFacts): boolean {
  const said = normalize([f.field.label, f.field.placeholder, f.field.ariaLabel].join(' | '));
  return matches(ROLE_WORDS.email, said) && matches(ROLE_WORDS.username, said);
}

/** The field's own name or id, written by the page's developer, puts it in a sign-in ("login-email"). */
function namedSignIn(f: FieldFacts | undefined): boolean {
  return !!f && matches(CLASS_WORDS.login, normalize(`${f.field.name} | ${f.field.id}`));
}

function asksBirthDate(active: FieldFacts[]): boolean {
  const labels = active.map((f) => normalize(f.field.label).trim());
  return active.some((f) => BIRTH.test(f.words)) || DATE_PARTS.every((re) => labels.some((l) => re.test(l)));
}

function chosenName(s: Shape): boolean {
  return s.ids.some((f) => f.role === 'username') && s.ids.some((f) => f.role === 'email');
}

function withoutPassword(s: Shape, w: WordScores, k: ClassWeights): ClassDecision {
  if (s.otp.length > 0 && s.ids.length + s.other.length <= 1)
    return { class: 'verification-code', confidence: 0.85, reason: `${s.otp.length} one-time-code field(s) and no password` };
  const asked = s.ids.length + s.other.length;
  // Banks and phone services sign in with an account number and a PIN: a PIN box in a form that
  // names itself a sign-in, and nothing of an order or a payment, is that sign-in's secret. A
  // card's PIN or CVC sits in a checkout or a payment form instead.
  if (s.pinBox && asked > 0 && asked <= MAX_PIN_LOGIN_IDS && w.login >= 1.5 && w.login > w.signup && w.none === 0
    && w['forgot-password'] < w.login)
    return { class: 'login', confidence: 0.6, reason: 'account and PIN: sign-in' };
  // Recovery forms sometimes ask for a name or postcode beside the email: allow a few fields when
  // the form names itself a recovery form in its heading, button or id.
  if (s.ids.length > 0 && asked <= 4 && w['forgot-password'] >= 3.5 && w['forgot-password'] > w.login)
    return { class: 'forgot-password', confidence: 0.75, reason: 'identifiers in a form named as recovery' };
  // Passwordless sign-up (phone or email first, password later or never): only when the form
  // names itself a sign-up in a button, its heading or the page's title, and does not look like a
  // newsletter. A heading alone will do: a multi-step sign-up's first step is often headed "Create
  // account" above a "Next" button.
  if (s.ids.length > 0 && asked <= 8 && w.signup >= 2 && w.none === 0 && w.signup > w.login)
    return { class: 'signup', confidence: 0.55, reason: 'identifiers without password, worded sign-up' };
  // An identifier beside the person's birth date is an account being made (Twitter asks name,
  // phone and birth date before any password; a patient portal its number, email and birth date),
  // when the form says something of a sign-up and nothing of a sign-in, a recovery, a change or a
  // newsletter. A newsletter or an order wants no birth date; a profile's settings name a change.
  if (s.ids.length > 0 && w.signup > 0 && w.login + w.none + w['forgot-password'] + w['change-password'] === 0
    && asksBirthDate(s.active))
    return { class: 'signup', confidence: 0.5, reason: 'identifier and birth date: sign-up step' };
  // A user name to choose beside the email address, in a form that says nothing of passwords: an
  // account is being made. A newsletter or an order asks for the email alone, a sign-in for one
  // identifier, and a recovery form that asks for both talks about the password it recovers.
  if (chosenName(s) && w.none + w.password + w['forgot-password'] === 0 && w.login <= w.signup)
    return { class: 'signup', confidence: 0.5, reason: 'user name and email: sign-up step' };
  // Passwordless sign-in (an emailed or texted code, a magic link): the form names itself a
  // sign-in as strongly as a button saying "Log in" does, over an identifier and the boxes that go
  // with it (a name, the code), and says nothing of a sign-up, a recovery or a newsletter. One or
  // two boxes are the lone-identifier steps below.
  if (s.ids.length > 0 && asked > 2 && asked <= MAX_PASSWORDLESS_LOGIN_FIELDS && w.login >= k.button
    && w.login > w.signup + w['forgot-password'] && w.none === 0)
    return { class: 'login', confidence: 0.55, reason: 'identifiers without password, sign-in button' };
  // Nothing to type, in a form that both its own name and the page's title call a sign-up and
  // nothing else: a registration's first step (phpBB's "I agree to these terms", a choice of
  // account type), where the page is for making an account. A "Register" button on a sign-in or
  // a shop's page is not one: the page names a sign-in, or does not name a sign-up.
  if (asked === 0 && s.otp.length === 0 && w.signup >= k.attrs + k.page
    && w.login + w.none + w['forgot-password'] + w['change-password'] === 0)
    return { class: 'signup', confidence: 0.5, reason: 'no fields, named a sign-up: registration step' };
  if (s.ids.length === 0 || asked > 2) return { class: 'none', confidence: 0.7, reason: 'no password, not one identifier' };
  // One account field shown and a password field waiting hidden in the same form: the first step
  // of a sign-in that reveals the password next (Google, Microsoft, WeTransfer).
  if (s.ids.length === 1 && s.hiddenPassword && w.signup <= w.login && w['forgot-password'] < 1.5)
    return { class: 'login', confidence: 0.7, reason: 'identifier shown, password hidden: login step' };
  // autocomplete=username, or a "remember me" box beside one identifier (payment forms remember
  // card details too): the first step of a sign-in, never a recovery.
  if (s.ids.some((f) => f.field.autocomplete.includes('username')) || (s.ids.length === 1 && REMEMBER.test(checksText(s.checks))))
    return { class: 'login', confidence: 0.7, reason: 'lone identifier, username or remember-me: login step' };
  if (w['forgot-password'] >= 1.5 && w['forgot-password'] >= w.login)
    return { class: 'forgot-password', confidence: 0.8, reason: 'lone identifier worded as recovery' };
  if (s.ids.length === 1 && asked === 1 && namedSignIn(s.ids[0]) && w.none === 0 && w.signup <= w.login)
    return { class: 'login', confidence: 0.6, reason: 'lone identifier named for the sign-in: login step' };
  // A form that talks about passwords but asks for none is a recovery form ("passremind",
  // "Send me a new password") unless it names itself a sign-in step.
  if (w.password >= 1.5 && w.login < 2 && w.signup < 2)
    return { class: 'forgot-password', confidence: 0.6, reason: 'lone identifier, form about passwords' };
  // Newsletter boxes borrow sign-in verbs ("Anmelden" is both); their own noun decides.
  if (w.none >= 1.5 && w.none + 1 >= w.login) return { class: 'none', confidence: 0.7, reason: 'identifier worded as search/newsletter' };
  if (w.login >= 2 || s.ids.some((f) => f.field.autocomplete.includes('username')))
    return { class: 'login', confidence: 0.6, reason: 'lone identifier worded as sign-in: login step' };
  if (w['forgot-password'] >= 1) return { class: 'forgot-password', confidence: 0.55, reason: 'lone identifier, recovery wording nearby' };
  // "Email or username": only a sign-in takes either identifier. A newsletter asks for an email,
  // a people picker for a user, and a recovery form worded so was answered above.
  if (s.ids.length === 1 && s.ids.some(eitherIdentifier))
    return { class: 'login', confidence: 0.55, reason: 'email or user name alone: login step' };
  return { class: 'none', confidence: 0.6, reason: 'identifier without credential wording' };
}

function replacesPassword(f: FieldFacts | undefined): boolean {
  return !!f && matches(ROLE_WORDS['new-password'], f.words) && !matches(CLASS_WORDS.signup, f.words);
}

function newWithoutCurrent(s: Shape, w: WordScores): ClassDecision {
  const editableIds = s.ids.filter((f) => !f.field.readOnly && !f.field.disabled);
  // An account settings form shows the profile beside a new password, and names its action a
  // change ("Save changes", "Update password"); a sign-up form names itself a sign-up.
  const profile = editableIds.length > 0 || s.other.length > 0;
  if (profile && w['change-password'] >= 2 && w['change-password'] > w.signup)
    return { class: 'change-password', confidence: 0.6, reason: 'new password and profile, worded as a change' };
  if (profile)
    return { class: 'signup', confidence: 0.85, reason: 'new password next to identity or profile fields' };
  // Chrome treats new+confirm without current as a new-password form; only explicit "change"
  // wording (a logged-in settings page that skips the old password) makes it a change form.
  if (w['change-password'] >= 2 && w['change-password'] > w['forgot-password'] + w['set-new-password'])
    return { class: 'change-password', confidence: 0.6, reason: 'new password only, worded as a change' };
  if (w.signup >= 1 && w.signup > w['set-new-password'] + w['forgot-password'] + w['change-password'])
    return { class: 'signup', confidence: 0.6, reason: 'new password only, worded as sign-up' };
  // A lone "create password" box is a step of a multi-step sign-up (Microsoft, Google); a reset
  // page asks for the new password twice.
  // A box labelled a "new" password, not a created one, replaces a password the account has.
  if (s.pw.length === 1 && w['forgot-password'] + w['set-new-password'] < 2 && !replacesPassword(s.pw[0]))
    return { class: 'signup', confidence: 0.55, reason: 'one new password alone: a sign-up step' };
  return { class: 'set-new-password', confidence: 0.75, reason: 'new password without current or username' };
}

// One password next to identity fields: login or sign-up by evidence. A "new password" hint on a
// lone field is evidence, not proof: sites set autocomplete=new-password on login forms to stop
// autofill, and ids like "join_password" sit on shared templates.
function singlePassword(s: Shape, w: WordScores, k: ClassWeights): ClassDecision {
  const checks = checksText(s.checks);
  const first = s.pw[0];
  // A new account has no current password: a form that asks for it beside profile fields is an
  // account's settings, saved on proof of the password ("Current password, to save changes").
  if (first && s.other.length > 0 && !first.field.autocomplete.includes('new-password') && matches(ROLE_WORDS['current-password'], first.words))
    return { class: 'change-password', confidence: 0.55, reason: 'profile and current password: settings' };
  const hinted = first?.role === 'new-password' ? (first.field.autocomplete.includes('new-password') ? k.newDeclared : k.newWorded) : 0;
  let signup = hinted + Math.min(s.other.length, k.profileCap) * k.profile + (s.selects > 0 ? k.select : 0)
    + (TERMS.test(checks) ? k.terms : 0) + w.signup;
  let login = w.login + (REMEMBER.test(checks) ? k.remember : 0) + (w['forgot-password'] >= 0.5 ? k.forgotLink : 0);
  if (s.ids.length >= 2) signup += k.manyIds;
  if (s.ids.length === 1 && s.other.length === 0) login += k.loneId;
  if (signup > login) return { class: 'signup', confidence: 0.6, reason: `one password, sign-up ${signup} > sign-in ${login}` };
  return { class: 'login', confidence: s.ids.length > 0 ? 0.85 : 0.65, reason: `one password, sign-in ${login} >= sign-up ${signup}` };
}

export function decideClass(active: FieldFacts[], w: WordScores, all: readonly FieldFacts[] = active, k: ClassWeights = CLASS_WEIGHTS): ClassDecision {
  const pw = active.filter((f) => f.kind === 'password');
  const s: Shape = {
    pw, ids: active.filter((f) => f.kind === 'identity'), otp: active.filter((f) => f.kind === 'otp'),
    other: active.filter((f) => f.kind === 'text'), checks: active.filter((f) => f.kind === 'check'),
    selects: active.filter((f) => f.kind === 'select').length,
    hiddenPassword: all.some((f) => f.kind === 'password' && !f.field.visible),
    pinBox: all.some((f) => f.kind === 'ignored' && f.field.type === 'password' && f.field.visible),
    active,
  };
  if (pw.length === 0) return withoutPassword(s, w, k);
  const current = has(pw, 'current-password');
  const fresh = has(pw, 'new-password') || has(pw, 'confirm-password');
  if (current && fresh) {
    // Login and sign-up inside one <form> (ASP.NET pages wrap the whole page in one): an identity
    // field between the first password and the new ones starts a second form.
    const first = active.findIndex((f) => f.role === 'current-password');
    const firstNew = active.findIndex((f) => f.role === 'new-password' || f.role === 'confirm-password');
    // Sign-up is the larger part, unless the form's or page's wording names only the sign-in.
    if (first < firstNew && active.slice(first, firstNew).some((f) => f.kind === 'identity')) {
      return w.login > w.signup
        ? { class: 'login', confidence: 0.55, reason: 'sign-in and sign-up in one form, worded sign-in' }
        : { class: 'signup', confidence: 0.6, reason: 'sign-in and sign-up in one form: sign-up' };
    }
    return { class: 'change-password', confidence: 0.85, reason: 'current and new password fields' };
  }
  if (pw.length === 1 && s.ids.length > 0) return singlePassword(s, w, k);
  if (fresh) return newWithoutCurrent(s, w);
  // One password, or several each the current password of its own group (roles.ts): the same
  // sign-in or sign-up question, settled by the same evidence.
  return singlePassword(s, w, k);
}
