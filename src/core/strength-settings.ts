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
    // zxcvbn-ts tries up to 100 l33t spellings of each password by default: ~35 ms a score for a
    // 12-character password on our 2-core machines, and the health report scores thousands. It
    // tries the full substitutions first ("p@ssw0rd" -> "password", "passwordl"), the ones that
    // matter: with 4, "P@ssw0rd1", "4l1express", "Tr0ub4dor&3", "M0nk3y!23" and "5umm3r2019"
    // score as with 100, at ~0.6x the cost of 12 and ~0.1x the cost of 100.
    l33tMaxSubstitutions: 4,
  };
}
