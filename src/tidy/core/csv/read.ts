// Runs anywhere. The whole import read, text in: size, encoding and file-kind checks, then
// Bitwarden's JSON or CSV parsing, format detection, row mapping. A file-level problem refuses the
// whole file; a row-level one is reported on that row and the rest import. Never throws: every
// step returns a Result. The rows that come out share no string with the text (detached.ts), so
// the caller can let the text go, and every password in it with it.
import { type Result, err, ok } from '../../../shared/result';
import { readJsonExport } from './json-export';
import { findConflict } from './conflicts';
import { detach, forgetLastMatch } from './detached';
import { type DetectedFormat, detectFormat, normaliseHeader } from './detect';
import { FIELD_PAIRS_DETECTED, hasFieldPairs, pairsToColumns } from './field-pairs';
import { detectHeaderless } from './headerless';
import type { CsvFormatId } from './formats';
import type { ImportError } from './import-error';
import type { ImportRow } from './import-row';
import { checkTextSize, MAX_IMPORT_ROWS } from './limits';
import { mapRecord } from './row';
import { looksLikeJson, sniffText, stripBom } from './sniff';
import { type CsvRecord, type CsvTable, headerWith, parseTable } from './table';

export interface ParsedImport {
  format: CsvFormatId;
  /** No format was recognised: the columns were found by their names alone. */
  guessed: boolean;
  rows: ImportRow[];
}

/** A header that reads with semicolons or tabs rather than commas: say so, rather than "no url column". */
function otherSeparator(text: string): ImportError | null {
  for (const [delimiter, separator] of [[';', 'semicolon'], ['\t', 'tab']] as const) {
    const header = headerWith(text, delimiter);
    if (header.length > 1 && detectFormat(header).ok) return { code: 'wrong-separator', separator };
  }
  return null;
}

/** A file whose first row is a login (Keeper's export): every row is a record, none a header. */
function withoutHeader(table: CsvTable): { detected: DetectedFormat; header: string[]; records: CsvRecord[] } | null {
  const records = table.first ? [table.first, ...table.records] : table.records;
  const detected = detectHeaderless(records);
  return detected ? { detected, header: [], records } : null;
}

/** Enpass's name/value pairs, each row laid out in fixed columns (field-pairs.ts). */
function fromFieldPairs(table: CsvTable): { detected: DetectedFormat; header: string[]; records: CsvRecord[] } {
  return { detected: FIELD_PAIRS_DETECTED, header: [], records: table.records.map(pairsToColumns) };
}

function readCsv(text: string): Result<ParsedImport, ImportError> {
  const table = parseTable(text);
  if (!table.ok) return err(otherSeparator(text) ?? table.error);
  const laidOut = hasFieldPairs(table.value.header.map(normaliseHeader)) ? fromFieldPairs(table.value) : null;
  const named = laidOut ? ok(laidOut.detected) : detectFormat(table.value.header);
  const headerless = !named.ok && named.error.code === 'no-header' ? withoutHeader(table.value) : null;
  const detected = headerless ? ok(headerless.detected) : named;
  if (!detected.ok) return err(otherSeparator(text) ?? detected.error);
  const { header, records } = headerless ?? laidOut ?? table.value;
  if (records.length > MAX_IMPORT_ROWS) return err({ code: 'too-many-rows', rows: records.length, limit: MAX_IMPORT_ROWS });
  const conflict = findConflict(header, records, detected.value);
  if (conflict) return err(conflict);
  return ok({ format: detected.value.format.id, guessed: detected.value.guessed, rows: detach(records.map((r) => mapRecord(r, detected.value))) });
}

export function readImportCsv(input: string): Result<ParsedImport, ImportError> {
  const read = readText(input);
  forgetLastMatch();
  return read;
}

function readText(input: string): Result<ParsedImport, ImportError> {
  const size = checkTextSize(input);
  if (!size.ok) return size;
  const text = stripBom(input);
  const sniffed = sniffText(text);
  if (!sniffed.ok) return sniffed;
  // JSON.parse makes strings of their own, not views of the text (file-text-dropped.test.ts).
  if (looksLikeJson(text)) return readJsonExport(text);
  return readCsv(text);
}
