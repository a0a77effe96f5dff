// Runs anywhere. A password generator that always satisfies the given rules or says it cannot:
// one character from each required set, the rest from the allowed set, shuffled, then verified
// with checkPassword and redrawn if a rule (max-consecutive) is broken. Never returns a password
// its own checker would reject.
import { charSetOf, type CharClass, type NamedClass } from './charset';
import { checkPassword } from './check';
import type { PasswordRules } from './model';
import { cryptoRandom, pick, type RandomSource, shuffle } from './random';
import { type Result, err, ok } from '../../result';

export interface GenerateOptions {
  /** Wanted length; clamped into the rules' and the field's limits. Default 20. */
  length?: number;
  /** The form field's maxlength attribute: sites often enforce it silently by truncating. */
  fieldMaxLength?: number;
  random?: RandomSource;
}

export interface GenerateError {
  code: 'unsatisfiable';
  detail: string;
}

const DEFAULT_LENGTH = 20;
const HARD_MAX_LENGTH = 128;
// With the strictest rules in Apple's data a draw succeeds far more often than 1 in 10; 1,000
// failed draws means the rules cannot be met, not bad luck.
const MAX_ATTEMPTS = 1000;

const isAscii = (ch: string) => ch >= '!' && ch <= '~';

// Prefer printable ASCII without space: spaces get trimmed by forms and non-ASCII characters are
// hard to type on another keyboard. Fall back to the rest only when a rule leaves nothing else.
function generationPool(chars: string): string[] {
  const all = [...chars];
  const preferred = all.filter(isAscii);
  return preferred.length ? preferred : all;
}

export function generatePassword(rules: PasswordRules, options: GenerateOptions = {}): Result<string, GenerateError> {
  const random = options.random ?? cryptoRandom();
  const field = options.fieldMaxLength && options.fieldMaxLength > 0 ? options.fieldMaxLength : HARD_MAX_LENGTH;
  const max = Math.min(rules.maxLength ?? HARD_MAX_LENGTH, field, HARD_MAX_LENGTH);
  const min = Math.max(rules.minLength ?? 1, rules.required.length, 1);
  if (min > max) return err({ code: 'unsatisfiable', detail: `needs ${min} characters but at most ${max} fit` });
  const length = Math.min(Math.max(options.length ?? DEFAULT_LENGTH, min), max);

  const allowed = generationPool(rules.allowed.chars);
  const requiredPools = rules.required.map((r) => generationPool([...r.set.chars].filter((ch) => rules.allowed.anyUnicode || rules.allowed.chars.includes(ch)).join('')));
  if (!allowed.length || requiredPools.some((p) => !p.length)) {
    return err({ code: 'unsatisfiable', detail: 'a required class has no allowed character' });
  }
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const chars = requiredPools.map((p) => pick(p, random));
    while (chars.length < length) chars.push(pick(allowed, random));
    const password = shuffle(chars, random).join('');
    if (checkPassword(password, rules).length === 0) return ok(password);
  }
  return err({ code: 'unsatisfiable', detail: `no password met the rules in ${MAX_ATTEMPTS} draws` });
}

export type GeneratorClass = Extract<NamedClass, 'upper' | 'lower' | 'digit' | 'special'>;

/** Rules for the popup's own generator options: at least one of each chosen class. */
export function rulesFromClasses(classes: readonly GeneratorClass[]): PasswordRules {
  const chosen: readonly GeneratorClass[] = classes.length ? classes : ['upper', 'lower', 'digit'];
  const named = chosen.map((name): CharClass => ({ kind: 'named', name }));
  return {
    required: named.map((c) => ({ classes: [c], set: charSetOf([c]) })),
    allowed: charSetOf(named),
    maxConsecutive: null,
    minLength: null,
    maxLength: null,
  };
}
