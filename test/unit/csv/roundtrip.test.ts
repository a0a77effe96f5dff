// Property test: for random entries holding " , \n \r, a BOM, edge spaces and
// unicode, export then import into an empty vault gives the same entries back.
import { describe, expect, it } from 'vitest';
import { exportChromeCsv } from '../../../src/tidy/core/csv/export-chrome';
import { exportLatchkeyCsv } from '../../../src/tidy/core/csv/export-latchkey';
import { readImportCsv } from '../../../src/tidy/core/csv/read';
import { commitImport } from '../../../src/tidy/core/importing/commit';
import { previewImport } from '../../../src/tidy/core/importing/preview';
import { Entry } from '../../../src/vault/core/entry';
import { prng, randomEntries } from './random-entries';

const NOW = Date.UTC(2025, 5, 1);

function reimport(csv: string, withBom: boolean): Entry[] {
  const read = readImportCsv(withBom ? `\uFEFF${csv}` : csv);
  if (!read.ok) throw new Error(read.error.code);
  const preview = previewImport([], read.value.rows, NOW);
  expect(preview.counts).toMatchObject({ identical: 0, conflict: 0, skipped: 0, error: 0 });
  let next = 0;
  return commitImport([], preview, {}, NOW, { newId: () => `e${next++}` });
}

describe('export then import', () => {
  it.each([1, 2, 3, 4])('Latchkey CSV returns the same entries (seed %i, 100 entries)', (seed) => {
    const entries = randomEntries(seed, 100);
    for (const e of entries) expect(Entry.safeParse(e).success).toBe(true);
    const back = reimport(exportLatchkeyCsv(entries), seed % 2 === 0);
    expect(back).toEqual(entries);
  });

  // The property over many small vaults: each case its own seed, size and BOM choice, so a
  // failure names a seed that reproduces it.
  it('Latchkey CSV returns the same entries for 300 seeded random vaults', () => {
    const pick = prng(2026);
    for (let seed = 100; seed < 400; seed++) {
      const entries = randomEntries(seed, 1 + Math.floor(pick() * 12));
      const withBom = pick() < 0.5;
      expect(reimport(exportLatchkeyCsv(entries), withBom), `seed ${seed}, BOM ${withBom}`).toEqual(entries);
    }
  });

  it.each([5, 6])("Chrome CSV keeps url, username, password and notes (seed %i)", (seed) => {
    const entries = randomEntries(seed, 100);
    const back = reimport(exportChromeCsv(entries), seed % 2 === 0);
    expect(back.map((e) => [e.site.origins, e.username, e.password, e.notes])).toEqual(
      entries.map((e) => [[e.site.origins[0]], e.username, e.password, e.notes]),
    );
  });

  it('keeps a value that starts with "=" as it was (no formula guard)', () => {
    const [entry] = randomEntries(7, 1);
    const back = reimport(exportLatchkeyCsv([{ ...entry!, password: '=HYPERLINK("http://x")', notes: '+1 -2 @3' }]), false);
    expect(back[0]).toMatchObject({ password: '=HYPERLINK("http://x")', notes: '+1 -2 @3' });
  });

  it('round-trips an empty vault', () => {
    expect(reimport(exportLatchkeyCsv([]), false)).toEqual([]);
  });
});
