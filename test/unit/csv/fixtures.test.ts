// Table tests over realistic exports of the six formats and our own, with the awkward rows real
// files have, and over the bad inputs that must be refused whole.
import { describe, expect, it } from 'vitest';
import type { ImportError } from '../../../src/tidy/core/csv/import-error';
import { describeImportError } from '../../../src/tidy/core/csv/import-error';
import { readImportCsv } from '../../../src/tidy/core/csv/read';
import { commitImport } from '../../../src/tidy/core/importing/commit';
import { previewImport } from '../../../src/tidy/core/importing/preview';
import { Entry } from '../../../src/vault/core/entry';
import { FIXTURE_EXPORTS } from '../../fixtures/csv/expected';
import { readFixture } from './read-fixture';

const NOW = Date.UTC(2025, 5, 1);

const good = FIXTURE_EXPORTS;

describe('fixture exports', () => {
  it.each(good)('$file is $format with $counts', ({ file, format, counts }) => {
    const read = readImportCsv(readFixture(file));
    if (!read.ok) throw new Error(describeImportError(read.error));
    expect(read.value.format).toBe(format);
    const preview = previewImport([], read.value.rows, NOW);
    expect(preview.counts).toEqual(counts);
    const entries = commitImport([], preview, {}, NOW);
    expect(entries).toHaveLength(counts.new);
    for (const entry of entries) expect(Entry.safeParse(entry).success, JSON.stringify(entry)).toBe(true);
  });
});

const bad: { file: string; error: Partial<ImportError> }[] = [
  { file: 'bad-binary.csv', error: { code: 'spreadsheet' } },
  { file: 'bad-html.csv', error: { code: 'html' } },
  { file: 'bad-empty.csv', error: { code: 'empty' } },
  { file: 'bad-windows-1252.csv', error: { code: 'not-utf8' } },
  { file: 'bad-no-password-column.csv', error: { code: 'missing-column', field: 'password' } },
  { file: 'bad-no-url-column.csv', error: { code: 'missing-column', field: 'url' } },
  { file: 'bad-conflicting-columns.csv', error: { code: 'conflicting-columns', field: 'origin', columns: ['url', 'login_uri'] } },
  { file: 'bad-unterminated-quote.csv', error: { code: 'unterminated-quote', row: 3, line: 3 } },
];

describe('bad inputs are refused whole, with a reason', () => {
  it.each(bad)('$file: $error.code', ({ file, error }) => {
    const read = readImportCsv(readFixture(file));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error).toMatchObject(error);
    expect(describeImportError(read.error)).toMatch(/\w/);
  });
});
