// Runs anywhere. From a header row to "which export is this, and which column holds what".
// Names are compared trimmed and lower-cased (Chrome and Firefox do the same), so "Login_URI "
// is login_uri. Two columns for one field are refused, as Chrome (kSemanticError) and Firefox
// (CONFLICTING_VALUES_ERROR) refuse them: guessing could import every row with the wrong URL.
import { type Result, err, ok } from '../result';
import { type Aliases, type Field, PRIORITY_FIELDS, REQUIRED_FIELDS, SHARED_ALIASES } from './fields';
import { type CsvFormat, FORMATS } from './formats';
import type { ImportError } from './import-error';

export interface DetectedFormat {
  format: CsvFormat;
  /** Column index of each field the file has. */
  columns: Partial<Record<Field, number>>;
  /** Cells per row, from the header. */
  width: number;
}

export const normaliseHeader = (name: string): string => name.trim().toLowerCase();

function aliasesOf(format: CsvFormat): Map<Field, string[]> {
  const merged = new Map<Field, string[]>();
  for (const source of [SHARED_ALIASES, format.extra] as Aliases[]) {
    for (const [field, names] of Object.entries(source) as [Field, readonly string[]][]) {
      merged.set(field, [...(merged.get(field) ?? []), ...names]);
    }
  }
  return merged;
}

function mapColumns(format: CsvFormat, header: readonly string[]): Result<DetectedFormat['columns'], ImportError> {
  const names = header.map(normaliseHeader);
  const columns: DetectedFormat['columns'] = {};
  for (const [field, aliases] of aliasesOf(format)) {
    const found = names.flatMap((name, index) => (aliases.includes(name) ? [{ name, index }] : []));
    const first = found[0];
    if (!first) continue;
    if (PRIORITY_FIELDS.has(field)) {
      const best = found.reduce((a, b) => (aliases.indexOf(b.name) < aliases.indexOf(a.name) ? b : a), first);
      columns[field] = best.index;
      continue;
    }
    if (found.length > 1) {
      return err({ code: 'conflicting-columns', field, columns: found.map((f) => header[f.index]?.trim() ?? f.name) });
    }
    columns[field] = first.index;
  }
  return ok(columns);
}

export function detectFormat(header: readonly string[]): Result<DetectedFormat, ImportError> {
  const names = new Set(header.map(normaliseHeader));
  // The last format (Chrome's) has an empty signature, so one always matches.
  const format = FORMATS.find((f) => f.signature.every((column) => names.has(column))) ?? FORMATS[FORMATS.length - 1];
  if (!format) return err({ code: 'missing-column', field: 'url', header: [...header] });
  const columns = mapColumns(format, header);
  if (!columns.ok) return columns;
  for (const field of REQUIRED_FIELDS) {
    if (columns.value[field] === undefined) {
      return err({ code: 'missing-column', field: field === 'origin' ? 'url' : field, header: [...header] });
    }
  }
  return ok({ format, columns: columns.value, width: header.length });
}
