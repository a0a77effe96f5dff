// Runs anywhere. Password strength by zxcvbn-ts (pattern and dictionary aware, unlike class
// counting): the options page's meters, and in tests the same scoring the background does. The
// dictionaries are about a megabyte, so they load on the first call from the source the caller
// names (our pages: the packed data file, shared/platform/zxcvbn-data.ts), not with the module: a page
// that never scores a password never pays for them.
import type { Score } from '@zxcvbn-ts/core';
import { ZXCVBN_TUNING, type ZxcvbnData } from './strength-settings';

export interface Strength {
  /** 0 (guessable in seconds) .. 4 (very unguessable), zxcvbn's scale. */
  score: Score;
  /** A sentence saying what is wrong, or null. English for now (language-en). */
  warning: string | null;
  suggestions: string[];
  guessesLog10: number;
}

type Zxcvbn = (password: string, userInputs: (string | number)[]) => { score: Score; guessesLog10: number; feedback: { warning: string | null; suggestions: string[] } };

export interface StrengthScorer {
  /**
   * Scores a password. Pass what the user has told the site (email, username, the site's name) as
   * `userInputs`: a password built from them is weak however long it is.
   */
  score(password: string, userInputs?: readonly string[]): Promise<Strength>;
  /**
   * The synchronous scorer, once loaded, for scoring many passwords in one go without a promise
   * per password. Scores without user inputs: zxcvbn-ts rebuilds its user-input dictionary on
   * every call that passes them.
   */
  load(): Promise<(password: string) => Score>;
}

export function strengthScorer(data: () => Promise<ZxcvbnData>): StrengthScorer {
  let loading: Promise<Zxcvbn> | null = null;
  const loaded = (): Promise<Zxcvbn> => {
    loading ??= (async () => {
      // Only the feedback strings of the English package: its dictionaries come from `data`.
      const [core, { translations }, options] = await Promise.all([import('@zxcvbn-ts/core'), import('./strength-translations'), data()]);
      // zxcvbn-ts keeps its options in one shared object; setting them once here is the only write.
      core.zxcvbnOptions.setOptions({ ...options, translations, ...ZXCVBN_TUNING });
      return core.zxcvbn;
    })();
    // A failed load (a file missing after an update) may be retried on the next call.
    loading.catch(() => {
      loading = null;
    });
    return loading;
  };
  return {
    async score(password, userInputs = []) {
      const result = (await loaded())(password, [...userInputs]);
      return { score: result.score, warning: result.feedback.warning || null, suggestions: result.feedback.suggestions, guessesLog10: result.guessesLog10 };
    },
    async load() {
      const zxcvbn = await loaded();
      return (password) => zxcvbn(password, []).score;
    },
  };
}
