// Runs in: the action popup. Delete with a confirmation step (no undo in the popup yet).
import { useState } from 'preact/hooks';
import type { EntrySummary } from '../../vault/core/summary';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';

interface DeleteEntryProps { entry: EntrySummary; onDeleted(): void; onError(message: string): void }

export function DeleteEntry({ entry, onDeleted, onError }: DeleteEntryProps) {
  const [confirming, setConfirming] = useState(false);

  async function remove() {
    const reply = await send('entries/delete', { id: entry.id });
    if (reply.ok && reply.value.deleted) onDeleted();
    else onError(reply.ok ? t('entryDeleteMissing') : t('errorGeneric', reply.error.message));
  }

  if (!confirming) {
    return <button type="button" class="danger" data-testid="entry-delete" onClick={() => setConfirming(true)}>{t('entryDelete')}</button>;
  }
  return (
    <div role="group" aria-labelledby="delete-question" class="confirm">
      <span id="delete-question">{t('entryDeleteConfirm')}</span>
      <button type="button" class="danger" data-testid="entry-delete-confirm" autoFocus onClick={() => void remove()}>{t('entryDeleteYes')}</button>
      <button type="button" class="secondary" onClick={() => setConfirming(false)}>{t('entryDeleteNo')}</button>
    </div>
  );
}
