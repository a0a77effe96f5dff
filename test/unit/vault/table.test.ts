import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/tidy/core/health/problems';
import { createEntry, type Entry } from '../../../src/vault/core/entry';
import { searchText } from '../../../src/vault/core/summary';
import { selectRows, sortRows, TableQuery, tableRow } from '../../../src/vault/core/table';

const T = Date.UTC(2026, 0, 1);
const make = (id: string, host: string, username: string, extra: Partial<Entry> = {}): Entry => ({
  ...createEntry({ id, site: { origins: [`https://${host}`], match: 'site' }, username, password: `pw-${id}`, notes: id === 'b' ? 'gift card' : '' }, T),
  ...extra,
});
// Already in the index's order (site, then username), as the background keeps it.
const rows = [
  make('a', 'amazon.test', 'zed', { passwordChanged: T - 50, lastUsed: null }),
  make('b', 'ebay.test', 'ann', { passwordChanged: T - 10, lastUsed: T - 1 }),
  make('c', 'temu.test', 'Bob', { passwordChanged: T - 90, lastUsed: T - 5, status: 'pending', pendingPrevious: { password: 'x', passwordChanged: 0 } }),
  make('d', 'www.temu.test', 'cid', { passwordChanged: T - 20, lastUsed: T - 9, reviewedAt: T }),
].map((entry) => ({ entry, text: searchText(entry) }));
const problems: Record<string, Problem[]> = { a: ['weak'], c: ['weak', 'pending'] };
const problemsOf = (id: string) => problems[id] ?? [];
const query = (patch: Partial<TableQuery> = {}): TableQuery => ({ query: '', site: '', problem: null, status: 'any', ids: null, sort: 'site', oldAfterDays: 365, ...patch });
const ids = (patch: Partial<TableQuery>) => selectRows(sortRows(rows, patch.sort ?? 'site'), query(patch), problemsOf).map((r) => r.entry.id);

describe('entry table', () => {
  it('sorts by site, username, change date and last use (never used last)', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ sort: 'username' })).toEqual(['b', 'c', 'd', 'a']);
    expect(ids({ sort: 'changed-oldest' })).toEqual(['c', 'a', 'd', 'b']);
    expect(ids({ sort: 'changed-newest' })).toEqual(['b', 'd', 'a', 'c']);
    expect(ids({ sort: 'used-recent' })).toEqual(['b', 'c', 'd', 'a']);
  });

  it('searches site, username and notes; filters by site, problem, status and a group of ids', () => {
    expect(ids({ query: 'gift' })).toEqual(['b']);
    expect(ids({ query: 'BOB' })).toEqual(['c']);
    expect(ids({ site: 'temu' })).toEqual(['c', 'd']);
    expect(ids({ problem: 'weak' })).toEqual(['a', 'c']);
    expect(ids({ problem: 'pending', sort: 'changed-newest' })).toEqual(['c']);
    expect(ids({ status: 'pending' })).toEqual(['c']);
    expect(ids({ status: 'reviewed' })).toEqual(['d']);
    expect(ids({ status: 'unreviewed' })).toEqual(['a', 'b', 'c']);
    expect(ids({ ids: ['d', 'a'] })).toEqual(['a', 'd']);
  });

  it('shows a row without its password or history', () => {
    const row = tableRow({ ...rows[0]!.entry, history: [{ password: 'old-secret', changedAt: 1 }] }, ['weak']);
    expect(row).toMatchObject({ id: 'a', problems: ['weak'], historyCount: 1 });
    expect(JSON.stringify(row)).not.toMatch(/pw-a|old-secret/);
  });
});
