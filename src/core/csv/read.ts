// Runs anywhere. The whole import read, text in: size, encoding and HTML checks, CSV parsing,
// format detection, row mapping. A file-level problem refuses the whole file; a row-level one is
// reported on that row and the rest import. Never throws: papaparse does not, and every other
// step returns a Result.
import { type Result, err, ok } from '../result';
import { detectFormat } from './detect';
import type { CsvFormatId } from './formats';
import type { ImportError } from './import-error';
import type { ImportRow } from './import-row';
import { checkTextSize, MAX_IMPORT_ROWS } from './limits';
import { mapRecord } from './row';
import { sniffText, stripBom } from './sniff';
import { parseTable } from './table';

export interface ParsedImport {
  format: CsvFormatId;
  rows: ImportRow[];
}

export function readImportCsv(input: string): Result<ParsedImport, ImportError> {
  const size = checkTextSize(input);
  if (!size.ok) return size;
  const text = stripBom(input);
  const sniffed = sniffText(text);
  if (!sniffed.ok) return sniffed;
  const table = parseTable(text);
  if (!table.ok) return table;
  const detected = detectFormat(table.value.header);
  if (!detected.ok) return detected;
  const { records } = table.value;
  if (records.length > MAX_IMPORT_ROWS) return err({ code: 'too-many-rows', rows: records.length, limit: MAX_IMPORT_ROWS });
  return ok({ format: detected.value.format.id, rows: records.map((r) => mapRecord(r, detected.value)) });
}
