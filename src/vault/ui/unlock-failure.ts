// Runs in: extension pages. The words for each reason an unlock or create was refused (a total
// map over VaultChange.failure: a new reason without words does not compile).
import type { VaultChange } from '../../shared/protocol/messages';
import { t } from '../../shared/platform/i18n';

type Failure = NonNullable<VaultChange['failure']>;

const KEYS: Record<Failure, string> = {
  'wrong-password': 'vaultFailure_wrong_password',
  'weak-params': 'vaultFailure_weak_params',
  'unknown-version': 'vaultFailure_unknown_version',
  malformed: 'vaultFailure_malformed',
  absent: 'vaultFailure_absent',
};

export function vaultFailureText(failure: Failure): string {
  return t(KEYS[failure]);
}
