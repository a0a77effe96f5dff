// Runs in: the action popup. Search across all entries in a virtualised list whose rows come from
// the background a page at a time (paged-search.ts).
import { useState } from 'preact/hooks';
import type { EntryList } from '../../core/protocol/messages';
import type { EntrySummary } from '../../core/vault/summary';
import { t } from '../../platform/i18n';
import { VirtualList } from '../components/VirtualList';
import type { EntryActions } from './entry-actions';
import { ENTRY_ROW_HEIGHT, EntryRow } from './EntryRow';
import { usePagedSearch } from './paged-search';

interface SearchListProps {
  first: EntryList;
  actions: EntryActions;
  onEdit(entry: EntrySummary): void;
  onError(message: string): void;
}

const LIST_HEIGHT = ENTRY_ROW_HEIGHT * 4;

/** The search box keeps its own text, so typing re-renders the box alone; the list re-renders
 * once, when the results for the new query arrive. */
function SearchBox({ onQuery }: { onQuery(query: string): void }) {
  const [typed, setTyped] = useState('');
  return (
    <input id="search" type="search" class="wide" placeholder={t('searchPlaceholder')} value={typed} autocomplete="off"
      data-testid="search-input" onInput={(e) => { setTyped(e.currentTarget.value); onQuery(e.currentTarget.value); }} />
  );
}

export function SearchList({ first, actions, onEdit, onError }: SearchListProps) {
  const search = usePagedSearch(first, onError);

  return (
    <section aria-labelledby="search-heading" data-testid="search">
      <h2 id="search-heading">{t('searchHeading')}</h2>
      <label for="search" class="visually-hidden">{t('searchLabel')}</label>
      <SearchBox onQuery={search.setQuery} />
      <p class="muted small-text" aria-live="polite" data-testid="search-count">{t('searchCount', String(search.total))}</p>
      <VirtualList count={search.total} rowHeight={ENTRY_ROW_HEIGHT} height={LIST_HEIGHT} overscan={2} label={t('searchHeading')} testId="search-results"
        dataQuery={search.query} onRange={search.ensure}
        rowKey={(index) => search.rowAt(index)?.id ?? `pending-${index}`}
        renderRow={(index) => {
          const entry = search.rowAt(index);
          return entry ? <EntryRow entry={entry} actions={actions} onEdit={onEdit} /> : <div class="entry-row muted" aria-busy="true" />;
        }} />
    </section>
  );
}
