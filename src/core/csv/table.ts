// Runs anywhere. Text to header and records with papaparse: RFC 4180 quoting, quoted commas,
// doubled quotes and line breaks inside quoted values. Every cell stays exactly as written (no
// trimming: a password may begin or end with a space); only the header is normalised, later.
import Papa from 'papaparse';
import { type Result, err, ok } from '../result';
import type { ImportError } from './import-error';

export interface CsvRecord {
  /** Spreadsheet row number: the header is row 1, the first login row 2. */
  row: number;
  cells: string[];
  /** papaparse saw a stray quote inside a quoted value; the cells may be split wrongly. */
  malformed: boolean;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

// Line endings are taken from the header line rather than papaparse's guess, which counts
// breaks in the first megabyte and can be swayed by notes full of the other kind.
const newlineOf = (text: string): '\r\n' | '\n' | '\r' => {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (lf === -1) return cr === -1 ? '\n' : '\r';
  return cr !== -1 && cr < lf ? (cr === lf - 1 ? '\r\n' : '\r') : '\n';
};

const lineAt = (text: string, index: number): number => {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

const isBlank = (cells: string[]) => cells.length === 1 && cells[0]?.trim() === '';

/** `text` has had its BOM removed (sniff.ts). */
export function parseTable(text: string): Result<CsvTable, ImportError> {
  // The delimiter is fixed: every format we read uses commas, and a guess can pick a ';' out of
  // a password on a short file.
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline: newlineOf(text), header: false, skipEmptyLines: false });
  const malformed = new Set<number>();
  for (const error of parsed.errors) {
    if (error.code === 'MissingQuotes') {
      // An open quote swallows the rest of the file: no row after it can be trusted.
      return err({ code: 'unterminated-quote', row: (error.row ?? 0) + 1, line: lineAt(text, error.index ?? 0) });
    }
    if (error.code === 'InvalidQuotes' && error.row !== undefined) malformed.add(error.row);
  }
  const [header = [], ...rest] = parsed.data;
  const records = rest.flatMap((cells, i) =>
    isBlank(cells) ? [] : [{ row: i + 2, cells, malformed: malformed.has(i + 1) }],
  );
  return ok({ header, records });
}
