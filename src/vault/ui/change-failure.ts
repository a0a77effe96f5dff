// Runs in: the options page. What a refused master password or KDF change says to the user.
import type { ResponseOf } from '../../shared/protocol/messages';
import { t } from '../../shared/platform/i18n';

type Failure = NonNullable<ResponseOf<'vault/change-master'>['failure']>;

export function vaultFailureText(failure: Failure): string {
  switch (failure) {
    case 'wrong-password':
      return t('masterWrong');
    case 'weak-params':
      return t('kdfTooWeak');
    case 'unreadable-records':
      return t('masterUnreadable');
    default:
      return t('errorGeneric', failure);
  }
}
