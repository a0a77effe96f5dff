// Runs in: the options page. Every entry in a virtualised table (rows from the background a page
// at a time), with search, filters, sort, multi-select and bulk actions, edit with history, and
// delete with undo, move to another site with undo. The entry being edited is the route's
// (#/passwords/<id>), so back closes the editor and other pages can link to it.
import { useState } from 'preact/hooks';
import { t } from '../../../shared/platform/i18n';
import { send } from '../../../shared/platform/messaging';
import { VirtualList } from '../../../shared/components/VirtualList';
import type { TableFilter } from '../workbench/filters';
import { BulkBar } from './BulkBar';
import { EditEntry } from './EditEntry';
import { EntriesToolbar } from './EntriesToolbar';
import { EntryTableRow, TABLE_ROW_HEIGHT, TableHeader } from './EntryTableRow';
import { MoveToSite } from './MoveToSite';
import { UndoBar, type Deleted } from './UndoBar';
import { useEntryRow } from './use-entry-row';
import type { EntryTable } from './use-entry-table';

interface EntriesSectionProps {
  filter: TableFilter;
  table: EntryTable;
  onFilter(patch: Partial<TableFilter>): void;
  /** The vault changed: reload the table and the report. */
  onChanged(): void;
  onError(message: string): void;
  /** The entry whose editor is open, or null. */
  editId: string | null;
  onEdit(id: string | null): void;
}

const LIST_HEIGHT = TABLE_ROW_HEIGHT * 10;

export function EntriesSection({ filter, table, onFilter, onChanged, onError, editId, onEdit }: EntriesSectionProps) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const editing = useEntryRow(editId, table, onError);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [moving, setMoving] = useState(false);
  const [moved, setMoved] = useState<{ undoId: string; count: number; origin: string } | null>(null);

  function select(id: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function selectAll() {
    const reply = await send('entries/table-ids', filter);
    if (reply.ok) setSelected(new Set(reply.value.ids));
    else onError(reply.error.message);
  }

  async function remove(ids: readonly string[]) {
    const reply = await send('entries/delete-many', { ids: [...ids] });
    if (!reply.ok) return onError(reply.error.message);
    setDeleted({ undoId: reply.value.undoId, count: reply.value.deleted });
    setSelected(new Set());
    if (editId !== null && ids.includes(editId)) onEdit(null);
    onChanged();
  }

  async function undo(item: Deleted) {
    const reply = await send('entries/undelete', { undoId: item.undoId });
    setDeleted(null);
    if (!reply.ok) return onError(reply.error.message);
    onChanged();
  }

  /** Answers why not (shown in the form), or null when done. */
  async function move(site: string): Promise<string | null> {
    const reply = await send('entries/move', { ids: [...selected], site });
    if (!reply.ok) return t('errorGeneric', reply.error.message);
    const { origin, undoId } = reply.value;
    if (origin === null) return t('moveInvalid');
    setMoving(false);
    setSelected(new Set());
    setMoved(undoId ? { undoId, count: reply.value.moved, origin } : null);
    onChanged();
    return null;
  }

  async function unmove(undoId: string) {
    const reply = await send('entries/unmove', { undoId });
    setMoved(null);
    if (!reply.ok) return onError(reply.error.message);
    onChanged();
  }

  async function review(reviewed: boolean) {
    const reply = await send('entries/review', { ids: [...selected], reviewed });
    if (!reply.ok) return onError(reply.error.message);
    setSelected(new Set());
    onChanged();
  }

  return (
    <section aria-labelledby="main-heading" data-testid="entries" data-loaded={table.loaded}>
      <h1 id="main-heading" tabIndex={-1}>{t('navPasswords')}</h1>
      <EntriesToolbar filter={filter} onChange={onFilter} />
      {filter.ids !== null && (
        <p class="muted" data-testid="ids-filter">
          {t('entriesOnlyGroup', String(filter.ids.length))}{' '}
          <button type="button" class="small secondary" data-testid="ids-filter-clear" onClick={() => onFilter({ ids: null })}>{t('entriesShowAll')}</button>
        </p>
      )}
      <p class="muted small-text" aria-live="polite" data-testid="entries-count" data-total={table.total}>{t('entriesCount', [String(table.total), String(table.all)])}</p>
      <BulkBar selected={selected.size} total={table.total} onSelectAll={() => void selectAll()} onClear={() => setSelected(new Set())}
        onDelete={() => void remove([...selected])} onReview={(reviewed) => void review(reviewed)} onMove={() => setMoving(true)} />
      {moving && selected.size > 0 && <MoveToSite count={selected.size} onMove={move} onClose={() => setMoving(false)} />}
      {moved && (
        <div class="undo-bar" role="status" data-testid="move-undo-bar">
          <span>{t('movedCount', [String(moved.count), moved.origin])}</span>
          <button type="button" class="small" data-testid="undo-move" onClick={() => void unmove(moved.undoId)}>{t('undo')}</button>
          <button type="button" class="small secondary" aria-label={t('dismissLabel')} onClick={() => setMoved(null)}>×</button>
        </div>
      )}
      {deleted && <UndoBar deleted={deleted} onUndo={(item) => void undo(item)} onDismiss={() => setDeleted(null)} />}
      {editing && <EditEntry key={editing.id} row={editing} onSaved={onChanged} onClose={() => onEdit(null)} />}
      <TableHeader />
      <VirtualList count={table.total} rowHeight={TABLE_ROW_HEIGHT} height={LIST_HEIGHT} overscan={4} label={t('entriesHeading')} testId="entries-list"
        dataQuery={table.key} onRange={table.ensure}
        rowKey={(index) => table.rowAt(index)?.id ?? `pending-${index}`}
        renderRow={(index) => {
          const row = table.rowAt(index);
          return row
            ? <EntryTableRow row={row} selected={selected.has(row.id)} onSelect={select} onEdit={(r) => onEdit(r.id)} onDelete={(r) => void remove([r.id])} />
            : <div class="table-row muted" aria-busy="true" />;
        }} />
    </section>
  );
}
