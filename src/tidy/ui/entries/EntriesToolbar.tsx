// Runs in: the options page. Search, site filter, problem and status filters, and sort for the
// entry table. Each control is labelled; text boxes keep their own text so typing re-renders the
// box alone (as the popup's search does).
import { useState } from 'preact/hooks';
import { PROBLEMS, type Problem } from '../../core/health/problems';
import { StatusFilter, TableSort } from '../../../vault/core/table';
import { t } from '../../../shared/platform/i18n';
import { problemBadge } from '../health/problem-labels';
import type { TableFilter } from '../workbench/filters';

interface EntriesToolbarProps { filter: TableFilter; onChange(patch: Partial<TableFilter>): void }

function TextFilter({ id, label, placeholder, value, onText }: { id: string; label: string; placeholder: string; value: string; onText(text: string): void }) {
  const [typed, setTyped] = useState(value);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type="search" value={typed} placeholder={placeholder} autocomplete="off" data-testid={id}
        onInput={(e) => { setTyped(e.currentTarget.value); onText(e.currentTarget.value); }} />
    </div>
  );
}

const asProblem = (value: string): Problem | null => PROBLEMS.find((p) => p === value) ?? null;

export function EntriesToolbar({ filter, onChange }: EntriesToolbarProps) {
  return (
    <div class="toolbar" role="search">
      <TextFilter id="entries-search" label={t('entriesSearchLabel')} placeholder={t('searchPlaceholder')} value={filter.query} onText={(query) => onChange({ query })} />
      <TextFilter id="entries-site" label={t('entriesSiteLabel')} placeholder={t('entriesSitePlaceholder')} value={filter.site} onText={(site) => onChange({ site })} />
      <div class="field">
        <label for="entries-problem">{t('entriesProblemLabel')}</label>
        <select id="entries-problem" data-testid="entries-problem" value={filter.problem ?? ''} onChange={(e) => onChange({ problem: asProblem(e.currentTarget.value) })}>
          <option value="">{t('entriesProblemAny')}</option>
          {PROBLEMS.map((problem) => <option key={problem} value={problem}>{problemBadge(problem)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="entries-status">{t('entriesStatusLabel')}</label>
        <select id="entries-status" data-testid="entries-status" value={filter.status}
          onChange={(e) => onChange({ status: StatusFilter.options.find((s) => s === e.currentTarget.value) ?? 'any' })}>
          {StatusFilter.options.map((status) => <option key={status} value={status}>{t(`entriesStatus_${status}`)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="entries-sort">{t('entriesSortLabel')}</label>
        <select id="entries-sort" data-testid="entries-sort" value={filter.sort}
          onChange={(e) => onChange({ sort: TableSort.options.find((s) => s === e.currentTarget.value) ?? 'site' })}>
          {TableSort.options.map((sort) => <option key={sort} value={sort}>{t(`entriesSort_${sort.replace(/-/g, '_')}`)}</option>)}
        </select>
      </div>
    </div>
  );
}
