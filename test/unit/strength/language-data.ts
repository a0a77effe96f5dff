// The zxcvbn-ts data as the extension reads it: the language packages packed as the build packs
// them and unpacked as the background and pages unpack them.
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { strengthScorer } from '../../../src/shared/passwords/strength';
import { packZxcvbnData, unpackZxcvbnData, ZxcvbnPacked } from '../../../src/shared/passwords/strength-settings';

export const packedData = (): ZxcvbnPacked => ZxcvbnPacked.parse(JSON.parse(JSON.stringify(packZxcvbnData(common, en))));

export const { score, load: loadStrengthScorer } = strengthScorer(() => Promise.resolve(unpackZxcvbnData(packedData())));
