// Runs anywhere. English messages for a refused backup (logs, tests); the options page
// translates from the code.
import type { BackupError } from './format';

export function describeBackupError(error: BackupError): string {
  switch (error) {
    case 'not-a-backup':
      return 'This is not a Latchkey backup file.';
    case 'newer-version':
      return 'This backup was made by a newer Latchkey; update Latchkey first.';
    case 'malformed':
      return 'The backup file is damaged or incomplete.';
    case 'weak-params':
      return 'The backup names key-derivation parameters below the safe minimum; it is refused.';
    case 'wrong-password':
      return 'Wrong backup password.';
    case 'tampered':
      return 'The backup file was changed after it was made; it is refused.';
  }
}
