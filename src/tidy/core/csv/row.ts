// Runs anywhere. One parsed record to an ImportRow. Values are kept as written: usernames,
// passwords and notes are never trimmed (a password may end in a space); only URLs, dates and
// Latchkey's own columns are read leniently.
import { MatchMode } from '../../../vault/core/match/entry-site';
import { EntryStatus } from '../../../vault/core/entry';
import type { DetectedFormat } from './detect';
import { parseDateCell } from './dates';
import type { Field } from './fields';
import type { ImportLogin, ImportRow, RowProblem, RowProblemCode } from './import-row';
import { decodeHistory, decodePending, LATCHKEY_CSV_VERSION } from './latchkey-format';
import { cellToOrigins, originsCell } from './origins';
import type { CsvRecord } from './table';

const problem = (row: number, code: RowProblemCode, reason: string, kind: RowProblem['kind'] = 'error'): RowProblem => ({
  kind,
  row,
  code,
  reason,
});

type Cell = (field: Field) => string;

/** The columns only our own format has; a bad value there is an error, not a guess. */
type LatchkeyExtras = Pick<ImportLogin, 'match' | 'status' | 'history' | 'pendingPrevious' | 'reviewedAt'>;

function latchkeyExtras(row: number, cell: Cell): LatchkeyExtras | RowProblem {
  const match = MatchMode.safeParse(cell('match').trim() || 'site');
  const status = EntryStatus.safeParse(cell('status').trim() || 'active');
  const history = decodeHistory(cell('history'));
  const pending = decodePending(cell('pendingPrevious'));
  if (!match.success) return problem(row, 'bad-field', `match "${cell('match')}" is not site, host or origin`);
  if (!status.success) return problem(row, 'bad-field', `status "${cell('status')}" is not active or pending`);
  if (!history.ok) return problem(row, 'bad-field', history.error);
  if (!pending.ok) return problem(row, 'bad-field', pending.error);
  // A pending entry with no pending_previous is new and unconfirmed (a generated password saved
  // when it was filled, keep/core/generated.ts): it comes back pending, with nothing to revert to.
  const reviewedAt = parseDateCell(cell('reviewedAt'));
  return {
    ...(reviewedAt === undefined ? {} : { reviewedAt }),
    match: match.data,
    status: status.data,
    history: history.value,
    ...(status.data === 'pending' && pending.value !== undefined ? { pendingPrevious: pending.value } : {}),
  };
}

const dateFields = ['created', 'updated', 'passwordChanged', 'lastUsed'] as const;

/** Which cell a field reads: the first of its columns with a value (the preferred alias first). */
function cellReader(cells: readonly string[], columns: DetectedFormat['columns']): Cell {
  return (field) => {
    const indexes = columns[field];
    if (indexes === undefined) return '';
    for (const index of indexes) {
      const value = cells[index];
      if (value !== undefined && value !== '') return value;
    }
    return '';
  };
}

// NordPass writes its further URLs as a list in one cell; any separator or JSON punctuation is read.
const extraUrls = (cell: string): string => cell.replace(/[[\]"]/g, ' ');

function originsOf(format: DetectedFormat['format'], cell: Cell) {
  if (format.id === 'latchkey' && cell('origins').trim() !== '') return originsCell(cell('origins'));
  const main = cellToOrigins(cell('origin'), format.multiUrl);
  const more = cell('urls').trim() === '' ? null : cellToOrigins(extraUrls(cell('urls')), true);
  if (!more?.ok) return main;
  if (!main.ok) return main.code === 'no-url' ? more : main;
  return { ok: true as const, origins: [...new Set([...main.origins, ...more.origins])] };
}

/** Why a row that is fine is still not a web login, or null. */
function notALogin(row: number, format: DetectedFormat['format'], cell: Cell): RowProblem | null {
  const type = cell('type').trim().toLowerCase();
  if (format.loginTypes && type !== '' && !format.loginTypes.includes(type)) {
    return problem(row, 'not-a-login', `a ${type} item, not a login`, 'skipped');
  }
  if (format.noteUrl !== undefined && cell('origin').trim().toLowerCase() === format.noteUrl) {
    return problem(row, 'not-a-login', 'a secure note, not a login', 'skipped');
  }
  if (cell('origin').trim() === '' && cell('urls').trim() === '' && cell('username') === '' && cell('password') === '') {
    return problem(row, 'empty-item', 'no URL, username or password: a folder, a note or an empty item', 'skipped');
  }
  return null;
}

export function mapRecord(record: CsvRecord, detected: DetectedFormat): ImportRow {
  const { row, cells } = record;
  const { format, columns, width } = detected;
  if (record.malformed) return problem(row, 'malformed-quotes', 'a quote inside a quoted value is not doubled ("")');
  // Missing trailing cells are empty, as spreadsheets and the browsers read them; extra cells
  // are fine while empty (a trailing comma), and refused when they hold something, unless the
  // format's last column is open-ended (those cells are its own, and no field reads them).
  if (!format.openLastColumn && cells.length > width && cells.slice(width).some((c) => c !== '')) {
    return problem(row, 'field-count', `the row has ${cells.length} values, the header has ${width} columns`);
  }
  const cell = cellReader(cells, columns);

  if (format.id === 'latchkey') {
    const version = Number(cell('version').trim());
    if (!Number.isInteger(version) || version > LATCHKEY_CSV_VERSION) {
      return problem(row, 'newer-version', `written by a newer Latchkey (format ${cell('version')}); update Latchkey first`);
    }
  }
  const skipped = notALogin(row, format, cell);
  if (skipped) return skipped;
  const origins = originsOf(format, cell);
  if (!origins.ok) {
    if (origins.code === 'android-app') return problem(row, 'android-app', `an Android app login (${origins.value}), not a web site`, 'skipped');
    if (origins.code === 'no-url') return problem(row, 'no-url', 'no URL');
    return problem(row, 'bad-url', `"${origins.value}" is not a web address`);
  }
  const password = cell('password');
  if (password === '') return problem(row, 'no-password', 'no password');

  const login: ImportLogin = {
    kind: 'login',
    row,
    origins: origins.origins,
    username: cell('username') || cell('usernameFallback'),
    password,
    notes: cell('notes'),
    name: cell('name'),
    totp: cell('totp'),
  };
  for (const field of dateFields) {
    const value = parseDateCell(cell(field));
    if (value !== undefined) login[field] = value;
  }
  if (format.id !== 'latchkey') return login;
  const extras = latchkeyExtras(row, cell);
  return 'code' in extras ? extras : { ...login, ...extras };
}
