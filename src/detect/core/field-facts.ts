// Runs anywhere. First pass over one field: what kind of thing it is, from the strongest signal
// available. Order of trust follows Chrome's form parser and Firefox's LoginManager: an explicit
// autocomplete token wins, then the input type, then words in name/id/label/placeholder.
import { matches, normalize } from './keyword-match';
import { CODE_WORDS, NOT_CREDENTIAL_WORDS, OTHER_CODE_WORDS, PASSWORD_WORDS, PERSON_NAME_WORDS, ROLE_WORDS, SEARCH_WORDS } from './keywords';
import type { FieldRole } from './model';
import type { FieldSnapshot } from './snapshot-types';

export type FieldKind = 'password' | 'identity' | 'otp' | 'text' | 'check' | 'select' | 'ignored';

export interface FieldFacts {
  index: number;
  field: FieldSnapshot;
  kind: FieldKind;
  /** Role for identity/otp fields, and the autocomplete-declared role of passwords. */
  role?: FieldRole;
  confidence: number;
  reason: string;
  /** Normalized descriptive text: name, id, label, placeholder, aria-label. */
  words: string;
}

// Developer-chosen names (name, id) are precise; human texts (label, placeholder, aria-label) are
// noisier: labels often carry error text such as "Please enter your username and password".
function strongWords(f: FieldSnapshot): string {
  return normalize(`${f.name} | ${f.id}`);
}

/** The last word of a name or id: the field itself; what comes before is its model or form. */
const lastWord = (s: string): string => normalize(s).split(/[^a-z0-9\u00c0-\uffff]+/).filter(Boolean).pop() ?? '';

// "user[password]" (Rails), "login.password", "customer_password" are passwords, not usernames.
function isPasswordName(name: string): boolean {
  const last = lastWord(name);
  return matches(PASSWORD_WORDS, last) && !matches(ROLE_WORDS.email, last) && !matches(ROLE_WORDS.username, last);
}

// What a name's own word calls a field that is no account identifier: an address, a date of birth,
// a company. Developers name fields in English whatever the page's language, so one list.
const OTHER_FIELD = new Set(['address', 'street', 'city', 'town', 'suburb', 'zip', 'zipcode', 'postcode', 'postal', 'fax',
  'company', 'country', 'state', 'province', 'county', 'region', 'birthday', 'birthdate', 'dob', 'day', 'month', 'year',
  'gender', 'age', 'website', 'url']);

/**
 * Whether a field's name or id ends in what it is, and that is not an account identifier:
 * "account_city", "loginPostcode" and "AccountForm1$tbxZip" carry their form's "account" or
 * "login", but are a city, a postcode and a zip code (as in isPasswordName, the last word is the
 * field itself). A phone number's field is the phone, whatever form it is in.
 */
function namedAsOtherField(f: FieldSnapshot): boolean {
  return [f.name, f.id].some((s) => {
    const own = lastWord(s);
    return OTHER_FIELD.has(own) || matches(ROLE_WORDS.phone, own);
  });
}

// Types a user never types a credential into; checkboxes are kept apart for "remember me" / terms.
const NON_TEXT = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'file', 'range', 'color']);
const CHECKS = new Set(['checkbox', 'radio']);

const AC_ROLE: Record<string, FieldRole> = {
  username: 'username', email: 'email', tel: 'phone', 'tel-national': 'phone', 'tel-local': 'phone',
  'current-password': 'current-password', 'new-password': 'new-password', 'one-time-code': 'one-time-code',
};

/** The reason given to a person's name field; the username fallback in roles.ts skips such fields. */
export const PERSON_NAME = 'a person\'s name';

export function describe(f: FieldSnapshot): string {
  return normalize([f.name, f.id, f.label, f.placeholder, f.ariaLabel].join(' | '));
}

function autocompleteRole(f: FieldSnapshot): FieldRole | undefined {
  for (const t of f.autocomplete) { const r = AC_ROLE[t]; if (r) return r; }
  return undefined;
}

/** A password box this short holds a PIN or a piece of one: account passwords are longer. */
const PIN_MAX_LENGTH = 4;

// SMS and email codes are 4 to 8 characters; a box sized for one and worded as "the code" (Amazon's
// name="code" maxlength=6) is where it goes, unless its words name another code (postal, promo).
const CODE_LENGTH = { min: 4, max: 8 };
const CODE_TYPES = new Set(['text', 'tel', 'number']);

function isShortCodeBox(f: FieldSnapshot, words: string): boolean {
  return CODE_TYPES.has(f.type) && f.maxLength >= CODE_LENGTH.min && f.maxLength <= CODE_LENGTH.max
    && matches(CODE_WORDS, words) && !matches(OTHER_CODE_WORDS, words);
}

