// The import's row cap (tidy/core/csv/limits.ts MAX_IMPORT_ROWS, applied in tidy/core/csv/read.ts): a file
// of more login rows than anyone has is refused whole, with the count and the limit, and one at
// the limit is read. Kept apart from read.test.ts: these files are megabytes of text.
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS } from '../../../src/tidy/core/csv/limits';
import { readImportCsv } from '../../../src/tidy/core/csv/read';

const csv = (rows: number) => `url,username,password\n${'https://shop.test,u,p\n'.repeat(rows)}`;

describe('the import row cap', { timeout: 60_000 }, () => {
  it('refuses a file with one row more than the cap', () => {
    expect(readImportCsv(csv(MAX_IMPORT_ROWS + 1))).toEqual({ ok: false, error: { code: 'too-many-rows', rows: MAX_IMPORT_ROWS + 1, limit: MAX_IMPORT_ROWS } });
  });

  it('reads a file at the cap', () => {
    const read = readImportCsv(csv(MAX_IMPORT_ROWS));
    expect(read.ok && read.value.rows.length).toBe(MAX_IMPORT_ROWS);
  });
});
