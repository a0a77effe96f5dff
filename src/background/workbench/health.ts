// Runs in: background. The health report over the decrypted vault. zxcvbn-ts costs about a
// millisecond a password, so a 10,000-entry vault takes seconds to score: each `health/report`
// scores for one time slice and answers with what is known, saying how many passwords are left
// (the options page asks again until none are), so the worker keeps answering the popup and the
// content scripts meanwhile. Scores are cached per distinct password for as long as this unlock
// lasts: the cache hangs off the unlocked vault object and goes with it on lock.
import { buildReport, type BuiltReport } from '../../core/health/report';
import type { HealthReport } from '../../core/health/report-schema';
import { createStrengthCache, type StrengthCache } from '../../core/health/strength-cache';
import type { Problem } from '../../core/health/problems';
import type { Entry } from '../../core/vault/entry';
import { unlocked } from '../vault/vault';
import { scorePassword } from './scorer';

type Vault = Awaited<ReturnType<typeof unlocked>>;

/** Scoring time per request: long enough to finish a few thousand passwords in a few asks. */
export const SLICE_MS = 250;

const caches = new WeakMap<Vault, StrengthCache>();

interface Built {
  entries: ReadonlyMap<string, Entry>;
  oldAfterDays: number;
  scored: number;
  day: number;
  built: BuiltReport;
}
// The last report per unlocked vault: the table's badges reuse it until an entry, the age
// setting, the scores or the day change.
const lastBuilt = new WeakMap<Vault, Built>();

function strengthOf(vault: Vault): StrengthCache {
  let cache = caches.get(vault);
  if (!cache) {
    cache = createStrengthCache(scorePassword);
    caches.set(vault, cache);
  }
  return cache;
}

function built(vault: Vault, cache: StrengthCache, oldAfterDays: number, now: number): BuiltReport {
  const day = Math.floor(now / 86_400_000);
  const last = lastBuilt.get(vault);
  if (last && last.entries === vault.entries && last.oldAfterDays === oldAfterDays && last.scored === cache.size() && last.day === day) {
    return last.built;
  }
  const next = buildReport([...vault.entries.values()], { now, oldAfterDays, weak: cache.weak });
  lastBuilt.set(vault, { entries: vault.entries, oldAfterDays, scored: cache.size(), day, built: next });
  return next;
}

export async function healthReport(oldAfterDays: number, now: number): Promise<HealthReport> {
  const vault = await unlocked(now);
  const cache = strengthOf(vault);
  const passwords = new Set<string>();
  for (const entry of vault.entries.values()) passwords.add(entry.password);
  cache.fill(passwords, performance.now() + SLICE_MS, () => performance.now());
  return built(vault, cache, oldAfterDays, now).report;
}

/** Badges for the table: the report's problems with whatever strength is known now (no scoring). */
export async function problemsNow(oldAfterDays: number, now: number): Promise<(id: string) => readonly Problem[]> {
  const vault = await unlocked(now);
  const { problems } = built(vault, strengthOf(vault), oldAfterDays, now);
  return (id) => problems.get(id) ?? [];
}
