// Runs in: the options page. A backup file was chosen: its own password opens it (the background
// derives the key with the file's KDF parameters, after checking them against the floors).
import { useState } from 'preact/hooks';
import { t } from '../../../shared/platform/i18n';
import { PasswordField } from '../../../shared/components/PasswordField';

interface BackupPasswordProps { name: string; busy: boolean; onSubmit(password: string): void; onCancel(): void }

export function BackupPassword({ name, busy, onSubmit, onCancel }: BackupPasswordProps) {
  const [password, setPassword] = useState('');
  return (
    <form data-testid="restore-form" data-file={name} aria-busy={busy}
      onSubmit={(event) => { event.preventDefault(); if (password && !busy) onSubmit(password); }}>
      <p>{t('restoreFound', name)}</p>
      <PasswordField id="restore-password" label={t('restorePassword')} value={password} onInput={setPassword} autocomplete="off" autoFocus />
      <div class="actions">
        <button type="submit" data-testid="restore-submit" disabled={!password || busy}>{t('restoreOpen')}</button>
        <button type="button" class="secondary" data-testid="restore-cancel" onClick={onCancel}>{t('importCancel')}</button>
      </div>
    </form>
  );
}
