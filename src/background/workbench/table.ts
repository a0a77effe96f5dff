// Runs in: background. The options page's entry table, one page per request: search, filters
// and sort over the search index (vault/search.ts), with the health report's badges. Each sort
// order is kept per entry list, so a keystroke filters a ready-sorted array.
import type { Problem } from '../../core/health/problems';
import { selectRows, sortRows, tableRow, type Indexed, type TableQuery, type TableRow, type TableSort } from '../../core/vault/table';
import { indexFor, type SearchIndex } from '../vault/search';
import { unlocked } from '../vault/vault';
import { problemsNow } from './health';

const sortedBy = new WeakMap<SearchIndex, Map<TableSort, readonly Indexed[]>>();

function sorted(index: SearchIndex, sort: TableSort): readonly Indexed[] {
  let orders = sortedBy.get(index);
  if (!orders) sortedBy.set(index, (orders = new Map()));
  let rows = orders.get(sort);
  if (!rows) orders.set(sort, (rows = sortRows(index.rows, sort)));
  return rows;
}

async function select(query: TableQuery, now: number): Promise<{ rows: Indexed[]; all: number; problemsOf: (id: string) => readonly Problem[] }> {
  const { entries } = await unlocked(now);
  const problemsOf = await problemsNow(query.oldAfterDays, now);
  return { rows: selectRows(sorted(indexFor(entries), query.sort), query, problemsOf), all: entries.size, problemsOf };
}

export async function tablePage(query: TableQuery, offset: number, limit: number, now: number): Promise<{ items: TableRow[]; total: number; all: number }> {
  const { rows, all, problemsOf } = await select(query, now);
  const items = rows.slice(offset, offset + limit).map(({ entry }) => tableRow(entry, problemsOf(entry.id)));
  return { items, total: rows.length, all };
}

/** Every id the query selects: "select all" for bulk actions. */
export async function tableIds(query: TableQuery, now: number): Promise<string[]> {
  return (await select(query, now)).rows.map(({ entry }) => entry.id);
}
