// Runs in: the options page. Its strength meters score with the packed dictionaries the
// background reads too (shared/passwords/strength-settings.ts).
import { strengthScorer } from '../../shared/passwords/strength';
import { readZxcvbnData } from '../../shared/platform/zxcvbn-data';

export const { score } = strengthScorer(readZxcvbnData);
