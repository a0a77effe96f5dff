// Runs in: the options page. Why the export button is disabled, as a message key, or null.
import type { ExportFormat } from '../../core/importing/transfer-schema';

/** The master password's own minimum (messages.ts), for a backup's password too. */
const MIN_BACKUP_PASSWORD = 8;

export function exportBlocker(format: ExportFormat, master: string, backup: string, confirm: string): string | null {
  if (master === '') return 'exportNeedMaster';
  if (format !== 'backup') return null;
  if (backup.length < MIN_BACKUP_PASSWORD) return 'exportBackupTooShort';
  if (backup !== confirm) return 'exportBackupMismatch';
  return null;
}
