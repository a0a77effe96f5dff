// Entries for the health tests: a full, valid entry from a few fields.
import { createEntry, type Entry } from '../../../src/vault/core/entry';

export const NOW = Date.UTC(2026, 0, 15, 12);
export const DAY = 86_400_000;

export function entry(id: string, origin: string, username: string, password: string, extra: Partial<Entry> = {}): Entry {
  return { ...createEntry({ id, site: { origins: [origin], match: 'site' }, username, password }, NOW - 10 * DAY), ...extra };
}
