// Runs anywhere. Rows to CSV text with papaparse: values with commas, quotes, line breaks or
// edge spaces are quoted and quotes doubled (RFC 4180), so every value reads back exactly.
//
// No spreadsheet formula guard (OWASP's "prefix = + - @ with a quote"): it would change the
// value, and a password that starts with "=" must come back as "=..." when the file is
// re-imported here or in Chrome. A user who opens an export in a spreadsheet should not trust
// its formulas; the export dialog says so.
import Papa from 'papaparse';

export function toCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    { fields: [...columns], data: rows.map((r) => [...r]) },
    // CRLF as RFC 4180 has it; every importer we know reads both. No BOM: Chrome writes none and
    // older importers would read it into the first column's name.
    { newline: '\r\n', quotes: false, escapeFormulae: false, skipEmptyLines: false },
  );
}
