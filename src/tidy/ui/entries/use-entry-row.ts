// Runs in: the options page. The row of the entry whose editor is open: from the table's loaded
// pages when it is there, else asked for alone (a link to #/passwords/<id>, from the popup or the
// fix-it queue, can name an entry the table has not loaded, or that a filter hides).
import { useEffect, useState } from 'preact/hooks';
import type { TableRow } from '../../../vault/core/table';
import { t } from '../../../shared/platform/i18n';
import { send } from '../../../shared/platform/messaging';
import { DEFAULT_FILTER } from '../workbench/filters';
import type { EntryTable } from './use-entry-table';

function loaded(table: EntryTable, id: string): TableRow | undefined {
  for (const rows of table.pages.values()) {
    const row = rows.find((r) => r.id === id);
    if (row) return row;
  }
  return undefined;
}

export function useEntryRow(id: string | null, table: EntryTable, onError: (message: string) => void): TableRow | null {
  const [asked, setAsked] = useState<TableRow | null>(null);
  const inTable = id === null ? undefined : loaded(table, id);
  const needed = id !== null && inTable === undefined;
  useEffect(() => {
    if (!needed || id === null) return;
    let live = true;
    void send('entries/table', { ...DEFAULT_FILTER, ids: [id], offset: 0, limit: 1 }).then((reply) => {
      if (!live) return;
      if (!reply.ok) return onError(reply.error.message);
      const row = reply.value.items[0];
      if (row) setAsked(row);
      else onError(t('entryMissing'));
    });
    return () => {
      live = false;
    };
  }, [id, needed, onError]);
  if (id === null) return null;
  return inTable ?? (asked?.id === id ? asked : null);
}
