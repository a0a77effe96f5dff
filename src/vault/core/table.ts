// Runs anywhere. The options page's entry table: which entries a search, a filter and a
// sort select, and the rows it shows. The background answers one page at a time, as for the
// popup (vault/background/search.ts): the page never holds all 10,000 entries.
import * as z from 'zod/mini';
import { Problem } from '../../tidy/core/health/problems';
import { isReviewed } from '../../tidy/core/health/entry-checks';
import type { Entry } from './entry';
import { EntrySummary, entryHosts, matchesWords, queryWords, summarize } from './summary';

export const TableSort = z.enum(['site', 'username', 'changed-oldest', 'changed-newest', 'used-recent']);
export type TableSort = z.infer<typeof TableSort>;

export const StatusFilter = z.enum(['any', 'active', 'pending', 'reviewed', 'unreviewed']);
export type StatusFilter = z.infer<typeof StatusFilter>;

export const TableQuery = z.object({
  /** Words looked for in hosts, username and notes (as the popup's search). */
  query: z.string().check(z.maxLength(200)),
  /** Text looked for in the hosts only ("filter by site"). */
  site: z.string().check(z.maxLength(253)),
  problem: z.nullable(Problem),
  status: StatusFilter,
  /** Only these entries (a group from the health report: "show these"), or null for all. */
  ids: z.nullable(z.array(z.string()).check(z.maxLength(1000))),
  sort: TableSort,
  /** The health report's "old" age, so badges agree with the report on screen. */
  oldAfterDays: z.number().check(z.int(), z.minimum(1), z.maximum(36_500)),
});
export type TableQuery = z.infer<typeof TableQuery>;

export const TableRow = z.extend(EntrySummary, {
  problems: z.array(Problem),
  reviewedAt: z.nullable(z.number()),
  /** When sync merged edits made on two computers at once, until the user marks it reviewed. */
  conflictAt: z.nullable(z.number()),
  created: z.number(),
  /** Old passwords kept: the edit view lists them by date (without the passwords). */
  historyCount: z.number(),
});
export type TableRow = z.infer<typeof TableRow>;

export function tableRow(entry: Entry, problems: readonly Problem[]): TableRow {
  return {
    ...summarize(entry), problems: [...problems], reviewedAt: entry.reviewedAt, conflictAt: entry.conflictAt ?? null, created: entry.created, historyCount: entry.history.length,
  };
}

export interface Indexed {
  entry: Entry;
  /** searchText(entry), built once per entry list. */
  text: string;
}

const STATUS: Record<StatusFilter, (entry: Entry) => boolean> = {
  any: () => true,
  active: (entry) => entry.status === 'active',
  pending: (entry) => entry.status === 'pending',
  reviewed: isReviewed,
  unreviewed: (entry) => !isReviewed(entry),
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Orders rows already sorted by site (the search index's order); stable, so ties stay by site. */
export function sortRows(rows: readonly Indexed[], sort: TableSort): readonly Indexed[] {
  switch (sort) {
    case 'site':
      return rows;
    case 'username':
      return [...rows].sort((a, b) => byText(a.entry.username.toLowerCase(), b.entry.username.toLowerCase()));
    case 'changed-oldest':
      return [...rows].sort((a, b) => a.entry.passwordChanged - b.entry.passwordChanged);
    case 'changed-newest':
      return [...rows].sort((a, b) => b.entry.passwordChanged - a.entry.passwordChanged);
    case 'used-recent':
      // Never used goes last: those are the ones to question.
      return [...rows].sort((a, b) => (b.entry.lastUsed ?? -1) - (a.entry.lastUsed ?? -1));
  }
}

/** The sorted rows the query selects. `problemsOf` answers the health report's badges. */
export function selectRows(sorted: readonly Indexed[], query: TableQuery, problemsOf: (id: string) => readonly Problem[]): Indexed[] {
  const words = queryWords(query.query);
  const site = query.site.trim().toLowerCase();
  const status = STATUS[query.status];
  const only = query.ids === null ? null : new Set(query.ids);
  return sorted.filter(({ entry, text }) =>
    (only === null || only.has(entry.id)) &&
    matchesWords(text, words) &&
    (site === '' || entryHosts(entry.site).some((host) => host.toLowerCase().includes(site))) &&
    status(entry) &&
    (query.problem === null || problemsOf(entry.id).includes(query.problem)));
}
