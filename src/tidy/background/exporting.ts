// Runs in: background. Exports: Chrome's CSV, Latchkey's CSV (everything but ids, re-importable)
// and the encrypted backup. The reply is every password in the vault, the one reply that carries
// them in bulk, so three gates stand before it: the protocol lets only extension pages ask
// (`from` in messages.ts), this file only our options page, and the master password must be
// typed again and proven against the vault header. The page saves the text through a Blob and
// <a download>: no `downloads` permission.
import { createBackup } from '../core/backup/seal';
import { randomBytes, toBase64 } from '../../vault/core/crypto/bytes';
import { exportChromeCsv } from '../core/csv/export-chrome';
import { exportLatchkeyCsv } from '../core/csv/export-latchkey';
import type { ExportFile, ExportReply, ExportRequest } from '../core/importing/transfer-schema';
import { ReplyFailure } from '../../shared/protocol/reply';
import type { Sender } from '../../shared/protocol/sender';
import { proveMasterPassword } from '../../vault/background/master-password';
import { unlocked } from '../../vault/background/vault';

/** The page that offers exports (manifest.json's options_ui). */
const OPTIONS_PAGE = '/src/pages/options/index.html';
const SALT_BYTES = 16;

const day = (now: number) => new Date(now).toISOString().slice(0, 10);

export async function exportVault(request: ExportRequest, sender: Sender, now: number): Promise<ExportReply> {
  if (new URL(sender.url).pathname !== OPTIONS_PAGE) throw new ReplyFailure('forbidden', 'exports are made for the options page only');
  // Locked answers `locked` before a key derivation is spent on the password.
  const entries = [...(await unlocked(now)).entries.values()];
  const proven = await proveMasterPassword(request.master);
  if (!proven.ok) return { file: null, failure: proven.failure };
  let file: ExportFile;
  if (request.format === 'backup') {
    // The vault's own KDF and parameters, with a salt of the backup's own.
    const kdf = { ...proven.kdf, salt: toBase64(randomBytes(SALT_BYTES)) };
    const text = await createBackup(entries, request.backupPassword, kdf, now);
    file = { text, name: `latchkey-backup-${day(now)}.json`, mime: 'application/json', count: entries.length };
  } else if (request.format === 'latchkey') {
    file = { text: exportLatchkeyCsv(entries), name: `latchkey-export-${day(now)}.csv`, mime: 'text/csv', count: entries.length };
  } else {
    file = { text: exportChromeCsv(entries), name: `latchkey-chrome-${day(now)}.csv`, mime: 'text/csv', count: entries.length };
  }
  return { file, failure: null };
}
