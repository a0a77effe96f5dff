// Runs in: extension pages. The words for each reason the vault refused a master password
// (vault/core/failure.ts). Total maps: a new reason without words does not compile.
import type { VaultChangeFailure, VaultFailure } from '../core/failure';
import { t } from '../../shared/platform/i18n';

const UNLOCK_KEYS: Record<VaultFailure, string> = {
  'wrong-password': 'vaultFailure_wrong_password',
  'weak-params': 'vaultFailure_weak_params',
  'unknown-version': 'vaultFailure_unknown_version',
  malformed: 'vaultFailure_malformed',
  absent: 'vaultFailure_absent',
  'changed-elsewhere': 'vaultFailure_changed_elsewhere',
};

// A change names the current password and checks the new KDF settings against the floors, so
// those two reasons are worded for the form the user just filled in.
const CHANGE_KEYS: Record<VaultChangeFailure, string> = {
  ...UNLOCK_KEYS,
  'wrong-password': 'masterWrong',
  'weak-params': 'kdfTooWeak',
  'unreadable-records': 'masterUnreadable',
};

/** Why an unlock, create or export was refused. */
export function unlockFailureText(failure: VaultFailure): string {
  return t(UNLOCK_KEYS[failure]);
}

/** Why a master password or KDF change was refused. */
export function changeFailureText(failure: VaultChangeFailure): string {
  return t(CHANGE_KEYS[failure]);
}