export function fieldFacts(f: FieldSnapshot, index: number): FieldFacts {
  const words = describe(f);
  const base = { index, field: f, words };
  if (f.tag === 'select') return { ...base, kind: 'select', confidence: 1, reason: 'select' };
  if (f.tag === 'textarea') return { ...base, kind: 'text', confidence: 1, reason: 'textarea' };
  if (NON_TEXT.has(f.type)) return { ...base, kind: 'ignored', confidence: 1, reason: `type=${f.type}` };
  if (CHECKS.has(f.type)) return { ...base, kind: 'check', confidence: 1, reason: f.type };
  // Card fields and CVCs are often type=password; Bitwarden and Chrome both skip cc-* fields.
  if (f.autocomplete.some((t) => t.startsWith('cc-')) || (f.type === 'password' && matches(NOT_CREDENTIAL_WORDS, words)))
    return { ...base, kind: 'ignored', confidence: 0.9, reason: 'card/PIN/captcha field, not a credential' };
  const ac = autocompleteRole(f);
  if (ac === 'one-time-code') return { ...base, kind: 'otp', role: ac, confidence: 0.95, reason: 'autocomplete=one-time-code' };
  if (ac === 'current-password' || ac === 'new-password')
    return { ...base, kind: 'password', role: ac, confidence: 0.95, reason: `autocomplete=${ac}` };
  if (f.type === 'password') {
    // A password box that cannot hold more than a few characters is a PIN (bank card, parental
    // lock) or one piece of a split number (PIN digits, the parts of a social security number),
    // never an account password.
    if (f.maxLength > 0 && f.maxLength <= PIN_MAX_LENGTH)
      return { ...base, kind: 'ignored', confidence: 0.8, reason: 'too short for a password: a PIN' };
    return { ...base, kind: 'password', confidence: 0.9, reason: 'type=password' };
  }
  if (ac) return { ...base, kind: 'identity', role: ac, confidence: 0.95, reason: `autocomplete=${ac}` };
  // "q" and "s" are the conventional names of search boxes (Google, WordPress).
  if (f.type === 'search' || f.name === 'q' || f.name === 's' || matches(SEARCH_WORDS, words) || /captcha/.test(words))
    return { ...base, kind: 'ignored', confidence: 0.8, reason: 'search or captcha box' };
  // A password hint or reminder question is about the password, not the password (vBulletin's
  // "vb_login_password_hint" placeholder box).
  if (matches(PASSWORD_WORDS, words) && matches(NOT_CREDENTIAL_WORDS, words))
    return { ...base, kind: 'ignored', confidence: 0.8, reason: 'password hint or question, not a credential' };
  // Show-password toggles flip type to "text"; the words still say password. Names decide first,
  // then human texts, and identity words win over password words at the same level.
  const strong = strongWords(f);
  const idWords = (t: string) => matches(ROLE_WORDS.email, t) || matches(ROLE_WORDS.username, t);
  // A name carries its form's words too ("forgotPassword_form:username"): when the name does not
  // end in a password word and the person reads an account name, not a password, the label wins.
  const human = normalize(`${f.label} | ${f.placeholder} | ${f.ariaLabel}`);
  const readsAsId = idWords(human) && !matches(PASSWORD_WORDS, human);
  if (f.type === 'text' && matches(PASSWORD_WORDS, strong) && (isPasswordName(f.name) || (!idWords(strong) && !readsAsId)))
    return { ...base, kind: 'password', confidence: 0.7, reason: 'text field named as a password' };
  if (f.type === 'text' && !idWords(strong) && matches(PASSWORD_WORDS, words) && !idWords(words))
    return { ...base, kind: 'password', confidence: 0.6, reason: 'text field labelled as a password' };
  // "Código postal" says code too: a field whose own name is the postcode is not where a code goes.
  if (matches(ROLE_WORDS['one-time-code'], words) && f.type !== 'email' && !namedAsOtherField(f))
    return { ...base, kind: 'otp', role: 'one-time-code', confidence: 0.75, reason: 'worded as a one-time code' };
  if (f.type === 'email') return { ...base, kind: 'identity', role: 'email', confidence: 0.9, reason: 'type=email' };
  if (isShortCodeBox(f, words) && !idWords(words))
    return { ...base, kind: 'otp', role: 'one-time-code', confidence: 0.7, reason: `a ${f.maxLength}-character box worded as a code` };
  // Shops give card numbers, expiry dates, CVCs and postal codes type=tel for the phone's number
  // pad: a tel box is a phone unless its words name another number and not a phone.
  if (f.type === 'tel' && !matches(ROLE_WORDS.phone, words) && (matches(OTHER_CODE_WORDS, words) || matches(NOT_CREDENTIAL_WORDS, words)))
    return { ...base, kind: 'text', confidence: 0.7, reason: 'a card, code or address number, not a phone' };
  if (f.type === 'tel') return { ...base, kind: 'identity', role: 'phone', confidence: 0.85, reason: 'type=tel' };
  if (matches(ROLE_WORDS.email, words)) return { ...base, kind: 'identity', role: 'email', confidence: 0.75, reason: 'worded as email' };
  // Before the username words: ids such as "createUserFirstName" carry the form's "user".
  if (matches(PERSON_NAME_WORDS, words)) return { ...base, kind: 'text', confidence: 0.7, reason: PERSON_NAME };
  if (matches(ROLE_WORDS.username, words) && !namedAsOtherField(f)) return { ...base, kind: 'identity', role: 'username', confidence: 0.7, reason: 'worded as username' };
  if (matches(ROLE_WORDS.phone, words)) return { ...base, kind: 'identity', role: 'phone', confidence: 0.7, reason: 'worded as phone' };
  return { ...base, kind: 'text', confidence: 0.5, reason: 'plain text field' };
}
