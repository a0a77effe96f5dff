// Runs anywhere. From a header row to "which export is this, and which column holds what".
// Names are compared trimmed and lower-cased (Chrome and Firefox do the same), so "Login_URI "
// is login_uri. A field may have several columns (1Password 6 writes both URL and an always-empty
// website): each row reads the one with a value, and two with different values refuse the file
// (conflicts.ts), as Chrome (kSemanticError) and Firefox (CONFLICTING_VALUES_ERROR) refuse them.
import { type Result, err, ok } from '../../../shared/result';
import { type Aliases, type Field, REQUIRED_FIELDS, SHARED_ALIASES } from './fields';
import { type CsvFormat, FORMATS } from './formats';
import type { ImportError } from './import-error';

export interface DetectedFormat {
  format: CsvFormat;
  /** Column indexes of each field the file has, the preferred alias first. */
  columns: Partial<Record<Field, readonly number[]>>;
  /** Cells per row, from the header. */
  width: number;
  /** No format's signature matched: the columns were found by their names alone. */
  guessed: boolean;
}

export const normaliseHeader = (name: string): string => name.trim().toLowerCase();

function aliasesOf(format: CsvFormat): Map<Field, readonly string[]> {
  const merged = new Map<Field, readonly string[]>();
  for (const source of [SHARED_ALIASES, format.aliases] as Aliases[]) {
    for (const [field, names] of Object.entries(source) as [Field, readonly string[]][]) merged.set(field, names);
  }
  return merged;
}

function mapColumns(format: CsvFormat, names: readonly string[]): DetectedFormat['columns'] {
  const columns: DetectedFormat['columns'] = {};
  for (const [field, aliases] of aliasesOf(format)) {
    const found = aliases.flatMap((alias) => names.flatMap((name, index) => (name === alias ? [index] : [])));
    if (found.length > 0) columns[field] = found;
  }
  return columns;
}

/** Every name any format gives a meaning to: the only header cells an error may repeat. */
const KNOWN_NAMES: ReadonlySet<string> = new Set(
  FORMATS.flatMap((f) => [...f.signature, ...[...aliasesOf(f).values()].flat()]),
);

/** The header cells that are column names we know, never anything else: a file without a header
 * has a login in its first row, password included. */
export const knownColumns = (header: readonly string[]): string[] =>
  header.filter((name) => KNOWN_NAMES.has(normaliseHeader(name))).map((name) => name.trim());

function matches(format: CsvFormat, names: ReadonlySet<string>): boolean {
  if (!format.signature.every((column) => names.has(column))) return false;
  const only = format.only;
  return only === undefined || [...names].every((name) => name === '' || only.includes(name));
}

export function detectFormat(header: readonly string[]): Result<DetectedFormat, ImportError> {
  const names = header.map(normaliseHeader);
  const set = new Set(names);
  const format = FORMATS.find((f) => matches(f, set)) ?? FORMATS[FORMATS.length - 1];
  if (!format) return err({ code: 'no-header' });
  const columns = mapColumns(format, names);
  const known = knownColumns(header);
  if (known.length === 0) return err({ code: 'no-header' });
  for (const field of REQUIRED_FIELDS) {
    if (columns[field] === undefined) return err({ code: 'missing-column', field: field === 'origin' ? 'url' : field, found: known });
  }
  return ok({ format, columns, width: header.length, guessed: format.id === 'guessed' });
}
