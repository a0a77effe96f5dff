// Runs anywhere. What lists show of an entry: everything but the password and its history, so a
// list of 10,000 entries never carries a secret across a message.
import * as z from 'zod/mini';
import { EntrySite } from '../match/matches';
import { EntryStatus, type Entry } from './entry';

export const EntrySummary = z.object({
  id: z.string(),
  site: EntrySite,
  username: z.string(),
  notes: z.string(),
  updated: z.number(),
  passwordChanged: z.number(),
  lastUsed: z.nullable(z.number()),
  status: EntryStatus,
});
export type EntrySummary = z.infer<typeof EntrySummary>;

export function summarize(entry: Entry): EntrySummary {
  const { id, site, username, notes, updated, passwordChanged, lastUsed, status } = entry;
  return { id, site, username, notes, updated, passwordChanged, lastUsed, status };
}

/** Host names of an entry, for display and search ("https://www.shop.test:8443" -> "www.shop.test"). */
export function entryHosts(site: EntrySite): string[] {
  return site.origins.map((origin) => {
    try {
      return new URL(origin).host;
    } catch {
      return origin;
    }
  });
}

/** Case-insensitive search over hosts, username and notes; every word must match somewhere. */
export function matchesQuery(entry: EntrySummary, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${entryHosts(entry.site).join(' ')} ${entry.username} ${entry.notes}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}
