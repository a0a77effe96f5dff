// Runs in: the options page, in the entry view. Sync merged edits of this entry made on two
// computers at once: it says what happened (the newer password is current, the other is in the
// history below) and lets the user mark it reviewed once they have checked which one the site takes.
import { useState } from 'preact/hooks';
import { t } from '../../../shared/platform/i18n';
import { send } from '../../../shared/platform/messaging';
import { formatDate } from '../../../pages/options/format-date';

interface ConflictNoticeProps { id: string; conflictAt: number; onReviewed(): void; onError(message: string): void }

export function ConflictNotice({ id, conflictAt, onReviewed, onError }: ConflictNoticeProps) {
  const [busy, setBusy] = useState(false);
  async function review() {
    setBusy(true);
    const reply = await send('entries/conflict-reviewed', { id, conflictAt });
    setBusy(false);
    if (!reply.ok) return onError(t('errorGeneric', reply.error.message));
    onReviewed();
  }
  return (
    <div class="warning" role="note" data-testid="edit-conflict" aria-labelledby="edit-conflict-text">
      <p id="edit-conflict-text">{t('entryConflict', formatDate(conflictAt))}</p>
      <button type="button" class="small secondary" disabled={busy} data-testid="edit-conflict-reviewed" onClick={() => void review()}>
        {t('entryConflictReviewed')}
      </button>
    </div>
  );
}
