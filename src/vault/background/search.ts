// Runs in: background. The popup's list with 10,000 entries: sending every summary on each open
// cost ~300-700 ms (2.6 MB through messaging and two schema checks), so the background keeps
// the entries sorted with their search text and answers one page of results per request.
import { buildSiteIndex, candidatesFor, type SiteIndex } from '../core/match/candidates';
import { matcherFor } from '../core/match/matches';
import type { EntryList } from '../../shared/protocol/shapes';
import type { Entry } from '../core/entry';
import { entryHosts, matchesWords, narrows, queryWords, searchText, summarize } from '../core/summary';

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

// The last query's matches, per index. Each keystroke in the popup is a new query, usually the
// last one typed further (vault/core/summary.ts narrows): those are looked for among the last
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

/** Entries that may match `pageUrl` (vault/core/match/candidates.ts), in the entry map's order. */
export function candidatesForPage(entries: ReadonlyMap<string, Entry>, pageUrl: string): Entry[] {
  let index = bySite.get(entries);
  if (!index) {
    index = buildSiteIndex([...entries.values()], (entry) => entry.site);
    bySite.set(entries, index);
  }
  return candidatesFor(index, pageUrl);
}

// The matches of a query in the order the popup lists them: the entries that belong on the tab's
// page first, so "this site" is the top of the one list, typed query or not. Kept per matches
// (identity: the index's rows, or the last query's) and page, so the next page of a list, or the
// same query again, is a slice and not another pass over 10,000 rows.
interface SiteFirst { pageUrl: string; rows: SearchIndex['rows']; siteFirst: number }
const siteFirstOrders = new WeakMap<SearchIndex['rows'], SiteFirst>();

function siteFirstOrder(entries: ReadonlyMap<string, Entry>, matching: SearchIndex['rows'], pageUrl: string): SiteFirst {
  const cached = siteFirstOrders.get(matching);
  if (cached?.pageUrl === pageUrl) return cached;
  const match = matcherFor(pageUrl);
  const ids = new Set(candidatesForPage(entries, pageUrl).filter((entry) => match(entry.site).ok).map((entry) => entry.id));
  let order: SiteFirst = { pageUrl, rows: matching, siteFirst: 0 };
  if (ids.size > 0) {
    const site: SearchIndex['rows'][number][] = [];
    const rest: SearchIndex['rows'][number][] = [];
    for (const row of matching) (ids.has(row.entry.id) ? site : rest).push(row);
    order = { pageUrl, rows: site.length > 0 ? [...site, ...rest] : matching, siteFirst: site.length };
  }
  siteFirstOrders.set(matching, order);
  return order;
}

/** What entries/list answers: one page of the matches, the tab's page's entries first (if any). */
export function entryList(entries: ReadonlyMap<string, Entry>, pageUrl: string | null, query: string, offset: number, limit: number): EntryList {
  const matching = matchingRows(indexFor(entries), queryWords(query));
  const { rows, siteFirst } = pageUrl ? siteFirstOrder(entries, matching, pageUrl) : { rows: matching, siteFirst: 0 };
  return { items: rows.slice(offset, offset + limit).map((row) => summarize(row.entry)), total: rows.length, siteFirst, all: entries.size };
}
