// Runs in: the action popup. matchesQuery (core/vault/summary.ts) parses every entry's origins on
// every call: about 30 ms per keystroke over 10,000 entries. This keeps the same rule (every
// word, case-insensitive, somewhere in hosts + username + notes) but builds each entry's text once
// per list. A unit test holds it equal to matchesQuery; if core exported its haystack builder,
// this file would shrink to the filter.
import { entryHosts, type EntrySummary } from '../../core/vault/summary';

export interface SearchIndex {
  entries: readonly EntrySummary[];
  texts: readonly string[];
}

export function buildIndex(entries: readonly EntrySummary[]): SearchIndex {
  return { entries, texts: entries.map((e) => `${entryHosts(e.site).join(' ')} ${e.username} ${e.notes}`.toLowerCase()) };
}

export function search(index: SearchIndex, query: string): readonly EntrySummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return index.entries;
  return index.entries.filter((_, i) => {
    const text = index.texts[i] ?? '';
    return words.every((word) => text.includes(word));
  });
}
