// Runs anywhere. The one zxcvbn-ts configuration: the pages load the library lazily
// (strength.ts), the background imports it statically (a Chrome service worker may not import()),
// and both must score alike.
import type { OptionsType } from '@zxcvbn-ts/core';

type Common = Pick<typeof import('@zxcvbn-ts/language-common'), 'dictionary' | 'adjacencyGraphs'>;
type English = Pick<typeof import('@zxcvbn-ts/language-en'), 'dictionary' | 'translations'>;

export function zxcvbnSettings(common: Common, en: English): OptionsType {
  return {
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    // zxcvbn-ts tries up to 100 l33t spellings of each password by default, which made one score
    // cost ~35 ms for a 12-character password here (~1.5 ms at 12); the first spellings it tries
    // are the full substitutions ("p@ssw0rd" -> "password"), the ones that matter. The health
    // report scores thousands of passwords (core/health).
    l33tMaxSubstitutions: 12,
  };
}
