// Runs in: the options page. What the entry table shows: the table query without paging.
import { DEFAULT_OLD_AFTER_DAYS } from '../../core/health/entry-checks';
import type { TableQuery } from '../../../vault/core/table';

export type TableFilter = TableQuery;

export const DEFAULT_FILTER: TableFilter = {
  query: '',
  site: '',
  problem: null,
  status: 'any',
  ids: null,
  sort: 'site',
  oldAfterDays: DEFAULT_OLD_AFTER_DAYS,
};
