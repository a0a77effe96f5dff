// Runs in: background. The options page's entry table, one page per request: search, filters
// and sort over the search index (vault/search.ts), with the health report's badges. Each sort
// order is kept per entry list, so a keystroke filters a ready-sorted array.
import type { Problem } from '../core/health/problems';
import { selectRows, sortRows, tableRow, type Indexed, type TableQuery, type TableRow, type TableSort } from '../../vault/core/table';
import { indexFor, type SearchIndex } from '../../vault/background/search';
import { unlocked } from '../../vault/background/vault';
import { problemsIfReady, problemsNow } from './health';

const sortedBy = new WeakMap<SearchIndex, Map<TableSort, readonly Indexed[]>>();

function sorted(index: SearchIndex, sort: TableSort): readonly Indexed[] {
  let orders = sortedBy.get(index);
  if (!orders) sortedBy.set(index, (orders = new Map()));
  let rows = orders.get(sort);
  if (!rows) orders.set(sort, (rows = sortRows(index.rows, sort)));
  return rows;
}

const NO_BADGES = (): readonly Problem[] => [];

interface Selected {
  rows: Indexed[];
  all: number;
  problemsOf: (id: string) => readonly Problem[];
  badges: boolean;
}

async function select(query: TableQuery, now: number): Promise<Selected> {
  const { entries } = await unlocked(now);
  // A problem filter needs the analysis now; a plain list shows before it and gets badges after.
  const ready = query.problem === null ? await problemsIfReady(query.oldAfterDays, now) : await problemsNow(query.oldAfterDays, now);
  const problemsOf = ready ?? NO_BADGES;
  return { rows: selectRows(sorted(indexFor(entries), query.sort), query, problemsOf), all: entries.size, problemsOf, badges: ready !== null };
}

export async function tablePage(query: TableQuery, offset: number, limit: number, now: number): Promise<{ items: TableRow[]; total: number; all: number; badges: boolean }> {
  const { rows, all, problemsOf, badges } = await select(query, now);
  const items = rows.slice(offset, offset + limit).map(({ entry }) => tableRow(entry, problemsOf(entry.id)));
  return { items, total: rows.length, all, badges };
}

/** Every id the query selects: "select all" for bulk actions. */
export async function tableIds(query: TableQuery, now: number): Promise<string[]> {
  return (await select(query, now)).rows.map(({ entry }) => entry.id);
}
