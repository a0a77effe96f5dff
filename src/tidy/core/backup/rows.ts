// Runs anywhere. A backup's entries as import rows, so a restore goes through the same preview
// (new, identical, conflicts with the user's choice) and the same one-write commit as a CSV.
// Every field is carried, the id too: restored into a vault that lacks them, the entries come
// back exactly as they were saved.
import type { ImportLogin } from '../csv/import-row';
import type { Entry } from '../../../vault/core/entry';

export function backupRows(entries: readonly Entry[]): (ImportLogin & { id: string })[] {
  return entries.map((e, i): ImportLogin & { id: string } => ({
    kind: 'login',
    // No spreadsheet here: the position in the file, from 1, names the row in the preview.
    row: i + 1,
    id: e.id,
    origins: e.site.origins,
    match: e.site.match,
    username: e.username,
    password: e.password,
    notes: e.notes,
    name: e.name,
    totp: e.totp,
    created: e.created,
    updated: e.updated,
    passwordChanged: e.passwordChanged,
    ...(e.lastUsed === null ? {} : { lastUsed: e.lastUsed }),
    history: e.history,
    status: e.status,
    ...(e.pendingPrevious ? { pendingPrevious: e.pendingPrevious } : {}),
    ...(e.reviewedAt === null ? {} : { reviewedAt: e.reviewedAt }),
    ...(e.holdsPayment === undefined ? {} : { holdsPayment: e.holdsPayment }),
  }));
}
