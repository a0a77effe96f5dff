// Runs in: the options page, while the vault is unlocked. The workbench's data, kept while the user
// moves between sections: the entry table and the health report, both asked again after any
// change (`version`, and `vaultVersion` for changes made elsewhere). It shows the section the
// route names: passwords (the table, an entry's editor), health (score, fix-it queue, groups), or
// the first run's health check. The table asks first: the report's first answer includes a slice
// of password scoring in the background, which would otherwise hold up the list.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Problem } from '../../core/health/problems';
import type { Settings } from '../../../settings/core/settings';
import { t } from '../../../shared/platform/i18n';
import { send } from '../../../shared/platform/messaging';
import { EntriesSection } from '../entries/EntriesSection';
import { useEntryTable, type FirstPage } from '../entries/use-entry-table';
import { useHealthReport } from '../health/use-health-report';
import type { HealthSummary } from '../../../pages/options/shell/AppNav';
import type { Route } from '../../../pages/options/shell/routes';
import type { Go } from '../../../pages/options/shell/use-route';
import { FirstCheckView, HealthView } from '../../../pages/options/sections';
import { DEFAULT_FILTER, type TableFilter } from './filters';

interface WorkbenchProps {
  route: Route;
  go: Go;
  /** The first page, if it was asked for while the page started (use-entry-table.ts). */
  firstPage?: FirstPage;
  /** Bumped when the vault changed outside this page (a Keep save, the popup, a lock). */
  vaultVersion: number;
  onReady(): void;
  onHealth(summary: HealthSummary | null): void;
  settings: Settings | null;
  onSettings(settings: Settings): void;
}

export function Workbench({ route, go, firstPage, vaultVersion, onReady, onHealth, settings, onSettings }: WorkbenchProps) {
  const [filter, setFilter] = useState<TableFilter>(DEFAULT_FILTER);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const onError = useCallback((message: string) => setError(t('errorGeneric', message)), []);
  const changes = `${version}:${vaultVersion}`;
  // The table's badges come from the analysis and scores known when a page was answered: ask
  // again when the first report comes (if the rows had none yet), once scoring is complete, and
  // when the weak count moves after that, so badges agree with the counts.
  const [scored, setScored] = useState('');
  const [refetches, setRefetches] = useState(0);
  const table = useEntryTable(filter, `${changes}:${refetches}:${scored}`, onError, firstPage);
  const report = useHealthReport(filter.oldAfterDays, changes, table.loaded, onError);
  useEffect(() => {
    if (!report || !table.loaded) return;
    // Any report means the analysis is done now; a report is new only when it arrives.
    if (!table.badges) setRefetches((n) => n + 1);
    else if (report.strength.unchecked === 0) setScored(`done:${report.counts.weak}:${report.counts.exposed}`);
  }, [report, table.loaded, table.badges]);
  useEffect(() => onHealth(report ? { score: report.score, complete: report.strength.unchecked === 0 } : null), [report, onHealth]);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  // The online check turned on or off changes what counts as exposed: ask again.
  const online = settings?.onlineBreachCheck ?? false;
  const wasOnline = useRef(online);
  useEffect(() => {
    if (wasOnline.current === online) return;
    wasOnline.current = online;
    changed();
  }, [online, changed]);

  useEffect(() => {
    if (table.loaded || error) onReady();
  }, [table.loaded, error, onReady]);

  const patch = (next: Partial<TableFilter>) => setFilter((current) => ({ ...current, ...next }));
  // A problem named in the address (#/passwords?problem=weak, the health page's "Show") filters the table.
  const routeProblem = route.section === 'passwords' ? route.problem : null;
  useEffect(() => {
    if (routeProblem) setFilter((current) => ({ ...current, problem: routeProblem, ids: null }));
  }, [routeProblem]);
  const toTable = (problem: Problem | null) => go({ section: 'passwords', entryId: null, problem });

  async function merge(groups: string[][]) {
    const reply = await send('entries/merge', { groups });
    if (!reply.ok) return onError(reply.error.message);
    setNotice(t('mergeDone', [String(reply.value.merged), String(reply.value.removed)]));
    changed();
  }

  const messages = (
    <>
      <p class="error" role="alert" data-testid="workbench-error">{error ?? ''}</p>
      <p class="ok" role="status" data-testid="workbench-notice">{notice}</p>
    </>
  );
  if (route.section === 'passwords') {
    return (
      <div class="workbench" data-testid="workbench">
        {messages}
        <EntriesSection filter={filter} table={table} onFilter={patch} onChanged={changed} onError={onError}
          editId={route.entryId} onEdit={(id) => go({ section: 'passwords', entryId: id, problem: null })} />
      </div>
    );
  }
  if (route.section === 'health') {
    return (
      <div class="workbench" data-testid="workbench">
        {messages}
        <HealthView.Component report={report} oldAfterDays={filter.oldAfterDays} onOldAfterDays={(oldAfterDays) => patch({ oldAfterDays })}
          onShowProblem={toTable}
          onShowIds={(ids) => { patch({ ids: ids.slice(0, 1000), problem: null }); toTable(null); }}
          onMerge={(groups) => void merge(groups)} onChanged={changed} onError={onError}
          settings={settings} onSettings={onSettings} changes={changes} />
      </div>
    );
  }
  if (route.section === 'welcome' && route.step === 'check') return <FirstCheckView.Component report={report} oldAfterDays={filter.oldAfterDays} go={go} onError={onError} />;
  return null;
}
