// What the options page is sent of a preview: the exact counts, the first rows of each kind it
// lists, and never a password or a row it only counts.
import { describe, expect, it } from 'vitest';
import type { ImportRow } from '../../../src/tidy/core/csv/import-row';
import { previewImport } from '../../../src/tidy/core/importing/preview';
import { LISTED_CLASSES, PreviewSummary, SHOWN_ROWS, summarizePreview } from '../../../src/tidy/core/importing/summary';
import { createEntry } from '../../../src/vault/core/entry';

const NOW = Date.UTC(2025, 5, 1);
const login = (row: number, origin: string, username: string, password: string): ImportRow => ({
  kind: 'login', row, origins: [origin], username, password, notes: '', name: '', totp: '',
});
const broken = (row: number): ImportRow => ({ kind: 'error', row, code: 'no-password', reason: 'no password' });
const skipped = (row: number): ImportRow => ({ kind: 'skipped', row, code: 'android-app', reason: 'an Android app login' });

// A file of every kind, more conflicts and errors than the page lists, interleaved.
function mixedFile(): { rows: ImportRow[]; vault: ReturnType<typeof createEntry>[] } {
  const rows: ImportRow[] = [];
  const vault = [];
  let row = 2;
  for (let i = 0; i < SHOWN_ROWS + 50; i++) {
    vault.push(createEntry({ id: `e${i}`, site: { origins: [`https://shop-${i}.example`], match: 'site' }, username: 'ann', password: `Old-${i}` }, NOW - 1000));
    rows.push(login(row++, `https://shop-${i}.example`, 'ann', `New-secret-${i}`)); // conflict
    rows.push(login(row++, `https://other-${i}.example`, 'ann', `Fresh-secret-${i}`)); // new
    rows.push(broken(row++));
    if (i % 10 === 0) rows.push(skipped(row++));
  }
  rows.push(login(row++, 'https://other-0.example', 'ann', 'Fresh-secret-0')); // identical to an earlier row
  return { rows, vault };
}

describe('summarizePreview', () => {
  const { rows, vault } = mixedFile();
  const preview = previewImport(vault, rows, NOW);
  const summary = summarizePreview('p1', 'chrome', preview);

  it('counts every row exactly, whatever it lists', () => {
    expect(summary.counts).toEqual({ new: SHOWN_ROWS + 50, identical: 1, conflict: SHOWN_ROWS + 50, skipped: 25, error: SHOWN_ROWS + 50 });
    expect(summary.counts).toEqual(preview.counts);
  });

  it('lists the first SHOWN_ROWS of each listed kind, in file order, and nothing it only counts', () => {
    for (const kind of LISTED_CLASSES) {
      const listed = summary.rows.filter((r) => r.class === kind).map((r) => r.row);
      const expected = preview.items.flatMap((item) => (item.class !== kind ? [] : ['problem' in item ? item.problem.row : item.login.row])).slice(0, SHOWN_ROWS);
      expect(listed).toEqual(expected);
    }
    expect(summary.rows.some((r) => r.class === 'new' || r.class === 'identical')).toBe(false);
    expect(summary.rows.map((r) => r.row)).toEqual([...summary.rows.map((r) => r.row)].sort((a, b) => a - b));
  });

  it('carries no password and passes its own schema', () => {
    const text = JSON.stringify(summary);
    expect(text).not.toMatch(/New-secret|Fresh-secret|Old-/);
    expect(PreviewSummary.safeParse(summary).success).toBe(true);
  });

  it('a small file lists all its conflicts, errors and skipped rows', () => {
    const small = previewImport(vault.slice(0, 2), [login(2, 'https://shop-0.example', 'ann', 'x1'), broken(3), skipped(4), login(5, 'https://a.example', 'bo', 'x2')], NOW);
    expect(summarizePreview('p2', 'chrome', small).rows.map((r) => [r.row, r.class])).toEqual([[2, 'conflict'], [3, 'error'], [4, 'skipped']]);
  });
});
