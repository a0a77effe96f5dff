// Runs anywhere. The one zxcvbn-ts configuration and its data, shipped once: the build packs the
// dictionaries and keyboard graphs into one gzipped file (zxcvbn-data.gz, vite.config.ts) that the
// background and the pages both read (shared/platform/zxcvbn-data.ts). A Chrome service worker may not
// import() a chunk, and a static import would make every worker start evaluate the whole of the
// dictionaries (most of the extension's size); shipping them also as page chunks would double the extension's size. Both score
// alike: same data, same tuning.
import * as z from 'zod/mini';
import type { OptionsDictionary, OptionsGraph, OptionsType } from '@zxcvbn-ts/core';

export const ZXCVBN_DATA_FILE = 'zxcvbn-data.gz';

/** Words of a dictionary in its file: in rank order, one per line (a third smaller than a JSON array). */
const WORD_SEPARATOR = '\n';

/** The data file as it is stored: each dictionary one string of words in rank order. */
export const ZxcvbnPacked = z.object({
  dictionary: z.record(z.string(), z.string()),
  graphs: z.record(z.string(), z.record(z.string(), z.array(z.nullable(z.string())))),
});
export type ZxcvbnPacked = z.infer<typeof ZxcvbnPacked>;

/** What scoring needs (feedback translations aside): dictionaries and keyboard graphs. */
export interface ZxcvbnData {
  dictionary: OptionsDictionary;
  graphs: OptionsGraph;
}

interface Common { dictionary: OptionsDictionary; adjacencyGraphs: OptionsGraph }
interface English { dictionary: OptionsDictionary }

/** Build time: the language packages' data as the file stores it. */
export function packZxcvbnData(common: Common, en: English): ZxcvbnPacked {
  const dictionary: Record<string, string> = {};
  for (const [name, words] of Object.entries({ ...common.dictionary, ...en.dictionary })) {
    const list = words.map(String);
    if (list.some((word) => word.includes(WORD_SEPARATOR))) throw new Error(`zxcvbn dictionary ${name} has a word with a line break`);
    dictionary[name] = list.join(WORD_SEPARATOR);
  }
  return { dictionary, graphs: common.adjacencyGraphs as ZxcvbnPacked['graphs'] };
}

export function unpackZxcvbnData(packed: ZxcvbnPacked): ZxcvbnData {
  const dictionary: OptionsDictionary = {};
  for (const [name, words] of Object.entries(packed.dictionary)) dictionary[name] = words === '' ? [] : words.split(WORD_SEPARATOR);
  return { dictionary, graphs: packed.graphs };
}

export const ZXCVBN_TUNING: OptionsType = {
  // zxcvbn-ts tries up to 100 l33t spellings of each password by default, most of a score's time,
  // and the health report scores thousands (health.coldMs in `npm run bench`). It
  // tries the full substitutions first ("p@ssw0rd" -> "password", "passwordl"), the ones that
  // matter: with 4, "P@ssw0rd1", "4l1express", "Tr0ub4dor&3", "M0nk3y!23" and "5umm3r2019"
  // score as with 100, at ~0.6x the cost of 12 and ~0.1x the cost of 100.
  l33tMaxSubstitutions: 4,
};
