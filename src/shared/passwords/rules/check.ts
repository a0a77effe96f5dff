// Runs anywhere. Which of a site's rules a password breaks, for the guide's live checks while the
// user types a new password (DESIGN.md, job 2) and for the generator's own final check.
// Lengths count code points, as a person counts characters.
import { inSet } from './charset';
import type { PasswordRules, Requirement } from './model';

export type Unmet =
  | { kind: 'min-length'; min: number; length: number }
  | { kind: 'max-length'; max: number; length: number }
  | { kind: 'required'; requirement: Requirement }
  | { kind: 'not-allowed'; chars: string[] }
  | { kind: 'max-consecutive'; max: number; run: string };

/** Every unmet rule, in the order a checklist shows them; empty when the password fits. */
export function checkPassword(password: string, rules: PasswordRules): Unmet[] {
  const chars = [...password];
  const unmet: Unmet[] = [];
  if (rules.minLength !== null && chars.length < rules.minLength) {
    unmet.push({ kind: 'min-length', min: rules.minLength, length: chars.length });
  }
  if (rules.maxLength !== null && chars.length > rules.maxLength) {
    unmet.push({ kind: 'max-length', max: rules.maxLength, length: chars.length });
  }
  for (const requirement of rules.required) {
    if (!chars.some((ch) => inSet(requirement.set, ch))) unmet.push({ kind: 'required', requirement });
  }
  const forbidden = [...new Set(chars.filter((ch) => !inSet(rules.allowed, ch)))];
  if (forbidden.length) unmet.push({ kind: 'not-allowed', chars: forbidden });
  const run = longestRun(chars);
  if (rules.maxConsecutive !== null && run.length > rules.maxConsecutive) {
    unmet.push({ kind: 'max-consecutive', max: rules.maxConsecutive, run });
  }
  return unmet;
}

// Apple's max-consecutive counts identical characters in a row ("aaa" is a run of 3).
function longestRun(chars: string[]): string {
  let best = '';
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i === chars.length || chars[i] !== chars[start]) {
      if (i - start > best.length) best = chars.slice(start, i).join('');
      start = i;
    }
  }
  return best;
}
