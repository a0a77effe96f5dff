// Runs in: the action popup. Search across all entries, answered by the background one page at a
// time (vault/background/search.ts): opening the popup and typing cost the same with 10,000
// entries as with ten. The entries for the tab's page come first. Answers to an older query are
// dropped.
import { useCallback, useRef, useState } from 'preact/hooks';
import type { EntryList } from '../../shared/protocol/shapes';
import type { EntrySummary } from '../../vault/core/summary';
import { send } from '../../shared/platform/messaging';
import { PAGE_SIZE } from './page-size';

interface Results {
  /** The query these results answer. */
  query: string;
  total: number;
  /** How many of the results, from the first, belong on the tab's page. */
  siteFirst: number;
  pages: ReadonlyMap<number, readonly EntrySummary[]>;
}

export interface PagedSearch extends Results {
  rowAt(index: number): EntrySummary | undefined;
  setQuery(query: string): void;
  ensure(start: number, end: number): void;
}

export function usePagedSearch(first: EntryList, tabId: number | null, onError: (message: string) => void): PagedSearch {
  const [results, setResults] = useState<Results>({ query: '', total: first.total, siteFirst: first.siteFirst, pages: new Map([[0, first.items]]) });
  const wanted = useRef('');
  const inFlight = useRef(new Set<string>());

  const load = useCallback(async (query: string, page: number) => {
    const key = `${page}:${query}`;
    if (inFlight.current.has(key)) return;
    inFlight.current.add(key);
    const reply = await send('entries/list', { tabId, query, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
    inFlight.current.delete(key);
    if (wanted.current !== query) return;
    if (!reply.ok) return onError(reply.error.message);
    setResults((current) => {
      const pages = current.query === query ? new Map(current.pages) : new Map<number, readonly EntrySummary[]>();
      return { query, total: reply.value.total, siteFirst: reply.value.siteFirst, pages: pages.set(page, reply.value.items) };
    });
  }, [tabId, onError]);

  const setQuery = useCallback((query: string) => {
    wanted.current = query;
    void load(query, 0);
  }, [load]);

  const ensure = useCallback((start: number, end: number) => {
    for (let page = Math.floor(start / PAGE_SIZE); page * PAGE_SIZE < end; page++) {
      if (!results.pages.has(page)) void load(results.query, page);
    }
  }, [results, load]);

  const rowAt = (index: number) => results.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  return { ...results, rowAt, setQuery, ensure };
}
