// Runs anywhere. The shape of one language's keyword tables. Every table over a closed union is
// a total Record, so a language that forgets a class or a role is a compile error, not a silent
// miss (an empty list says "this language has no word for it" on purpose).
import type { FieldRole, FormClass } from '../model';

export type SignalWordKind = 'captcha' | 'success-message' | 'error-message';

export interface LanguageWords {
  /** Wording of each form class in headings, buttons, titles, action URLs and form id/class. */
  classes: Record<FormClass, readonly string[]>;
  /** Field-role words in name/id/label/placeholder/aria-label (after autocomplete and type). */
  roles: Record<FieldRole, readonly string[]>;
  /** A field is a password by wording even when typed "text" (show-password toggles flip it). */
  password: readonly string[];
  /** Password-typed fields that are not account credentials (card CVC, PINs, captcha answers). */
  notCredential: readonly string[];
  /** A person's name (first, last, full): never the account's username, whatever its id says. */
  personName: readonly string[];
  /** The bare noun "code": a short box worded so is where an SMS or email code goes... */
  code: readonly string[];
  /** ...unless its words name another kind of code (postal, promo, gift card). */
  otherCodes: readonly string[];
  /** Words that make a text field a search box. */
  search: readonly string[];
  signals: Record<SignalWordKind, readonly string[]>;
}
