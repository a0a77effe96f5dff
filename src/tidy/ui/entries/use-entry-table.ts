// Runs in: the options page. The entry table's rows, a page at a time from the background
// (entries/table), for one filter and vault version. Rows of the previous answer stay on screen
// until the new one arrives, so an edit does not blank the list.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ResponseOf } from '../../../shared/protocol/messages';
import type { Reply } from '../../../shared/protocol/reply';
import type { TableRow } from '../../../vault/core/table';
import { send } from '../../../shared/platform/messaging';
import { DEFAULT_FILTER, type TableFilter } from '../workbench/filters';

export const PAGE_SIZE = 50;

interface Results {
  key: string;
  total: number;
  all: number;
  /** false: the rows came before the health analysis and carry no badges yet. */
  badges: boolean;
  pages: ReadonlyMap<number, readonly TableRow[]>;
}

export interface EntryTable extends Results {
  loaded: boolean;
  rowAt(index: number): TableRow | undefined;
  ensure(start: number, end: number): void;
}

export type FirstPage = Promise<Reply<ResponseOf<'entries/table'>>>;

/**
 * The default first page, asked for as the page starts, alongside the vault state: opening the
 * options page then costs one round trip to the background, not two in a row.
 */
export const requestFirstPage = (): FirstPage => send('entries/table', { ...DEFAULT_FILTER, offset: 0, limit: PAGE_SIZE });
const DEFAULT_JSON = JSON.stringify(DEFAULT_FILTER);

export function useEntryTable(filter: TableFilter, version: string, onError: (message: string) => void, firstPage?: FirstPage): EntryTable {
  const key = `${version}:${JSON.stringify(filter)}`;
  const first = useRef(firstPage);
  const [results, setResults] = useState<Results>({ key: '', total: 0, all: 0, badges: false, pages: new Map() });
  const wanted = useRef(key);
  const inFlight = useRef(new Set<string>());

  const load = useCallback(async (forKey: string, forFilter: TableFilter, page: number) => {
    const flight = `${page}|${forKey}`;
    if (inFlight.current.has(flight)) return;
    inFlight.current.add(flight);
    // Only the page's very first load may use it, and only if it asks for the same thing.
    const early = page === 0 && JSON.stringify(forFilter) === DEFAULT_JSON ? first.current : undefined;
    first.current = undefined;
    const reply = await (early ?? send('entries/table', { ...forFilter, offset: page * PAGE_SIZE, limit: PAGE_SIZE }));
    inFlight.current.delete(flight);
    if (wanted.current !== forKey) return;
    if (!reply.ok) return onError(reply.error.message);
    setResults((current) => {
      const pages = current.key === forKey ? new Map(current.pages) : new Map<number, readonly TableRow[]>();
      return { key: forKey, total: reply.value.total, all: reply.value.all, badges: reply.value.badges, pages: pages.set(page, reply.value.items) };
    });
  }, [onError]);

  useEffect(() => {
    wanted.current = key;
    void load(key, filter, 0);
    // `key` stands for the filter and the version: a new filter object with the same content
    // asks nothing again.
  }, [key, load]);

  const ensure = useCallback((start: number, end: number) => {
    if (results.key !== wanted.current) return;
    for (let page = Math.floor(start / PAGE_SIZE); page * PAGE_SIZE < end; page++) {
      if (!results.pages.has(page)) void load(results.key, filter, page);
    }
  }, [results, load, filter]);

  const rowAt = (index: number) => results.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  return { ...results, loaded: results.key !== '', rowAt, ensure };
}
