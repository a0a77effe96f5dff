// Runs anywhere. What restoring a backup would do, in the import preview's terms so the options
// page and the commit are the same as for a CSV. A backup is matched by entry id, not by account:
// a restore must give back exactly what was saved, duplicates the user kept included (the CSV
// preview would fold two logins for one account into one). An id the vault has with the same
// password is identical; with another password it is a conflict (newer change wins by default,
// the loser goes to history as with any import); an id the vault lacks is new.
import type { ImportLogin } from '../csv/import-row';
import type { ImportPreview, PreviewItem } from '../importing/preview';
import type { Entry } from '../../../vault/core/entry';

function itemOf(login: ImportLogin & { id: string }, existing: Entry | undefined): PreviewItem {
  if (!existing) return { class: 'new', login };
  if (existing.password === login.password) return { class: 'identical', login, sameAs: { kind: 'entry', id: existing.id } };
  const target = { kind: 'entry', id: existing.id } as const;
  if (existing.history.some((h) => h.password === login.password)) {
    return { class: 'conflict', login, with: target, defaultWinner: 'existing', why: 'incoming-is-old-password' };
  }
  const newer = (login.passwordChanged ?? 0) > existing.passwordChanged;
  return { class: 'conflict', login, with: target, defaultWinner: newer ? 'incoming' : 'existing', why: newer ? 'incoming-newer' : 'existing-newer' };
}

export function previewRestore(existing: ReadonlyMap<string, Entry>, rows: readonly (ImportLogin & { id: string })[]): ImportPreview {
  const items = rows.map((row) => itemOf(row, existing.get(row.id)));
  const counts: ImportPreview['counts'] = { new: 0, identical: 0, conflict: 0, skipped: 0, error: 0 };
  for (const item of items) counts[item.class]++;
  return { items, counts };
}
