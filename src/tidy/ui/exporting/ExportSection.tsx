// Runs in: the options page, while the vault is unlocked. Export as Chrome's CSV, Latchkey's CSV
// or an encrypted backup. The master password is asked again and proven by the background before
// it answers (tidy/background/exporting.ts); the file is saved from here (save-file.ts).
import { useState } from 'preact/hooks';
import type { ExportFormat, ExportRequest } from '../../core/importing/transfer-schema';
import { t } from '../../../shared/platform/i18n';
import { send } from '../../../shared/platform/messaging';
import { PasswordField } from '../../../shared/components/PasswordField';
import { exportBlocker } from './export-blocker';
import { saveFile } from './save-file';

const FORMATS = [
  ['latchkey', 'exportFormatLatchkey', 'exportFormatLatchkeyHelp'],
  ['chrome', 'exportFormatChrome', 'exportFormatChromeHelp'],
  ['backup', 'exportFormatBackup', 'exportFormatBackupHelp'],
] as const;

export function ExportSection() {
  const [format, setFormat] = useState<ExportFormat>('latchkey');
  const [master, setMaster] = useState('');
  const [backup, setBackup] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const blocker = exportBlocker(format, master, backup, confirm);

  async function submit(event: Event) {
    event.preventDefault();
    if (blocker || busy) return;
    setBusy(true);
    setMessage(null);
    const request: ExportRequest = format === 'backup' ? { format, master, backupPassword: backup } : { format, master };
    const reply = await send('export/create', request);
    setBusy(false);
    if (!reply.ok) return setMessage({ error: true, text: t('errorGeneric', reply.error.message) });
    const { file, failure } = reply.value;
    if (failure === 'wrong-password') return setMessage({ error: true, text: t('exportWrongPassword') });
    if (failure || !file) return setMessage({ error: true, text: t('errorGeneric', failure ?? '') });
    saveFile(file.text, file.name, file.mime);
    setMaster('');
    setBackup('');
    setConfirm('');
    setMessage({ error: false, text: t('exportDone', [String(file.count), file.name]) });
  }

  return (
    <section class="transfer" aria-labelledby="export-heading" data-testid="export-section">
      <h2 id="export-heading">{t('exportHeading')}</h2>
      <form onSubmit={submit} aria-busy={busy} data-testid="export-form">
        <fieldset>
          <legend>{t('exportFormat')}</legend>
          {FORMATS.map(([value, label, help]) => (
            <div class="export-choice" key={value}>
              <label>
                <input type="radio" name="export-format" value={value} checked={format === value} data-testid={`export-format-${value}`}
                  aria-describedby={`export-${value}-help`} onChange={() => setFormat(value)} /> {t(label)}
              </label>
              <p id={`export-${value}-help`} class="muted small-text">{t(help)}</p>
            </div>
          ))}
        </fieldset>
        {format !== 'backup' && <p class="warning" data-testid="export-plain-warning">{t('exportPlainWarning')}</p>}
        {format === 'backup' && (
          <>
            <PasswordField id="backup-password" label={t('exportBackupPassword')} value={backup} onInput={setBackup} autocomplete="new-password" />
            <PasswordField id="backup-confirm" label={t('exportBackupConfirm')} value={confirm} onInput={setConfirm} autocomplete="new-password" />
            <p class="muted small-text">{t('exportBackupNote')}</p>
          </>
        )}
        <PasswordField id="export-master" label={t('exportMaster')} value={master} onInput={setMaster} autocomplete="current-password"
          describedBy="export-why" />
        <p id="export-why" class="muted small-text" aria-live="polite" data-testid="export-why">{blocker ? t(blocker) : t('exportReady')}</p>
        <p role="alert" class="error" data-testid="export-failure">{message?.error ? message.text : ''}</p>
        <p role="status" class="ok" data-testid="export-notice">{message && !message.error ? message.text : ''}</p>
        <div class="actions">
          <button type="submit" data-testid="export-submit" disabled={blocker !== null || busy}>{busy ? t('exportBusy') : t('exportSubmit')}</button>
        </div>
      </form>
    </section>
  );
}
