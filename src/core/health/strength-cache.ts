// Runs anywhere. Which passwords zxcvbn-ts calls weak (score <= 2), for thousands of entries:
// one score per distinct password (a reused password is scored once), a free answer where the
// length alone decides, and scoring in time slices so the background keeps answering other
// messages while a large vault is checked (a score costs about a millisecond; see strength.ts).
// Holds passwords: the background keeps it only while the vault is unlocked.

export type Scorer = (password: string) => number;

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
  /** Scores unscored passwords until `deadline` (by `clock`); answers how many are still unscored. */
  fill(passwords: Iterable<string>, deadline: number, clock: () => number): number;
  size(): number;
  /** Takes a verdict made earlier (verdicts.ts), without scoring. */
  seed(password: string, weak: boolean): void;
  /** Every verdict made so far, for storing. */
  verdicts(): Iterable<readonly [string, boolean]>;
}

export function createStrengthCache(scorer: Scorer): StrengthCache {
  const known = new Map<string, boolean>();
  const weak = (password: string) => (alwaysWeak(password) ? true : known.get(password));
  return {
    weak,
    fill(passwords, deadline, clock) {
      let left = 0;
      for (const password of passwords) {
        if (weak(password) !== undefined) continue;
        // Check the clock before each score, so one slice overruns by at most one score.
        if (left > 0 || clock() >= deadline) {
          left++;
          continue;
        }
        known.set(password, scorer(password) <= WEAK_AT_MOST);
      }
      return left;
    },
    size: () => known.size,
    seed: (password, isWeak) => void known.set(password, isWeak),
    verdicts: () => known.entries(),
  };
}
