// Runs anywhere. Text to header and records (tokenize.ts): RFC 4180 quoting, quoted commas,
// doubled quotes and line breaks inside quoted values, any line ending on any line. Every cell
// stays exactly as written (no trimming: a password may begin or end with a space); only the
// header is normalised, later.
import { type Result, err, ok } from '../../../shared/result';
import type { ImportError } from './import-error';
import { type CsvRecord, lineAt, tokenize } from './tokenize';

export type { CsvRecord } from './tokenize';

export interface CsvTable {
  header: string[];
  /** The header row as a record: a file without a header (Keeper) has its first login there. */
  first: CsvRecord | undefined;
  records: CsvRecord[];
}

const isBlank = (cells: readonly string[]) => cells.length === 1 && cells[0]?.trim() === '';

/** `text` has had its BOM removed (sniff.ts). */
export function parseTable(text: string, delimiter = ','): Result<CsvTable, ImportError> {
  // The delimiter is fixed: every format we read uses commas, and a guess can pick a ';' out of
  // a password on a short file (read.ts names a semicolon or tab header instead).
  const parsed = tokenize(text, delimiter);
  if (!parsed.ok) {
    // An open quote swallows the rest of the file: no row after it can be trusted.
    return err({ code: 'unterminated-quote', row: parsed.error.row, line: lineAt(text, parsed.error.offset) });
  }
  const [first, ...rest] = parsed.records;
  const records = rest.filter((record) => !isBlank(record.cells));
  return ok({ header: first?.cells ?? [], first, records });
}

/** The first line alone, split by `delimiter`: enough to tell which separator a header uses. */
export function headerWith(text: string, delimiter: string): string[] {
  const end = text.search(/[\r\n]/);
  const line = end === -1 ? text : text.slice(0, end);
  const parsed = tokenize(line, delimiter);
  return parsed.ok ? (parsed.records[0]?.cells ?? []) : [];
}
