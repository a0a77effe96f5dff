// The zxcvbn-ts data as the extension reads it: the language packages packed as the build packs
// them and unpacked as the background and pages unpack them.
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { strengthScorer } from '../../../src/core/strength';
import { packZxcvbnData, unpackZxcvbnData, ZxcvbnPacked } from '../../../src/core/strength-settings';

export const packedData = (): ZxcvbnPacked => ZxcvbnPacked.parse(JSON.parse(JSON.stringify(packZxcvbnData(common, en))));

export const { score, load: loadStrengthScorer } = strengthScorer(() => Promise.resolve(unpackZxcvbnData(packedData())));
