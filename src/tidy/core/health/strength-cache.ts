// Runs anywhere. Which passwords zxcvbn-ts calls weak (score <= 2) and which are on the list of
// passwords attackers try first (exposed offline: common-passwords.ts), for thousands of entries:
// one verdict per distinct password (a reused password is checked once), a free weak answer where
// the length alone decides, and checking in time slices so the background keeps answering other
// messages while a large vault is checked (a score costs about a millisecond; see strength.ts).
// Holds passwords: the background keeps it only while the vault is unlocked.

/** What the cache needs once zxcvbn-ts and its data are loaded (tidy/background/scorer.ts). */
export interface PasswordChecks {
  score(password: string): number;
  isCommon(password: string): boolean;
}

export interface Verdict {
  weak: boolean;
  /** On the common-passwords list: in a breach, and among the first guesses of any attacker. */
  common: boolean;
}

/** zxcvbn's scale: 0..2 are "too guessable" for an account worth keeping. */
export const WEAK_AT_MOST = 2;

/**
 * zxcvbn estimates at most 10^n + 1 guesses for an n-character password (brute force over the
 * whole string, its fallback), and score 3 needs at least 10^8 + 5: so 7 characters or fewer is
 * score <= 2 whatever they are, and no scorer call is needed.
 */
export const alwaysWeak = (password: string): boolean => password.length <= 7;

export interface StrengthCache {
  /** true: weak; false: not weak; undefined: not scored yet. */
  weak(password: string): boolean | undefined;
  /** true: on the common list; false: not; undefined: not checked yet. */
  common(password: string): boolean | undefined;
  /** Checks unchecked passwords until `deadline` (by `clock`); answers how many are still unchecked. */
  fill(passwords: Iterable<string>, deadline: number, clock: () => number): number;
  size(): number;
  /** Takes a verdict made earlier (verdicts.ts), without checking. */
  seed(password: string, verdict: Verdict): void;
  /** Every verdict made so far, for storing. */
  verdicts(): Iterable<readonly [string, Verdict]>;
}

export function createStrengthCache(checks: PasswordChecks): StrengthCache {
  const known = new Map<string, Verdict>();
  return {
    weak: (password) => (alwaysWeak(password) ? true : known.get(password)?.weak),
    common: (password) => known.get(password)?.common,
    fill(passwords, deadline, clock) {
      let left = 0;
      for (const password of passwords) {
        if (known.has(password)) continue;
        // Check the clock before each password, so one slice overruns by at most one score.
        if (left > 0 || clock() >= deadline) {
          left++;
          continue;
        }
        known.set(password, { weak: alwaysWeak(password) || checks.score(password) <= WEAK_AT_MOST, common: checks.isCommon(password) });
      }
      return left;
    },
    size: () => known.size,
    seed: (password, verdict) => void known.set(password, verdict),
    verdicts: () => known.entries(),
  };
}
