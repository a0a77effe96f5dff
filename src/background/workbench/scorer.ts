// Runs in: background. zxcvbn-ts for the health report, imported statically: a Chrome service
// worker may not import() a chunk, so core/strength.ts's lazy load does not work here. The
// dictionaries are configured on the first score, not at start-up: a worker woken for the popup
// never pays for building them.
import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { zxcvbnSettings } from '../../core/strength-settings';

let configured = false;

export function scorePassword(password: string): number {
  if (!configured) {
    zxcvbnOptions.setOptions(zxcvbnSettings(common, en));
    configured = true;
  }
  // An empty user-input list also clears inputs a previous caller left in zxcvbn's shared options.
  return zxcvbn(password, []).score;
}
