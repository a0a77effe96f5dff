// Runs in: the action popup. Why a fill did not happen, in words (a total map over the reasons
// the background gives).
import type { ResponseOf } from '../../shared/protocol/messages';
import { t } from '../../shared/platform/i18n';

type FillReason = ResponseOf<'fill/entry'>['reason'];

const KEYS: Record<FillReason, string> = {
  filled: 'fillDone',
  locked: 'fillReason_locked',
  'no-page': 'fillReason_no_page',
  'not-matching': 'fillReason_not_matching',
  'insecure-page': 'fillReason_insecure_page',
  'page-changed': 'fillReason_page_changed',
  'frame-refused': 'fillReason_frame_refused',
  'no-login-form': 'fillReason_no_login_form',
  unreachable: 'fillReason_unreachable',
};

export function fillReasonText(reason: FillReason): string {
  return t(KEYS[reason]);
}
