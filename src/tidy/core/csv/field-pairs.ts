// Runs anywhere. Enpass's CSV export has no column per field: its header is
// "Title","Field","Value","Field","Value",.........,"Note", and each row is the title, then each
// of the item's fields as a name cell and a value cell, then the note (so a row always has an odd
// number of cells). Each row is laid out here in fixed columns by its field names, and is then read
// like any other format's row (row.ts).
import type { DetectedFormat } from './detect';
import type { Field } from './fields';
import type { CsvFormat } from './formats';
import type { CsvRecord } from './table';

/** The header as Enpass writes it: a title, then name/value pairs. */
export const hasFieldPairs = (names: readonly string[]): boolean =>
  names[0] === 'title' && names[1] === 'field' && names[2] === 'value';

// Enpass's default field names for a login (the user may rename them; renamed ones are not read).
const PAIR_FIELDS: Readonly<Record<string, Field>> = {
  username: 'username',
  login: 'username',
  'e-mail': 'usernameFallback',
  email: 'usernameFallback',
  password: 'password',
  url: 'origin',
  website: 'origin',
  totp: 'totp',
};

const COLUMNS: readonly Field[] = ['name', 'username', 'usernameFallback', 'password', 'origin', 'totp', 'notes'];
const ENPASS: CsvFormat = { id: 'enpass', signature: [], aliases: {}, multiUrl: false };

export const FIELD_PAIRS_DETECTED: DetectedFormat = {
  format: ENPASS,
  columns: Object.fromEntries(COLUMNS.map((field, index) => [field, [index]])),
  width: COLUMNS.length,
  guessed: false,
};

/** One Enpass row in the fixed columns above; the first field of each kind wins. */
export function pairsToColumns(record: CsvRecord): CsvRecord {
  const [title = '', ...rest] = record.cells;
  const values = new Map<Field, string>([['name', title]]);
  // Title + pairs + note: an even number of cells after the title means the note is missing.
  const pairs = rest.length % 2 === 1 ? rest.slice(0, -1) : rest;
  if (rest.length % 2 === 1) values.set('notes', rest[rest.length - 1] ?? '');
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const field = PAIR_FIELDS[(pairs[i] ?? '').trim().toLowerCase()];
    const value = pairs[i + 1] ?? '';
    if (field !== undefined && value !== '' && !values.has(field)) values.set(field, value);
  }
  return { ...record, cells: COLUMNS.map((field) => values.get(field) ?? '') };
}
