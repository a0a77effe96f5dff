// Runs anywhere. The multilingual keyword tables the classifier uses: each language's lists
// (words/) merged per table. Every table over a closed union is a total Record, so adding a class
// or role without keywords is a compile error. Lists are lowercase; see keyword-match.ts.
import { compile, type Keywords } from './keyword-match';
import type { FieldRole, FormClass, PageSignalKind } from './model';
import { LANGUAGES } from './words';
import type { LanguageWords } from './words/types';

const merged = (pick: (l: LanguageWords) => readonly string[]): Keywords => compile(LANGUAGES.flatMap(pick));

function table<K extends string>(keys: readonly K[], pick: (l: LanguageWords, k: K) => readonly string[]): Record<K, Keywords> {
  return Object.fromEntries(keys.map((k) => [k, merged((l) => pick(l, k))])) as Record<K, Keywords>;
}

const CLASSES: readonly FormClass[] = ['login', 'signup', 'change-password', 'forgot-password', 'verification-code', 'set-new-password', 'none'];
const ROLES: readonly FieldRole[] = ['username', 'email', 'phone', 'current-password', 'new-password', 'confirm-password', 'one-time-code'];

/** Wording of each form class in headings, buttons, titles, action URLs and form id/class. */
export const CLASS_WORDS: Record<FormClass, Keywords> = table(CLASSES, (l, c) => l.classes[c]);

/** Field-role words in name/id/label/placeholder/aria-label (after autocomplete and type). */
export const ROLE_WORDS: Record<FieldRole, Keywords> = table(ROLES, (l, r) => l.roles[r]);

/** A field is a password by wording even when typed "text" (show-password toggles flip it). */
export const PASSWORD_WORDS = merged((l) => l.password);

/** Password-typed fields that are not account credentials (card CVC, PINs, captcha answers). */
export const NOT_CREDENTIAL_WORDS = merged((l) => l.notCredential);

/** A person's name field (first, last, full name): profile data, not an account identifier. */
export const PERSON_NAME_WORDS = merged((l) => l.personName);

/** A short box worded "code" is a one-time code (field-facts.ts)... */
export const CODE_WORDS = merged((l) => l.code);

/** ...unless it names another code: postal, promo, gift card. */
export const OTHER_CODE_WORDS = merged((l) => l.otherCodes);

/** Words that make an identity field part of a form that is not a credential form at all. */
export const SEARCH_WORDS = merged((l) => l.search);

/** Page signals found in link texts, messages and widget hints. */
export const SIGNAL_WORDS: Record<PageSignalKind, Keywords> = {
  'forgot-password-link': CLASS_WORDS['forgot-password'],
  'change-password-link': CLASS_WORDS['change-password'],
  captcha: merged((l) => l.signals.captcha),
  'success-message': merged((l) => l.signals['success-message']),
  'error-message': merged((l) => l.signals['error-message']),
};
