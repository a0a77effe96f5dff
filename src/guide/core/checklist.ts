// Runs anywhere. The guide's live checklist on the new-password step: one line per site rule
// (length, each required class, characters allowed, repeats) plus "both fields match", each
// met or not for what the user has typed so far. An empty field meets nothing yet.
import { checkPassword } from '../../shared/passwords/rules/check';
import type { PasswordRules } from '../../shared/passwords/rules/model';
import type { CharClass } from '../../shared/passwords/rules/charset';

export type CheckItem =
  | { kind: 'min-length'; min: number; met: boolean }
  | { kind: 'max-length'; max: number; met: boolean }
  | { kind: 'required'; classes: CharClass[]; met: boolean }
  | { kind: 'allowed'; forbidden: string[]; met: boolean }
  | { kind: 'max-consecutive'; max: number; met: boolean }
  | { kind: 'confirm'; met: boolean };

export function ruleChecklist(password: string, confirm: string, rules: PasswordRules | null): CheckItem[] {
  const typed = password !== '';
  const items: CheckItem[] = [];
  if (rules) {
    const unmet = checkPassword(password, rules);
    const fails = (kind: string) => unmet.some((u) => u.kind === kind);
    if (rules.minLength !== null) items.push({ kind: 'min-length', min: rules.minLength, met: typed && !fails('min-length') });
    if (rules.maxLength !== null) items.push({ kind: 'max-length', max: rules.maxLength, met: typed && !fails('max-length') });
    for (const requirement of rules.required) {
      const missing = unmet.some((u) => u.kind === 'required' && u.requirement === requirement);
      items.push({ kind: 'required', classes: requirement.classes, met: typed && !missing });
    }
    const notAllowed = unmet.find((u) => u.kind === 'not-allowed');
    items.push({ kind: 'allowed', forbidden: notAllowed?.kind === 'not-allowed' ? notAllowed.chars : [], met: typed && !notAllowed });
    if (rules.maxConsecutive !== null) items.push({ kind: 'max-consecutive', max: rules.maxConsecutive, met: typed && !fails('max-consecutive') });
  }
  items.push({ kind: 'confirm', met: typed && confirm === password });
  return items;
}

/** Every rule met (the confirmation aside: the panel's own field may be left empty). */
export const fitsRules = (items: readonly CheckItem[]): boolean => items.every((i) => i.kind === 'confirm' || i.met);
