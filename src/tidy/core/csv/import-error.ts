// Runs anywhere. Why a whole file was refused. Each is a code the options page can translate,
// plus the facts it needs to say what is wrong and how to fix it ("row 14", "columns url and
// login_uri"). No error carries a cell of a row: a password could be in it (a file without a
// header has a login in its first line), so a header is only ever repeated as the column names we
// know. Nothing is written when any of these is returned (DESIGN.md security rule 7).
import type { Field } from './fields';

/** Exports that are encrypted with the other manager's password: we cannot read them. */
export type EncryptedSource = 'bitwarden' | 'keepass' | 'pgp';

export type ImportError =
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'too-many-rows'; rows: number; limit: number }
  | { code: 'empty' }
  /** NUL bytes or control characters: an archive or image, not a CSV. */
  | { code: 'binary' }
  /** Mostly U+FFFD after decoding: a CSV in another encoding (UTF-16, Windows-1251...). */
  | { code: 'not-utf8' }
  | { code: 'html' }
  /** An .xlsx or .ods (a zip of XML): the spreadsheet must be saved as CSV. */
  | { code: 'spreadsheet' }
  /** A zip that is no spreadsheet (a 1Password .1pux, Dashlane's zip of CSVs): unzip or export as CSV. */
  | { code: 'archive' }
  | { code: 'encrypted'; source: EncryptedSource }
  /** 1Password's interchange file (.1pif): export as CSV instead. */
  | { code: 'one-pif' }
  /** XML (KeePass XML, a feed...): export as CSV instead. */
  | { code: 'xml' }
  /** JSON that is not an export we read (Bitwarden's unencrypted JSON is read). */
  | { code: 'json' }
  /** The header reads with semicolons or tabs, not commas (a spreadsheet saved in some locales). */
  | { code: 'wrong-separator'; separator: 'semicolon' | 'tab' }
  /** No column name we know in the first row: a file without a header, or not an export at all. */
  | { code: 'no-header' }
  /** A quote opened on `line` (row `row`, the header being row 1) never closes. */
  | { code: 'unterminated-quote'; row: number; line: number }
  /** `found`: the header's column names we know (never other cells). */
  | { code: 'missing-column'; field: 'url' | 'username' | 'password'; found: string[] }
  /** Two columns mean the same thing, hold different values, and we will not guess which to use. */
  | { code: 'conflicting-columns'; field: Field; columns: string[] };

const MB = 1024 * 1024;

const ENCRYPTED: Record<EncryptedSource, string> = {
  bitwarden: 'This is an encrypted Bitwarden export. Export again from Bitwarden as "JSON" or "CSV" (not "encrypted JSON").',
  keepass: 'This is a KeePass database (.kdbx), which is encrypted. In KeePassXC use Database > Export > CSV file.',
  // Proton Pass's encrypted export, among others.
  pgp: 'This file is encrypted (PGP). Decrypt it first, or export again without encryption (Proton Pass: CSV, no passphrase).',
};

const SEPARATORS = { semicolon: 'semicolons', tab: 'tabs' } as const;

/** English message for logs and tests; the options page translates from the code. */
export function describeImportError(error: ImportError): string {
  switch (error.code) {
    case 'too-large':
      return `The file is ${(error.bytes / MB).toFixed(1)} MB; imports are limited to ${error.limit / MB} MB. Split it into smaller files.`;
    case 'too-many-rows':
      return `The file has ${error.rows} rows; imports are limited to ${error.limit}. Split it into smaller files.`;
    case 'empty':
      return 'The file is empty. Export your passwords again.';
    case 'binary':
      return 'This is not a CSV file: it contains binary data. Choose the CSV file your password manager exported.';
    case 'not-utf8':
      return 'The file is not UTF-8 text. Export it again as UTF-8 CSV.';
    case 'html':
      return 'This is a web page (HTML), not a CSV export. Export your passwords as CSV.';
    case 'spreadsheet':
      return 'This is a spreadsheet (.xlsx or .ods). Save it as CSV (comma-separated, UTF-8) and import that file.';
    case 'archive':
      return 'This is a zip archive. Unzip it and import the CSV inside, or export your passwords as CSV.';
    case 'encrypted':
      return ENCRYPTED[error.source];
    case 'one-pif':
      return 'This is a 1Password Interchange File (.1pif). In 1Password choose File > Export and the CSV format, then import that file.';
    case 'xml':
      return 'This is an XML file, not a CSV export. Export your passwords as CSV (in KeePassXC: Database > Export > CSV file).';
    case 'json':
      return 'This JSON file is not an export Latchkey reads. Export your passwords as CSV (or, from Bitwarden, as unencrypted JSON).';
    case 'wrong-separator':
      return `The columns are separated by ${SEPARATORS[error.separator]}, not commas. Save the file again as comma-separated CSV.`;
    case 'no-header':
      return 'The first row is not a list of column names. Export your passwords again, or add a header row such as url,username,password.';
    case 'unterminated-quote':
      return `A quoted value opened on line ${error.line} (row ${error.row}) is never closed. Fix that quote, or export again.`;
    case 'missing-column':
      return `No ${error.field} column was found. Known columns: ${error.found.join(', ') || 'none'}. Name the ${error.field} column "${error.field}" and import again.`;
    case 'conflicting-columns':
      return `Columns ${error.columns.join(' and ')} both hold the ${error.field}, with different values; keep one and import again.`;
  }
}
