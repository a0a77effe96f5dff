// Runs anywhere. Latchkey's own CSV: everything an entry holds except its id, so an export
// re-imports into the same vault. It is still a Chrome-readable CSV (url, username, password,
// notes are Chrome's names) so the file also moves passwords to another browser.
// History and the pending state are JSON in one cell each; dates are ISO 8601 in UTC, readable
// in a spreadsheet and exact to the millisecond.
import * as z from 'zod/mini';
import { type Result, err, ok } from '../../../shared/result';
import type { HistoryItem, PendingPrevious } from '../../../vault/core/entry';
import { formatDate, parseDateCell } from './dates';

/** Bumped when a column changes meaning; a newer file's rows are refused, never guessed at. */
export const LATCHKEY_CSV_VERSION = 1;

export const LATCHKEY_COLUMNS = [
  'latchkey_version',
  'url',
  'username',
  'password',
  'notes',
  'origins',
  'match',
  'created',
  'updated',
  'password_changed',
  'last_used',
  'status',
  'history',
  'pending_previous',
  // Added after version 1 shipped without changing any column's meaning: a file without it
  // reads as "not reviewed", so LATCHKEY_CSV_VERSION stays 1.
  'reviewed_at',
  // Likewise added later: a file without them reads as entries with no name and no TOTP secret.
  'name',
  'totp',
] as const;

const HistoryJson = z.array(z.object({ password: z.string(), changedAt: z.string() }));
const PendingJson = z.object({ password: z.string(), passwordChanged: z.string() });

export const encodeHistory = (history: readonly HistoryItem[]): string =>
  JSON.stringify(history.map((h) => ({ password: h.password, changedAt: formatDate(h.changedAt) })));

export const encodePending = (pending: PendingPrevious | undefined): string =>
  pending === undefined ? '' : JSON.stringify({ password: pending.password, passwordChanged: formatDate(pending.passwordChanged) });

function parseJson(cell: string): unknown {
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return undefined;
  }
}

export function decodeHistory(cell: string): Result<HistoryItem[], string> {
  if (cell.trim() === '') return ok([]);
  const parsed = HistoryJson.safeParse(parseJson(cell));
  if (!parsed.success) return err('history is not a JSON list of {password, changedAt}');
  const items: HistoryItem[] = [];
  for (const item of parsed.data) {
    const changedAt = parseDateCell(item.changedAt);
    if (changedAt === undefined) return err(`history date "${item.changedAt}" is not a date`);
    items.push({ password: item.password, changedAt });
  }
  return ok(items);
}

export function decodePending(cell: string): Result<PendingPrevious | undefined, string> {
  if (cell.trim() === '') return ok(undefined);
  const parsed = PendingJson.safeParse(parseJson(cell));
  const passwordChanged = parsed.success ? parseDateCell(parsed.data.passwordChanged) : undefined;
  if (!parsed.success || passwordChanged === undefined) return err('pending_previous is not {password, passwordChanged}');
  return ok({ password: parsed.data.password, passwordChanged });
}
