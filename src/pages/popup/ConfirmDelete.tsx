// Runs in: the action popup. "Delete this login for good?" as a modal dialog (the browser's own
// <dialog>: the rest of the popup is inert, Escape cancels). The focus starts on "Keep it": a
// stray Enter must not delete.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { EntrySummary } from '../../vault/core/summary';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';
import { entryName } from './EntryRow';

interface ConfirmDeleteProps { entry: EntrySummary; onDeleted(): void; onCancel(): void; onError(message: string): void }

export function ConfirmDelete({ entry, onDeleted, onCancel, onError }: ConfirmDeleteProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    dialog.current?.showModal();
  }, []);

  async function remove() {
    const reply = await send('entries/delete', { id: entry.id });
    if (reply.ok && reply.value.deleted) onDeleted();
    else onError(reply.ok ? t('entryDeleteMissing') : t('errorGeneric', reply.error.message));
  }

  return (
    <dialog ref={dialog} class="confirm-dialog" aria-labelledby="delete-title" aria-describedby="delete-what" data-testid="delete-dialog"
      onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <h2 id="delete-title">{t('entryDeleteConfirm')}</h2>
      <p id="delete-what">{entryName(entry)}</p>
      <div class="actions">
        <button type="button" class="danger" data-testid="entry-delete-confirm" onClick={() => void remove()}>{t('entryDeleteYes')}</button>
        <button type="button" class="secondary" data-testid="entry-delete-cancel" autoFocus onClick={onCancel}>{t('entryDeleteNo')}</button>
      </div>
    </dialog>
  );
}
