// Runs anywhere. What lists show of an entry: everything but the password and its history, so a
// list of 10,000 entries never carries a secret across a message.
import * as z from 'zod/mini';
import { EntrySite } from './match/entry-site';
import { EntryStatus, type Entry } from './entry';

export const EntrySummary = z.object({
  id: z.string(),
  site: EntrySite,
  username: z.string(),
  notes: z.string(),
  /** The entry's title, '' for none. */
  name: z.string(),
  updated: z.number(),
  passwordChanged: z.number(),
  lastUsed: z.nullable(z.number()),
  status: EntryStatus,
  /** The user said this shop keeps a saved card or address (entry.ts). */
  holdsPayment: z.boolean(),
});
export type EntrySummary = z.infer<typeof EntrySummary>;

export function summarize(entry: Entry): EntrySummary {
  const { id, site, username, notes, name, updated, passwordChanged, lastUsed, status } = entry;
  return { id, site, username, notes, name, updated, passwordChanged, lastUsed, status, holdsPayment: entry.holdsPayment === true };
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

/** What search looks in: hosts, username, name and notes, lower-cased. Built once per entry per list. */
export function searchText(entry: Pick<EntrySummary, 'site' | 'username' | 'notes'> & { name?: string }): string {
  return `${entryHosts(entry.site).join(' ')} ${entry.username} ${entry.name ?? ''} ${entry.notes}`.toLowerCase();
}

/** The words of a query; an entry matches when every word is somewhere in its search text. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesWords(text: string, words: readonly string[]): boolean {
  return words.every((word) => text.includes(word));
}

/**
 * Whether everything `next` matches also matches `previous`: each earlier word is inside some
 * word of the new query (typing on, adding a word). A search box can then look through the last
 * query's matches instead of the whole vault.
 */
export function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((word) => next.some((longer) => longer.includes(word)));
}

