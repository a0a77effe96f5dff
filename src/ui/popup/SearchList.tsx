// Runs in: the action popup. Search across all entries, shown in a virtualised list so 10,000
// entries cost the same to open and to type into as ten.
import { useMemo, useState } from 'preact/hooks';
import { entryHosts, type EntrySummary } from '../../core/vault/summary';
import { t } from '../../platform/i18n';
import { VirtualList } from '../components/VirtualList';
import type { EntryActions } from './entry-actions';
import { ENTRY_ROW_HEIGHT, EntryRow } from './EntryRow';
import { buildIndex, search } from './search-index';

interface SearchListProps { entries: readonly EntrySummary[]; actions: EntryActions; onEdit(entry: EntrySummary): void }

const LIST_HEIGHT = ENTRY_ROW_HEIGHT * 4;

export function SearchList({ entries, actions, onEdit }: SearchListProps) {
  const [query, setQuery] = useState('');
  // Sorted by host then username, and indexed once per list; each keystroke only filters.
  const index = useMemo(() => {
    const keyed = entries.map((entry) => ({ entry, key: `${entryHosts(entry.site)[0] ?? ''} ${entry.username}`.toLowerCase() }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return buildIndex(keyed.map((k) => k.entry));
  }, [entries]);
  const found = useMemo(() => search(index, query), [index, query]);

  return (
    <section aria-labelledby="search-heading" data-testid="search">
      <h2 id="search-heading">{t('searchHeading')}</h2>
      <label for="search" class="visually-hidden">{t('searchLabel')}</label>
      <input id="search" type="search" class="wide" placeholder={t('searchPlaceholder')} value={query} autocomplete="off"
        data-testid="search-input" onInput={(e) => setQuery(e.currentTarget.value)} />
      <p class="muted small-text" aria-live="polite" data-testid="search-count">{t('searchCount', String(found.length))}</p>
      <VirtualList items={found} rowHeight={ENTRY_ROW_HEIGHT} height={LIST_HEIGHT} label={t('searchHeading')} testId="search-results"
        itemKey={(entry) => entry.id} renderRow={(entry) => <EntryRow entry={entry} actions={actions} onEdit={onEdit} />} />
    </section>
  );
}
