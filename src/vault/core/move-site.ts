// Runs anywhere. "Move to site…" on the options page: the selected entries now belong to one
// other site (aliexpress.ru entries under aliexpress.com), so they match its pages and the
// health report can see them as one site's duplicates. Their origins become that one origin;
// the match mode stays. What each entry had before is kept for an undo, which puts back only
// entries nobody has moved or edited since.
import type { EntrySite } from './match/entry-site';
import type { Entry } from './entry';
export { typedOrigin } from './match/typed-origin';

export interface Moved {
  id: string;
  before: EntrySite;
  after: EntrySite;
}

const sameSite = (a: EntrySite, b: EntrySite) => a.match === b.match && a.origins.length === b.origins.length && a.origins.every((o, i) => o === b.origins[i]);

/** The entry list with `ids` moved to `origin`, and what moved (entries already there are left as they are). */
export function moveToSite(current: ReadonlyMap<string, Entry>, ids: readonly string[], origin: string, now: number): { next: Entry[]; moved: Moved[] } {
  const wanted = new Set(ids);
  const moved: Moved[] = [];
  const next = [...current.values()].map((entry) => {
    if (!wanted.has(entry.id)) return entry;
    const after: EntrySite = { origins: [origin], match: entry.site.match };
    if (sameSite(entry.site, after)) return entry;
    moved.push({ id: entry.id, before: entry.site, after });
    return { ...entry, site: after, updated: now };
  });
  return { next, moved };
}

/** Puts moved entries back where they were, unless they have been moved again since. */
export function undoMove(current: ReadonlyMap<string, Entry>, moved: readonly Moved[], now: number): { next: Entry[]; restored: number } {
  const byId = new Map(moved.map((item) => [item.id, item]));
  let restored = 0;
  const next = [...current.values()].map((entry) => {
    const item = byId.get(entry.id);
    if (!item || !sameSite(entry.site, item.after)) return entry;
    restored++;
    return { ...entry, site: item.before, updated: now };
  });
  return { next, restored };
}
