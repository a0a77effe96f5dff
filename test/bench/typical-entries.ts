// Typical vault entries for sync sizes: a shop's site, one of a few email usernames, a random
// 16–20 character password and a few older ones in history, times spread over three years at
// millisecond precision (as the vault stores them). Seeded: the same entries on every run.
import { createEntry, type Entry } from '../../src/vault/core/entry';
import { changePassword } from '../../src/vault/core/password-change';

export const TYPICAL_HISTORY = 3;
const YEAR_MS = 365 * 86_400_000;
const NOW = 1_765_000_000_000;
const CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*-_';
const SHOPS = ['aliexpress', 'amazon', 'ebay', 'temu', 'shein', 'etsy', 'walmart', 'alibaba', 'dsers', 'bestbuy', 'target', 'ikea'];
const USERS = ['ann.smith@example.com', 'ann.s.shopping@example.org', 'annsmith82'];

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function typicalEntries(count: number, seed = 1): Entry[] {
  const random = seeded(seed);
  const int = (n: number) => Math.floor(random() * n);
  const password = () => Array.from({ length: 16 + int(5) }, () => CHARS[int(CHARS.length)]).join('');
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[int(16)]).join('');
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const id = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
    const shop = `${SHOPS[int(SHOPS.length)]}${i}`;
    let t = NOW - 3 * YEAR_MS + int(2 * YEAR_MS);
    let entry = createEntry({ id, site: { origins: [`https://www.${shop}.com`], match: 'site' }, username: USERS[int(USERS.length)] ?? '', password: password() }, t);
    for (let h = 0; h < TYPICAL_HISTORY; h++) {
      t += 1 + int(YEAR_MS / 4);
      entry = changePassword(entry, password(), t, { pending: false });
    }
    entries.push({ ...entry, lastUsed: t + int(YEAR_MS / 4) });
  }
  return entries;
}
