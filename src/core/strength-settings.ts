// Runs anywhere. The one zxcvbn-ts configuration. The pages load the library lazily
// (strength.ts); the background reads the same data from a JSON file the build writes
// (zxcvbn-data.json, vite.config.ts), because a Chrome service worker may not import() a chunk and
// a static import would make every worker start evaluate 1.2 MB of dictionaries. Both must score
// alike: same data, same tuning.
import * as z from 'zod/mini';
import type { OptionsDictionary, OptionsGraph, OptionsType } from '@zxcvbn-ts/core';

export const ZXCVBN_DATA_FILE = 'zxcvbn-data.json';

/** What scoring needs (feedback translations aside): dictionaries and keyboard graphs. */
export interface ZxcvbnData {
  dictionary: OptionsDictionary;
  graphs: OptionsGraph;
}

/** The data file is read like any stored input: parsed, not cast. */
export const ZxcvbnData = z.object({
  dictionary: z.record(z.string(), z.array(z.union([z.string(), z.number()]))),
  graphs: z.record(z.string(), z.record(z.string(), z.array(z.nullable(z.string())))),
});

interface Common { dictionary: OptionsDictionary; adjacencyGraphs: OptionsGraph }
interface English { dictionary: OptionsDictionary }

export function zxcvbnData(common: Common, en: English): ZxcvbnData {
  return { dictionary: { ...common.dictionary, ...en.dictionary }, graphs: common.adjacencyGraphs };
}

export const ZXCVBN_TUNING: OptionsType = {
  // zxcvbn-ts tries up to 100 l33t spellings of each password by default: ~35 ms a score for a
  // 12-character password on our 2-core machines, and the health report scores thousands. It
  // tries the full substitutions first ("p@ssw0rd" -> "password", "passwordl"), the ones that
  // matter: with 4, "P@ssw0rd1", "4l1express", "Tr0ub4dor&3", "M0nk3y!23" and "5umm3r2019"
  // score as with 100, at ~0.6x the cost of 12 and ~0.1x the cost of 100.
  l33tMaxSubstitutions: 4,
};
