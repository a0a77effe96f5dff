// Runs anywhere. Chrome's own CSV (name,url,username,password,note), which Chrome, Firefox,
// Safari, Bitwarden and the rest all import. Chrome keeps one URL per password, so an entry
// saved on several origins is written with its first; the Latchkey format keeps them all.
import { parseSiteUrl } from '../../../vault/core/match/site';
import type { Entry } from '../../../vault/core/entry';
import { toCsv } from './unparse';

export const CHROME_COLUMNS = ['name', 'url', 'username', 'password', 'note'] as const;

// Chrome's "name" is the host as its password list shows it, without "www."; an entry's own
// name goes there when it has one (Chrome ignores the column on import, other managers read it).
const nameOf = (origin: string) => (parseSiteUrl(origin)?.host ?? origin).replace(/^www\./, '');

export function exportChromeCsv(entries: readonly Entry[]): string {
  const rows = entries.map((e) => {
    const origin = e.site.origins[0] ?? '';
    return [e.name || nameOf(origin), `${origin}/`, e.username, e.password, e.notes];
  });
  return toCsv(CHROME_COLUMNS, rows);
}
