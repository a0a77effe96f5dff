// Runs in: the options page. "Deleted N entries. Undo": the background holds deleted entries for a
// few minutes (workbench/trash.ts); the bar offers the undo until the next delete or a dismissal.
import { t } from '../../../shared/platform/i18n';

export interface Deleted { undoId: string; count: number }

interface UndoBarProps { deleted: Deleted; onUndo(deleted: Deleted): void; onDismiss(): void }

export function UndoBar({ deleted, onUndo, onDismiss }: UndoBarProps) {
  return (
    <div class="undo-bar" role="status" data-testid="undo-bar">
      <span>{t('entriesDeletedCount', String(deleted.count))}</span>
      <button type="button" class="small" data-testid="undo-delete" onClick={() => onUndo(deleted)}>{t('undo')}</button>
      <button type="button" class="small secondary" aria-label={t('dismissLabel')} onClick={onDismiss}>×</button>
    </div>
  );
}
