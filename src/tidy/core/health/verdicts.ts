// Runs anywhere. Password verdicts kept between unlocks and worker restarts (a 10,000-entry vault
// takes minutes to score on a slow machine, and a Chrome worker stops after 30 s idle). Stored
// sealed under the vault key (tidy/background/verdict-store.ts), and keyed by a 53-bit hash
// of the password rather than the entry: an entry whose password changes simply has no verdict,
// and a password reused by many entries has one. Never the password itself, even sealed.
import * as z from 'zod/mini';
import type { Verdict } from './strength-cache';

/** 2: every verdict also says whether the password is on the common list (a 1 is checked again). */
export const VERDICTS_VERSION = 2;

export const StoredVerdicts = z.object({
  weak: z.array(z.string()),
  strong: z.array(z.string()),
  /** Fingerprints, among the weak and strong ones, of passwords on the common list. */
  common: z.array(z.string()),
});
export type StoredVerdicts = z.infer<typeof StoredVerdicts>;

/** cyrb53 (bryc, public domain): a fast, well-mixed 53-bit string hash; not a password hash. */
export function fingerprint(password: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < password.length; i++) {
    const ch = password.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The verdicts to store, for the passwords the vault holds now (stale ones are dropped). */
export function toStored(verdicts: Iterable<readonly [string, Verdict]>): StoredVerdicts {
  const stored: StoredVerdicts = { weak: [], strong: [], common: [] };
  for (const [password, { weak, common }] of verdicts) {
    const print = fingerprint(password);
    (weak ? stored.weak : stored.strong).push(print);
    if (common) stored.common.push(print);
  }
  return stored;
}

/** The stored verdicts that apply to these passwords. */
export function fromStored(stored: StoredVerdicts, passwords: Iterable<string>): [string, Verdict][] {
  const weak = new Set(stored.weak);
  const strong = new Set(stored.strong);
  const common = new Set(stored.common);
  const out: [string, Verdict][] = [];
  for (const password of passwords) {
    const print = fingerprint(password);
    if (weak.has(print) || strong.has(print)) out.push([password, { weak: weak.has(print), common: common.has(print) }]);
  }
  return out;
}
