// Runs in: background. zxcvbn-ts and the common-passwords list for the health report. Only the
// small scoring core is imported; its dictionaries come from the packed data file on the first
// report (shared/passwords/strength-settings.ts says why), so a worker woken for the popup never parses them.
// The offline exposed check reads its list from the same data (tidy/core/health/common-passwords.ts):
// the list ships once.
import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import { commonList, isCommonPassword } from '../core/health/common-passwords';
import type { PasswordChecks } from '../core/health/strength-cache';
import { ZXCVBN_TUNING } from '../../shared/passwords/strength-settings';
import { readZxcvbnData } from '../../shared/platform/zxcvbn-data';

let loading: Promise<PasswordChecks> | null = null;

export function loadScorer(): Promise<PasswordChecks> {
  loading ??= (async () => {
    const data = await readZxcvbnData();
    zxcvbnOptions.setOptions({ ...data, ...ZXCVBN_TUNING });
    const common = commonList(data.dictionary.passwords ?? []);
    return {
      // An empty user-input list also clears inputs a previous call left in zxcvbn's shared options.
      score: (password: string) => zxcvbn(password, []).score,
      isCommon: (password: string) => isCommonPassword(common, password),
    };
  })();
  // A failed read may be retried on the next report.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
