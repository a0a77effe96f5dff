// Runs in: background. The popup's list with 10,000 entries: sending every summary on each open
// cost ~300-700 ms (2.6 MB through messaging and two schema checks), so the background keeps
// the entries sorted with their search text and answers one page of results per request.
import { buildSiteIndex, candidatesFor, type SiteIndex } from '../../core/match/candidates';
import { matcherFor } from '../../core/match/matches';
import type { EntryList } from '../../core/protocol/messages';
import type { Entry } from '../../core/vault/entry';
import { entryHosts, matchesWords, narrows, queryWords, searchText, summarize, type EntrySummary } from '../../core/vault/summary';

export interface SearchIndex {
  /** Sorted by first host, then username. */
  rows: readonly { entry: Entry; text: string }[];
}

// Rebuilt only when the entry map changes (identity), not per request.
const built = new WeakMap<ReadonlyMap<string, Entry>, SearchIndex>();

export function indexFor(entries: ReadonlyMap<string, Entry>): SearchIndex {
  const cached = built.get(entries);
  if (cached) return cached;
  const keyed = [...entries.values()].map((entry) => ({ entry, text: searchText(entry), key: `${entryHosts(entry.site)[0] ?? ''} ${entry.username}`.toLowerCase() }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const index = { rows: keyed.map(({ entry, text }) => ({ entry, text })) };
  built.set(entries, index);
  return index;
}

export function searchPage(index: SearchIndex, query: string, offset: number, limit: number): { items: EntrySummary[]; total: number } {
  const matching = matchingRows(index, queryWords(query));
  return { items: matching.slice(offset, offset + limit).map((row) => summarize(row.entry)), total: matching.length };
}

// The last query's matches, per index. Each keystroke in the popup is a new query, usually the
// last one typed further (core/vault/summary.ts narrows): those are looked for among the last
// matches, not all 10,000 entries, and the next page of the same query is the same list.
const lastMatches = new WeakMap<SearchIndex, { words: readonly string[]; rows: SearchIndex['rows'] }>();

function matchingRows(index: SearchIndex, words: readonly string[]): SearchIndex['rows'] {
  if (words.length === 0) return index.rows;
  const last = lastMatches.get(index);
  if (last && last.words.length === words.length && last.words.every((word, i) => word === words[i])) return last.rows;
  const pool = last && narrows(last.words, words) ? last.rows : index.rows;
  const rows = pool.filter((row) => matchesWords(row.text, words));
  lastMatches.set(index, { words, rows });
  return rows;
}

// Which entries may belong on a page, per entry map (identity) like the search index.
const bySite = new WeakMap<ReadonlyMap<string, Entry>, SiteIndex<Entry>>();

/** Entries that may match `pageUrl` (core/match/candidates.ts), in the entry map's order. */
export function candidatesForPage(entries: ReadonlyMap<string, Entry>, pageUrl: string): Entry[] {
  let index = bySite.get(entries);
  if (!index) {
    index = buildSiteIndex([...entries.values()], (entry) => entry.site);
    bySite.set(entries, index);
  }
  return candidatesFor(index, pageUrl);
}

// A site rarely has more than a handful of logins; past this the search list is the place.
const MAX_FOR_TAB = 20;

/** What entries/list answers: the entries for the tab's page (if any) and one page of the search. */
export function entryList(entries: ReadonlyMap<string, Entry>, pageUrl: string | null, query: string, offset: number, limit: number): EntryList {
  const match = pageUrl ? matcherFor(pageUrl) : null;
  const forTab = match && pageUrl ? candidatesForPage(entries, pageUrl).filter((entry) => match(entry.site).ok).slice(0, MAX_FOR_TAB) : [];
  return { forTab: forTab.map(summarize), ...searchPage(indexFor(entries), query, offset, limit), all: entries.size };
}
