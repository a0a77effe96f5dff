// Runs anywhere. Why a whole file was refused. Each is a code the options page can translate,
// plus the facts it needs to say something useful ("row 14", "columns url and login_uri").
// Nothing is written when any of these is returned (DESIGN.md security rule 7).
import type { Field } from './fields';

export type ImportError =
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'too-many-rows'; rows: number; limit: number }
  | { code: 'empty' }
  /** NUL bytes or control characters: a spreadsheet, archive or image, not a CSV. */
  | { code: 'binary' }
  /** Mostly U+FFFD after decoding: a CSV in another encoding (UTF-16, Windows-1251...). */
  | { code: 'not-utf8' }
  | { code: 'html' }
  /** A quote opened on `line` (row `row`, the header being row 1) never closes. */
  | { code: 'unterminated-quote'; row: number; line: number }
  | { code: 'missing-column'; field: 'url' | 'username' | 'password'; header: string[] }
  /** Two columns mean the same thing and we will not guess which to use (Chrome and Firefox refuse too). */
  | { code: 'conflicting-columns'; field: Field; columns: string[] };

const MB = 1024 * 1024;

/** English message for logs and tests; the options page translates from the code. */
export function describeImportError(error: ImportError): string {
  switch (error.code) {
    case 'too-large':
      return `The file is ${(error.bytes / MB).toFixed(1)} MB; imports are limited to ${error.limit / MB} MB.`;
    case 'too-many-rows':
      return `The file has ${error.rows} rows; imports are limited to ${error.limit}.`;
    case 'empty':
      return 'The file is empty.';
    case 'binary':
      return 'This is not a CSV file: it contains binary data.';
    case 'not-utf8':
      return 'The file is not UTF-8 text. Export it again as UTF-8 CSV.';
    case 'html':
      return 'This is a web page (HTML), not a CSV export.';
    case 'unterminated-quote':
      return `A quoted value opened on line ${error.line} (row ${error.row}) is never closed.`;
    case 'missing-column':
      return `No ${error.field} column was found. Columns: ${error.header.join(', ')}.`;
    case 'conflicting-columns':
      return `Columns ${error.columns.join(' and ')} both hold the ${error.field}; keep one and import again.`;
  }
}
