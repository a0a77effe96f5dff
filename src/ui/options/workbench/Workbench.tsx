// Runs in: the options page, while the vault is unlocked. The workbench for cleaning up saved
// passwords (issue 5): the health report above the entry table. Both reload after any change
// (`version`). The table asks first: the report's first answer includes a slice of password
// scoring in the background, which would otherwise hold up the list.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Problem } from '../../../core/health/problems';
import { t } from '../../../platform/i18n';
import { send } from '../../../platform/messaging';
import { EntriesSection } from '../entries/EntriesSection';
import { useEntryTable, type FirstPage } from '../entries/use-entry-table';
import { HealthSection } from '../health/HealthSection';
import { useHealthReport } from '../health/use-health-report';
import { entryFromHash } from '../entry-link';
import { DEFAULT_FILTER, type TableFilter } from './filters';

interface WorkbenchProps {
  /** The first page, if it was asked for while the page started (use-entry-table.ts). */
  firstPage?: FirstPage;
  onReady(): void;
}

export function Workbench({ firstPage, onReady }: WorkbenchProps) {
  // Opened on one entry (entry-link.ts): the table shows it alone, with its editor open.
  const [linked] = useState(() => entryFromHash(location.hash));
  const [filter, setFilter] = useState<TableFilter>(linked ? { ...DEFAULT_FILTER, ids: [linked] } : DEFAULT_FILTER);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const onError = useCallback((message: string) => setError(t('errorGeneric', message)), []);
  // The table's badges come from the analysis and scores known when a page was answered: ask
  // again when the first report comes (if the rows had none yet), once scoring is complete, and
  // when the weak count moves after that, so badges agree with the counts.
  const [scored, setScored] = useState('');
  const [refetches, setRefetches] = useState(0);
  const table = useEntryTable(filter, `${version}:${refetches}:${scored}`, onError, linked ? undefined : firstPage);
  const report = useHealthReport(filter.oldAfterDays, version, table.loaded, onError);
  useEffect(() => {
    if (!report || !table.loaded) return;
    // Any report means the analysis is done now; a report is new only when it arrives.
    if (!table.badges) setRefetches((n) => n + 1);
    else if (report.strength.unchecked === 0) setScored(`done:${report.counts.weak}`);
  }, [report, table.loaded, table.badges]);
  const changed = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    if (table.loaded || error) onReady();
  }, [table.loaded, error, onReady]);

  const patch = (next: Partial<TableFilter>) => setFilter((current) => ({ ...current, ...next }));
  const showTable = () => document.getElementById('entries-heading')?.scrollIntoView({ block: 'start' });

  async function merge(groups: string[][]) {
    const reply = await send('entries/merge', { groups });
    if (!reply.ok) return onError(reply.error.message);
    setNotice(t('mergeDone', [String(reply.value.merged), String(reply.value.removed)]));
    changed();
  }

  return (
    <div class="workbench" data-testid="workbench">
      <p class="error" role="alert" data-testid="workbench-error">{error ?? ''}</p>
      <p class="ok" role="status" data-testid="workbench-notice">{notice}</p>
      <HealthSection report={report} oldAfterDays={filter.oldAfterDays} onOldAfterDays={(oldAfterDays) => patch({ oldAfterDays })}
        onShowProblem={(problem: Problem) => { patch({ problem, ids: null }); showTable(); }}
        onShowIds={(ids) => { patch({ ids: ids.slice(0, 1000), problem: null }); showTable(); }}
        onMerge={(groups) => void merge(groups)} />
      <EntriesSection filter={filter} table={table} onFilter={patch} onChanged={changed} onError={onError} openId={linked} />
    </div>
  );
}
