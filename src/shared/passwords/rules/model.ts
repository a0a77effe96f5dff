// Runs anywhere. A parsed, canonical set of password rules, as Apple's parser canonicalises them:
// the largest minlength, the smallest maxlength and max-consecutive, and `allowed` as the union
// of every allowed and required class (printable ASCII when the rules name none).
import type { CharClass, CharSet } from './charset';

/** One `required:` property: at least one character from any of its classes. */
export interface Requirement {
  classes: CharClass[];
  set: CharSet;
}

export interface PasswordRules {
  required: Requirement[];
  allowed: CharSet;
  /** Most identical characters allowed in a row. */
  maxConsecutive: number | null;
  minLength: number | null;
  maxLength: number | null;
}
