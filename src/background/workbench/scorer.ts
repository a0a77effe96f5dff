// Runs in: background. zxcvbn-ts for the health report. Only the small scoring core is imported;
// its dictionaries come from the packed data file on the first report (core/strength-settings.ts
// says why), so a worker woken for the popup never parses them.
import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import { ZXCVBN_TUNING } from '../../core/strength-settings';
import { readZxcvbnData } from '../../platform/zxcvbn-data';

export type PasswordScorer = (password: string) => number;

let loading: Promise<PasswordScorer> | null = null;

export function loadScorer(): Promise<PasswordScorer> {
  loading ??= (async () => {
    zxcvbnOptions.setOptions({ ...(await readZxcvbnData()), ...ZXCVBN_TUNING });
    // An empty user-input list also clears inputs a previous call left in zxcvbn's shared options.
    return (password: string) => zxcvbn(password, []).score;
  })();
  // A failed read may be retried on the next report.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
