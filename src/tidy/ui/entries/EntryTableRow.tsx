// Runs in: the options page. One entry in the table: select, site, username, last changed, last
// used, health badges, edit and delete. No password is ever in the DOM here.
import type { TableRow } from '../../../vault/core/table';
import { entryHosts } from '../../../vault/core/summary';
import { t } from '../../../shared/platform/i18n';
import { formatDate } from '../../../pages/options/format-date';
import { problemBadge } from '../health/problem-labels';
import { isReviewed } from '../../core/health/entry-checks';

export const TABLE_ROW_HEIGHT = 52;

interface EntryTableRowProps {
  row: TableRow;
  selected: boolean;
  onSelect(id: string, selected: boolean): void;
  onEdit(row: TableRow): void;
  onDelete(row: TableRow): void;
}

/** Column names above the list, for sighted users; each row names its dates for screen readers. */
export function TableHeader() {
  return (
    <div class="table-row table-header muted small-text" aria-hidden="true">
      <span />
      <span>{t('entriesSiteLabel')}</span>
      <span>{t('columnChanged')}</span>
      <span class="col-used">{t('columnUsed')}</span>
      <span>{t('healthBadgesLabel')}</span>
      <span />
    </div>
  );
}

export function EntryTableRow({ row, selected, onSelect, onEdit, onDelete }: EntryTableRowProps) {
  const host = entryHosts(row.site)[0] ?? '';
  const who = row.username || t('entryNoUsername');
  const name = `${host} ${who}`;
  const reviewed = isReviewed(row);
  return (
    <div class="table-row" data-testid="table-row" data-entry-id={row.id} data-problems={row.problems.join(' ')} style={{ height: `${TABLE_ROW_HEIGHT}px` }}>
      <input type="checkbox" checked={selected} aria-label={t('selectEntryLabel', name)} data-testid="row-select"
        onChange={(e) => onSelect(row.id, e.currentTarget.checked)} />
      <div class="cell-who">
        {/* Sites and usernames have no length limit: a cut one is shown whole on hover. */}
        <span class="entry-host" title={host}>{host}</span>
        <span class="muted" title={who}>{who}</span>
      </div>
      <div class="cell-date"><span class="visually-hidden">{t('columnChanged')}</span> {formatDate(row.passwordChanged)}</div>
      <div class="cell-date col-used"><span class="visually-hidden">{t('columnUsed')}</span> {formatDate(row.lastUsed)}</div>
      <ul class="badges" aria-label={t('healthBadgesLabel')}>
        {row.problems.map((problem) => <li key={problem} class={`badge badge-${problem}`} data-testid={`badge-${problem}`}>{problemBadge(problem)}</li>)}
        {reviewed && <li class="badge badge-reviewed" data-testid="badge-reviewed">{t('statusReviewed')}</li>}
        {row.status === 'pending' && !row.problems.includes('pending') && <li class="badge" data-testid="badge-pending">{t('statusPending')}</li>}
      </ul>
      <div class="cell-actions">
        <button type="button" class="small secondary" data-testid="row-edit" aria-label={t('editLabel', name)} onClick={() => onEdit(row)}>{t('edit')}</button>
        <button type="button" class="small secondary" data-testid="row-delete" aria-label={t('deleteEntryLabel', name)} onClick={() => onDelete(row)}>{t('entryDelete')}</button>
      </div>
    </div>
  );
}
