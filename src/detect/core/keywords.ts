// Runs anywhere. The multilingual keyword tables the classifier uses: each language's lists
// (words/) merged per table, prepared by the build (keyword-sources.ts). Every table over a
// closed union is a total Record, so adding a class or role without keywords is a compile error.
// Lists are lowercase; see keyword-match.ts.
import { fromSources, type KeywordSources, type Keywords } from './keyword-match';
import { KEYWORD_TABLES as T } from './keyword-sources';
import type { FieldRole, FormClass, PageSignalKind } from './model';

function table<K extends string>(sources: Record<K, KeywordSources>): Record<K, Keywords> {
  return Object.fromEntries(Object.entries<KeywordSources>(sources).map(([k, s]) => [k, fromSources(s)])) as Record<K, Keywords>;
}

/** Wording of each form class in headings, buttons, titles, action URLs and form id/class. */
export const CLASS_WORDS: Record<FormClass, Keywords> = table(T.classes);

/** Field-role words in name/id/label/placeholder/aria-label (after autocomplete and type). */
export const ROLE_WORDS: Record<FieldRole, Keywords> = table(T.roles);

/** A field is a password by wording even when typed "text" (show-password toggles flip it). */
export const PASSWORD_WORDS = fromSources(T.password);

/** Password-typed fields that are not account credentials (card CVC, PINs, captcha answers). */
export const NOT_CREDENTIAL_WORDS = fromSources(T.notCredential);

/** A person's name field (first, last, full name): profile data, not an account identifier. */
export const PERSON_NAME_WORDS = fromSources(T.personName);

/** A short box worded "code" is a one-time code (field-facts.ts)... */
export const CODE_WORDS = fromSources(T.code);

/** ...unless it names another code: postal, promo, gift card. */
export const OTHER_CODE_WORDS = fromSources(T.otherCodes);

/** Words that make an identity field part of a form that is not a credential form at all. */
export const SEARCH_WORDS = fromSources(T.search);

/** Page signals found in link texts, messages and widget hints. */
export const SIGNAL_WORDS: Record<PageSignalKind, Keywords> = {
  'forgot-password-link': CLASS_WORDS['forgot-password'],
  'change-password-link': CLASS_WORDS['change-password'],
  captcha: fromSources(T.signals.captcha),
  'success-message': fromSources(T.signals['success-message']),
  'error-message': fromSources(T.signals['error-message']),
};
