// Runs anywhere. Exports that write no header row. Keeper's CSV export is one: folder, title,
// login, password, website address, notes, shared folder, then custom fields as name/value cell
// pairs (as Keeper Commander and Bitwarden's Keeper importer read it). With no names to go by, the
// file is taken for Keeper's only when its cells say so: every row as wide as Keeper writes, and
// every filled website cell a web address. Anything else stays refused as a file without a header.
import type { DetectedFormat } from './detect';
import type { CsvFormat } from './formats';
import { cellToOrigins } from './origins';
import type { CsvRecord } from './table';

// Keeper's columns by position; the names are ours (the file has none) and never match a header.
const KEEPER_COLUMNS = { name: 1, username: 2, password: 3, origin: 4, notes: 5 } as const;
// Folder to shared folder; custom fields may follow.
const KEEPER_WIDTH = 7;
// Keeper Commander reads a row with at least the six cells up to the notes.
const KEEPER_MIN_CELLS = 6;

const KEEPER: CsvFormat = { id: 'keeper', signature: [], aliases: {}, multiUrl: false, openLastColumn: true };

const filled = (record: CsvRecord, index: number): string => (record.cells[index] ?? '').trim();

function looksLikeKeeper(records: readonly CsvRecord[]): boolean {
  let logins = 0;
  for (const record of records) {
    if (record.cells.length < KEEPER_MIN_CELLS) return false;
    const site = filled(record, KEEPER_COLUMNS.origin);
    if (site === '') continue;
    const origins = cellToOrigins(site, false);
    if (!origins.ok && origins.code !== 'android-app') return false;
    if (origins.ok && filled(record, KEEPER_COLUMNS.password) !== '') logins++;
  }
  return logins > 0;
}

/** The format of a file whose first row is already a login, or null when none fits. */
export function detectHeaderless(records: readonly CsvRecord[]): DetectedFormat | null {
  if (!looksLikeKeeper(records)) return null;
  const columns = Object.fromEntries(Object.entries(KEEPER_COLUMNS).map(([field, index]) => [field, [index]]));
  return { format: KEEPER, columns, width: KEEPER_WIDTH, guessed: false };
}
