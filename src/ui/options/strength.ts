// Runs in: the options page. Its strength meters score with the packed dictionaries the
// background reads too (core/strength-settings.ts).
import { strengthScorer } from '../../core/strength';
import { readZxcvbnData } from '../../platform/zxcvbn-data';

export const { score } = strengthScorer(readZxcvbnData);
