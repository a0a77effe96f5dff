// Runs in: the options page. What to do with the selected entries: delete (with undo), move to
// another site (with undo), mark as reviewed or not, select everything the filter shows, clear the selection.
import { t } from '../../../shared/platform/i18n';

interface BulkBarProps {
  selected: number;
  total: number;
  onSelectAll(): void;
  onClear(): void;
  onDelete(): void;
  onReview(reviewed: boolean): void;
  onMove(): void;
}

export function BulkBar({ selected, total, onSelectAll, onClear, onDelete, onReview, onMove }: BulkBarProps) {
  return (
    <div class="bulk-bar" role="group" aria-label={t('bulkLabel')} data-testid="bulk-bar">
      <span aria-live="polite" data-testid="selected-count">{t('bulkSelected', String(selected))}</span>
      <button type="button" class="small secondary" data-testid="select-all" disabled={total === 0} onClick={onSelectAll}>{t('bulkSelectAll', String(total))}</button>
      <button type="button" class="small secondary" data-testid="select-none" disabled={selected === 0} onClick={onClear}>{t('bulkClear')}</button>
      <button type="button" class="small danger" data-testid="bulk-delete" disabled={selected === 0} onClick={onDelete}>{t('bulkDelete')}</button>
      <button type="button" class="small secondary" data-testid="bulk-move" disabled={selected === 0} onClick={onMove}>{t('bulkMove')}</button>
      <button type="button" class="small secondary" data-testid="bulk-review" disabled={selected === 0} onClick={() => onReview(true)}>{t('bulkReview')}</button>
      <button type="button" class="small secondary" data-testid="bulk-unreview" disabled={selected === 0} onClick={() => onReview(false)}>{t('bulkUnreview')}</button>
    </div>
  );
}
