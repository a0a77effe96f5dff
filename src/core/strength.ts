// Runs anywhere. Password strength by zxcvbn-ts (pattern and dictionary aware, unlike class
// counting): the guide's meter and the options page's weak-password report (DESIGN.md, job 4).
// The dictionaries are about a megabyte, so they load on the first call, not with the module:
// the popup and content script that never score a password never pay for them.
import type { Score } from '@zxcvbn-ts/core';
import { ZXCVBN_TUNING, zxcvbnData } from './strength-settings';

export interface Strength {
  /** 0 (guessable in seconds) .. 4 (very unguessable), zxcvbn's scale. */
  score: Score;
  /** A sentence saying what is wrong, or null. English for now (language-en). */
  warning: string | null;
  suggestions: string[];
  guessesLog10: number;
}

type Scorer = (password: string, userInputs: (string | number)[]) => { score: Score; guessesLog10: number; feedback: { warning: string | null; suggestions: string[] } };

let scorer: Promise<Scorer> | null = null;

function loadScorer(): Promise<Scorer> {
  scorer ??= (async () => {
    const [core, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    // zxcvbn-ts keeps its options in one shared object; setting them once here is the only write.
    core.zxcvbnOptions.setOptions({ ...zxcvbnData(common, en), translations: en.translations, ...ZXCVBN_TUNING });
    return core.zxcvbn;
  })();
  // A failed load (chunk missing after an update) may be retried on the next call.
  scorer.catch(() => {
    scorer = null;
  });
  return scorer;
}

/**
 * The synchronous scorer, once loaded, for scoring many passwords in one go (the health report)
 * without a promise per password. Scores without user inputs: zxcvbn-ts rebuilds its user-input
 * dictionary on every call that passes them.
 */
export async function loadStrengthScorer(): Promise<(password: string) => Score> {
  const zxcvbn = await loadScorer();
  return (password) => zxcvbn(password, []).score;
}

/**
 * Scores a password. Pass what the user has told the site (email, username, the site's name) as
 * `userInputs`: a password built from them is weak however long it is.
 */
export async function score(password: string, userInputs: readonly string[] = []): Promise<Strength> {
  const zxcvbn = await loadScorer();
  const result = zxcvbn(password, [...userInputs]);
  return {
    score: result.score,
    warning: result.feedback.warning || null,
    suggestions: result.feedback.suggestions,
    guessesLog10: result.guessesLog10,
  };
}
