// Runs anywhere. Latchkey's rich CSV (latchkey-format.ts): every field of every entry but its
// id, so export then import gives the same entries back (test/unit/csv/roundtrip.test.ts).
import type { Entry } from '../../../vault/core/entry';
import { formatDate } from './dates';
import { encodeHistory, encodePending, LATCHKEY_COLUMNS, LATCHKEY_CSV_VERSION } from './latchkey-format';
import { toCsv } from './unparse';

function rowOf(e: Entry): string[] {
  return [
    String(LATCHKEY_CSV_VERSION),
    // Chrome reads this column; Latchkey reads `origins`.
    e.site.origins[0] ?? '',
    e.username,
    e.password,
    e.notes,
    e.site.origins.join(' '),
    e.site.match,
    formatDate(e.created),
    formatDate(e.updated),
    formatDate(e.passwordChanged),
    e.lastUsed === null ? '' : formatDate(e.lastUsed),
    e.status,
    encodeHistory(e.history),
    encodePending(e.pendingPrevious),
    e.reviewedAt === null ? '' : formatDate(e.reviewedAt),
    e.name,
    e.totp,
  ];
}

export function exportLatchkeyCsv(entries: readonly Entry[]): string {
  return toCsv(LATCHKEY_COLUMNS, entries.map(rowOf));
}
