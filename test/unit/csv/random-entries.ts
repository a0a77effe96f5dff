// Seeded random entries for the round-trip property test: every text field is built from the
// characters CSV gets wrong (quotes, commas, CR, LF, a BOM, edge spaces, formula starts) mixed
// with non-ASCII text. Each entry gets its own registrable domain so no two are the same account.
import type { Entry, HistoryItem } from '../../../src/vault/core/entry';

/** mulberry32: small, fast, and the same sequence on every run and machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['"', ',', '\n', '\r', '\r\n', '\uFEFF', ' ', '  ', '=', '+', '-', '@', '\t', ';', "'", 'a', 'Z', '9', 'é', 'ß', 'Ж', '中文', '😀', '\u200d', 'ann@example.com', '""', ',,'];
const MATCH = ['site', 'host', 'origin'] as const;
const T_MIN = Date.UTC(2010, 0, 1);
const T_MAX = Date.UTC(2025, 0, 1);

export function randomEntries(seed: number, count: number): Entry[] {
  const rand = prng(seed);
  const int = (max: number) => Math.floor(rand() * max);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const text = (min: number, max: number) => Array.from({ length: min + int(max - min + 1) }, () => pick(PIECES)).join('');
  const time = (from = T_MIN) => from + int(T_MAX - from);
  const origins = (i: number) => {
    const hosts = [`https://www.store${i}.com`, `https://login.store${i}.com`, `http://store${i}.com:8080`, `https://магазин${i}.рф`];
    return [...new Set(Array.from({ length: 1 + int(3) }, () => new URL(pick(hosts)).origin))];
  };
  return Array.from({ length: count }, (_, i): Entry => {
    const created = time();
    const passwordChanged = time(created);
    let at = passwordChanged;
    const history: HistoryItem[] = Array.from({ length: int(4) }, () => ({ password: text(1, 6), changedAt: (at -= 1 + int(1e9)) }));
    const pending = rand() < 0.15;
    // A pending entry without a previous password is a new, unconfirmed one (keep/core/generated.ts).
    const unconfirmed = pending && rand() < 0.4;
    return {
      id: `e${i}`,
      site: { origins: origins(i), match: pick(MATCH) },
      username: text(0, 5),
      password: text(1, 8),
      notes: text(0, 6),
      name: text(0, 4),
      totp: rand() < 0.3 ? `otpauth://totp/${text(0, 2)}?secret=JBSWY3DPEHPK3PXP` : '',
      created,
      updated: time(passwordChanged),
      passwordChanged,
      lastUsed: rand() < 0.3 ? null : time(created),
      history,
      status: pending ? 'pending' : 'active',
      reviewedAt: rand() < 0.2 ? time(created) : null,
      ...(pending && !unconfirmed ? { pendingPrevious: { password: text(1, 5), passwordChanged: created } } : {}),
    };
  });
}
